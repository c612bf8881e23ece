package jp.enishi.base.ui;

import com.vaadin.flow.component.Component;

/**
 * Something a capability puts in the header for signed-in users, such as the notification bell. A Spring bean; the
 * layout asks it for a new component on every page load.
 */
public interface HeaderItem {

    Component create();
}
