package jp.enishi.base.ui;

import com.vaadin.flow.component.Component;

/**
 * A part another capability adds to the landing page ({@code /}) between its welcome and the municipalities, e.g.
 * the newest open projects; a new component on each call (a Spring bean; {@code @Order} sets the order). The landing
 * page is every visitor's first: a section keeps little and asks the database for a page, never for everything.
 */
public interface LandingSection {

    Component create();
}
