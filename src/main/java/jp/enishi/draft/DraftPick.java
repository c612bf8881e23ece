package jp.enishi.draft;

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

/** A region's pick of an entrant: why them, the offer (a role, or come and talk), and how it came out. */
@Entity
class DraftPick {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private long roundId;
    private long entryId;
    private long userId;
    private long workspaceId;
    private String message;
    private @Nullable Long projectId;
    private @Nullable Integer rolePosition;
    private @Nullable String offerTitle;
    private long pickedBy;
    private Instant pickedAt;
    @Enumerated(EnumType.STRING)
    private DraftOutcome outcome = DraftOutcome.PENDING;
    private @Nullable LocalDate exclusiveUntil;
    @Version
    private long version;

    protected DraftPick() {
        this(0, 0, 0, 0, "", null, null, null, 0, Instant.EPOCH);
    }

    DraftPick(long roundId, long entryId, long userId, long workspaceId, String message, @Nullable Long projectId,
              @Nullable Integer rolePosition, @Nullable String offerTitle, long pickedBy, Instant pickedAt) {
        this.roundId = roundId;
        this.entryId = entryId;
        this.userId = userId;
        this.workspaceId = workspaceId;
        this.message = message;
        this.projectId = projectId;
        this.rolePosition = rolePosition;
        this.offerTitle = offerTitle;
        this.pickedBy = pickedBy;
        this.pickedAt = pickedAt;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("Pick not saved yet");
        }
        return id;
    }

    long roundId() { return roundId; }
    long entryId() { return entryId; }
    long userId() { return userId; }
    long workspaceId() { return workspaceId; }
    String message() { return message; }
    @Nullable Long projectId() { return projectId; }
    @Nullable String offerTitle() { return offerTitle; }
    long pickedBy() { return pickedBy; }
    Instant pickedAt() { return pickedAt; }
    DraftOutcome outcome() { return outcome; }
    @Nullable LocalDate exclusiveUntil() { return exclusiveUntil; }

    void settle(DraftOutcome outcome, @Nullable LocalDate exclusiveUntil) {
        this.outcome = outcome;
        this.exclusiveUntil = exclusiveUntil;
    }
}
