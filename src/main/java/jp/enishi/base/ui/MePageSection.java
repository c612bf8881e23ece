package jp.enishi.base.ui;

import com.vaadin.flow.component.Component;

/**
 * A part another capability adds to the signed-in user's own page ({@code /me}), e.g. their applications; a new
 * component on each call, as the page is built per user and per visit.
 */
public interface MePageSection {

    Component create();
}
