package jp.enishi.notification.ui;

import com.vaadin.flow.component.Component;
import jp.enishi.base.ui.HeaderItem;
import jp.enishi.notification.Notifications;

/** Puts the bell in the header of every page for signed-in users. */
@org.springframework.stereotype.Component
class NotificationBellItem implements HeaderItem {

    private final Notifications notifications;

    NotificationBellItem(Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public Component create() {
        return new NotificationBell(notifications);
    }
}
