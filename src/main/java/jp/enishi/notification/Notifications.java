package jp.enishi.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.i18n.I18NProvider;
import jp.enishi.base.Locales;
import jp.enishi.identity.Contact;
import jp.enishi.identity.CurrentUser;
import jp.enishi.identity.UserDirectory;
import jp.enishi.mail.spi.MailQueue;
import jp.enishi.workspace.WorkspaceDirectory;
import jp.enishi.workspace.WorkspaceSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends notices — into each recipient's list, and by e-mail in their language when SMTP is configured — and reads
 * one's own list. Sending only writes rows in the caller's transaction; the e-mail leaves later ({@link OutboxSender}).
 */
@Service
@Transactional
public class Notifications {

    private static final Logger log = LoggerFactory.getLogger(Notifications.class);
    static final int LIST_SIZE = 50;

    private final NotificationRepository notifications;
    private final MailQueue mail;
    private final UserDirectory users;
    private final WorkspaceDirectory workspaces;
    private final CurrentUser currentUser;
    private final I18NProvider texts;
    private final Clock clock;
    private final String baseUrl;

    Notifications(NotificationRepository notifications, MailQueue mail, UserDirectory users,
                  WorkspaceDirectory workspaces, CurrentUser currentUser, I18NProvider texts, Clock clock,
                  @Value("${enishi.base-url}") String baseUrl) {
        this.notifications = notifications;
        this.mail = mail;
        this.users = users;
        this.workspaces = workspaces;
        this.currentUser = currentUser;
        this.texts = texts;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    /** Must run inside the transaction of what it tells of: if that rolls back, nobody is told. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void send(Notice notice) {
        if (notice.recipients().isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        Bilingual title = render(notice, "title");
        Bilingual body = render(notice, "body");
        WorkspaceSummary workspace = notice.workspaceId() == null ? null
                : workspaces.byIds(List.of(notice.workspaceId())).get(notice.workspaceId());
        Map<Long, Contact> contacts = users.contacts(notice.recipients());
        for (Contact to : contacts.values()) {
            notifications.save(new Notification(to.id(), notice.workspaceId(), notice.kind(), title, body, notice.link(), now));
            Locale locale = to.locale();
            String text = body.in(locale) + "\n\n" + baseUrl + "/" + notice.link().replaceFirst("^/", "") + "\n\n-- \n"
                    + texts.getTranslation("mail.footer", locale);
            if (!mail.queue(notice.workspaceId(), workspace == null ? null : workspace.name(locale), to.email(),
                    title.in(locale), text, notice.file())) {
                log.debug("No SMTP configured; {} notice for {} kept in the app only", notice.kind(), to.id());
            }
        }
    }

    /** A label of Enishi's texts in both languages, as an argument of a notice (a stage, say). */
    public Bilingual label(String key) {
        return new Bilingual(texts.getTranslation(key, Locales.JAPANESE), texts.getTranslation(key, Locales.ENGLISH));
    }

    /** The signed-in user's latest notices, newest first. */
    @Transactional(readOnly = true)
    public List<NotificationItem> mine(Locale locale) {
        return currentUser.id().map(userId -> notifications.findLatest(userId, Limit.of(LIST_SIZE)).stream()
                .map(n -> n.item(locale)).toList()).orElse(List.of());
    }

    @Transactional(readOnly = true)
    public long unreadCount() {
        return currentUser.id().map(notifications::countUnread).orElse(0L);
    }

    public void markAllRead() {
        currentUser.id().ifPresent(userId -> notifications.markAllRead(userId, clock.instant()));
    }

    /** Everything a person was told, for their data export. */
    @Transactional(readOnly = true)
    List<NotificationExport> exportOf(long userId) {
        return notifications.findAllOf(userId).stream().map(Notification::export).toList();
    }

    /** Forgets a person's notices when their account is deleted. */
    void forget(long userId) {
        notifications.deleteAllOf(userId);
    }

    private Bilingual render(Notice notice, String part) {
        String key = "notification." + notice.kind().name() + "." + part;
        return new Bilingual(text(key, Locales.JAPANESE, notice.args()), text(key, Locales.ENGLISH, notice.args()));
    }

    private String text(String key, Locale locale, List<Object> args) {
        Object[] resolved = args.stream().map(a -> a instanceof Bilingual b ? b.in(locale) : a).toArray();
        return texts.getTranslation(key, locale, resolved);
    }
}
