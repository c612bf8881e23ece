package jp.enishi.notification.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jp.enishi.base.Dates;
import jp.enishi.notification.NotificationItem;
import jp.enishi.notification.Notifications;

/** One's notices, newest first; opening the page marks them read (the unread ones stay highlighted until left). */
@Route("notifications")
@PermitAll
public class NotificationsView extends VerticalLayout implements HasDynamicTitle {

    NotificationsView(Notifications notifications) {
        addClassName("enishi-page");
        add(new H1(getTranslation("notifications.title")));
        Div list = new Div();
        list.setId("notifications");
        list.addClassName("enishi-notifications");
        for (NotificationItem item : notifications.mine(getLocale())) {
            Anchor title = new Anchor(item.link(), item.title());
            title.getElement().setAttribute("router-link", true);
            title.addClassName("enishi-notification-title");
            Span when = new Span(Dates.dateTime(item.createdAt(), getLocale()));
            when.addClassName("enishi-muted");
            Paragraph body = new Paragraph(item.body());
            body.addClassName("enishi-notification-body");
            Div row = new Div(title, when, body);
            row.addClassName("enishi-notification");
            if (item.unread()) {
                row.addClassName("unread");
            }
            list.add(row);
        }
        if (list.getComponentCount() == 0) {
            list.add(new Paragraph(getTranslation("notifications.none")));
        }
        add(list);
        notifications.markAllRead();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notifications.title") + " | Enishi";
    }
}
