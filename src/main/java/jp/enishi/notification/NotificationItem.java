package jp.enishi.notification;

import java.time.Instant;

/** A notice as its recipient reads it, in their language. */
public record NotificationItem(long id, NotificationKind kind, String title, String body, String link,
                               Instant createdAt, boolean unread) {
}
