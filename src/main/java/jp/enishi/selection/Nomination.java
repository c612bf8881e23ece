package jp.enishi.selection;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * 指名: a region asks one person for one role of one of its open projects, saying why them (「あなたが必要」) and by
 * when to answer. Answered once — accepted (an application at 面談調整, marked nominated), declined (a reason is
 * optional) — or it expires at the end of its answer-by day.
 */
@Entity
class Nomination {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private long workspaceId;
    private long projectId;
    private int rolePosition;
    private String roleTitle;
    private long userId;
    private String message;
    private LocalDate answerBy;
    @Enumerated(EnumType.STRING)
    private NominationStatus status = NominationStatus.OPEN;
    private @Nullable String declineReason;
    private @Nullable Long applicationId;
    private long nominatedBy;
    private Instant createdAt;
    private @Nullable Instant answeredAt;
    @Version
    private long version;

    protected Nomination() {
        this(0, 0, 0, "", 0, "", LocalDate.EPOCH, 0, Instant.EPOCH);
    }

    Nomination(long workspaceId, long projectId, int rolePosition, String roleTitle, long userId, String message,
               LocalDate answerBy, long nominatedBy, Instant createdAt) {
        this.workspaceId = workspaceId;
        this.projectId = projectId;
        this.rolePosition = rolePosition;
        this.roleTitle = roleTitle;
        this.userId = userId;
        this.message = message;
        this.answerBy = answerBy;
        this.nominatedBy = nominatedBy;
        this.createdAt = createdAt;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("Nomination not saved yet");
        }
        return id;
    }

    long workspaceId() { return workspaceId; }
    long projectId() { return projectId; }
    int rolePosition() { return rolePosition; }
    String roleTitle() { return roleTitle; }
    long userId() { return userId; }
    String message() { return message; }
    LocalDate answerBy() { return answerBy; }
    NominationStatus status() { return status; }
    @Nullable String declineReason() { return declineReason; }
    @Nullable Long applicationId() { return applicationId; }
    long nominatedBy() { return nominatedBy; }
    Instant createdAt() { return createdAt; }
    @Nullable Instant answeredAt() { return answeredAt; }

    /** Open and its answer-by day not over (Japan date). */
    boolean answerable(LocalDate today) {
        return status == NominationStatus.OPEN && !today.isAfter(answerBy);
    }

    /** Its status as of a day: open past its answer-by day reads as expired, before the job has marked it. */
    NominationStatus statusOn(LocalDate today) {
        return status == NominationStatus.OPEN && today.isAfter(answerBy) ? NominationStatus.EXPIRED : status;
    }

    void accept(long applicationId, Instant now) {
        this.status = NominationStatus.ACCEPTED;
        this.applicationId = applicationId;
        this.answeredAt = now;
    }

    void decline(@Nullable String reason, Instant now) {
        this.status = NominationStatus.DECLINED;
        this.declineReason = reason;
        this.answeredAt = now;
    }

    void expire(Instant now) {
        this.status = NominationStatus.EXPIRED;
        this.answeredAt = now;
    }

    /** What the person wrote goes with their account; the fact of the nomination stays the region's record. */
    void anonymise() {
        declineReason = null;
    }
}
