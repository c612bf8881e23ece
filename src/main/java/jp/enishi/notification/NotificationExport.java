package jp.enishi.notification;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A notice as it goes into its recipient's data export. */
public record NotificationExport(NotificationKind kind, String titleJa, String titleEn, String bodyJa, String bodyEn,
                                 String link, Instant createdAt, @Nullable Instant readAt) {
}
