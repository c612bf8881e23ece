package jp.enishi.notification.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import jp.enishi.notification.Notifications;

/** The bell in the header: a link to one's notices with the unread count, refreshed on every navigation. */
public class NotificationBell extends Anchor implements AfterNavigationObserver {

    private final Notifications notifications;
    private final Span count = new Span();

    public NotificationBell(Notifications notifications) {
        this.notifications = notifications;
        setHref("notifications");
        setId("notification-bell");
        addClassName("enishi-bell");
        count.addClassName("enishi-bell-count");
        add(VaadinIcon.BELL.create(), count);
        refresh();
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    public void refresh() {
        long unread = notifications.unreadCount();
        count.setText(unread > 99 ? "99+" : String.valueOf(unread));
        count.setVisible(unread > 0);
        getElement().setAttribute("aria-label", getTranslation("notifications.bell", unread));
        getElement().setAttribute("title", getTranslation("notifications.bell", unread));
    }
}
