package jp.enishi.notification;

import java.util.List;
import java.util.Map;

import jp.enishi.base.spi.PersonalData;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Everything a person was told: exported, deleted with the account. */
@Component
@Order(50)
class NotificationData implements PersonalData {

    private final Notifications notifications;

    NotificationData(Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public List<Class<?>> entities() {
        return List.of(Notification.class);
    }

    @Override
    public Map<String, Object> export(long userId) {
        return Map.of("notifications", notifications.exportOf(userId));
    }

    @Override
    public void forget(long userId) {
        notifications.forget(userId);
    }
}
