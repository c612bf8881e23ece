package jp.enishi.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * An e-mail waiting for the mail server, or sent, or given up on. A sender claims it by pushing {@code
 * nextAttemptAt} forward under the version lock, so two nodes never send it twice; a failure waits longer each time.
 */
@Entity
@Table(name = "mail_outbox")
class OutboxMail {

    enum Status { QUEUED, SENT, FAILED }

    /** Waits after the 1st, 2nd… failed attempt; after the last one the mail is given up (FAILED). */
    static final List<Duration> BACKOFF = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15),
            Duration.ofHours(1), Duration.ofHours(4));
    static final Duration CLAIM = Duration.ofMinutes(5);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @Column(updatable = false)
    private @Nullable Long workspaceId;
    @Column(updatable = false)
    private String recipient;
    @Column(updatable = false)
    private String fromName;
    @Column(updatable = false)
    private String subject;
    @Column(updatable = false)
    private String body;
    private @Nullable String attachmentName;
    private @Nullable String attachmentType;
    private byte @Nullable [] attachment;
    @Enumerated(EnumType.STRING)
    private Status status = Status.QUEUED;
    private int attempts;
    private Instant nextAttemptAt;
    private @Nullable String lastError;
    @Column(updatable = false)
    private Instant createdAt;
    private @Nullable Instant sentAt;
    @Version
    private long version;

    protected OutboxMail() {
        this(null, "", "", "", "", null, Instant.EPOCH);
    }

    OutboxMail(@Nullable Long workspaceId, String recipient, String fromName, String subject, String body,
               @Nullable Attachment file, Instant now) {
        this.workspaceId = workspaceId;
        this.recipient = recipient;
        this.fromName = fromName;
        this.subject = subject;
        this.body = body;
        if (file != null) {
            this.attachmentName = file.name();
            this.attachmentType = file.contentType();
            this.attachment = file.bytes();
        }
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    @Nullable Attachment attachment() {
        return attachment == null || attachmentName == null || attachmentType == null ? null
                : new Attachment(attachmentName, attachmentType, attachment);
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("Mail not saved yet");
        }
        return id;
    }

    String recipient() { return recipient; }
    String fromName() { return fromName; }
    String subject() { return subject; }
    String body() { return body; }
    Status status() { return status; }
    int attempts() { return attempts; }
    @Nullable String lastError() { return lastError; }
    Instant nextAttemptAt() { return nextAttemptAt; }
    Instant createdAt() { return createdAt; }

    void claim(Instant now) {
        nextAttemptAt = now.plus(CLAIM);
    }

    void sent(Instant now) {
        status = Status.SENT;
        attempts++;
        sentAt = now;
        lastError = null;
    }

    void failed(String error, Instant now) {
        attempts++;
        lastError = error.length() > 500 ? error.substring(0, 500) : error;
        if (attempts > BACKOFF.size()) {
            status = Status.FAILED;
        } else {
            nextAttemptAt = now.plus(BACKOFF.get(attempts - 1));
        }
    }

    void retryNow(Instant now) {
        status = Status.QUEUED;
        nextAttemptAt = now;
    }

    MailProblem problem() {
        return new MailProblem(id(), recipient, subject, status == Status.FAILED, attempts,
                lastError == null ? "" : lastError, createdAt, nextAttemptAt);
    }
}
