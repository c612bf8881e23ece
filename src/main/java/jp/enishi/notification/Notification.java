package jp.enishi.notification;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jp.enishi.base.Locales;
import org.jspecify.annotations.Nullable;

/** A notice in one person's list, written in both languages when sent so that it reads as it was said. */
@Entity
class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @Column(updatable = false)
    private long userId;
    @Column(updatable = false)
    private @Nullable Long workspaceId;
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private NotificationKind kind;
    private String titleJa;
    private String titleEn;
    private String bodyJa;
    private String bodyEn;
    @Column(updatable = false)
    private String link;
    @Column(updatable = false)
    private Instant createdAt;
    private @Nullable Instant readAt;

    protected Notification() {
        this(0, null, NotificationKind.MESSAGE, new Bilingual("", ""), new Bilingual("", ""), "", Instant.EPOCH);
    }

    Notification(long userId, @Nullable Long workspaceId, NotificationKind kind, Bilingual title, Bilingual body,
                 String link, Instant createdAt) {
        this.userId = userId;
        this.workspaceId = workspaceId;
        this.kind = kind;
        this.titleJa = title.ja();
        this.titleEn = title.en();
        this.bodyJa = body.ja();
        this.bodyEn = body.en();
        this.link = link;
        this.createdAt = createdAt;
    }

    NotificationItem item(Locale locale) {
        boolean en = Locales.isEnglish(locale);
        return new NotificationItem(id == null ? 0 : id, kind, en ? titleEn : titleJa, en ? bodyEn : bodyJa, link,
                createdAt, readAt == null);
    }

    NotificationExport export() {
        return new NotificationExport(kind, titleJa, titleEn, bodyJa, bodyEn, link, createdAt, readAt);
    }
}
