package jp.enishi.engagement;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A check-in as written; never changed: a correction is another check-in naming this one. */
@Entity
@Table(name = "check_in")
class CheckIn {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private long engagementId;
    @Enumerated(EnumType.STRING)
    private Side side;
    private long authorId;
    @Enumerated(EnumType.STRING)
    private CheckInStatus status;
    private String notes;
    private @Nullable String nextSteps;
    private boolean teamOnly;
    private @Nullable Long correctsId;
    private Instant writtenAt;

    protected CheckIn() {
        side = Side.TEAM;
        status = CheckInStatus.ON_TRACK;
        notes = "";
        writtenAt = Instant.EPOCH;
    }

    CheckIn(long engagementId, Side side, long authorId, CheckInStatus status, String notes, @Nullable String nextSteps,
            boolean teamOnly, @Nullable Long correctsId, Instant writtenAt) {
        this.engagementId = engagementId;
        this.side = side;
        this.authorId = authorId;
        this.status = status;
        this.notes = notes;
        this.nextSteps = nextSteps;
        this.teamOnly = teamOnly && side == Side.TEAM;
        this.correctsId = correctsId;
        this.writtenAt = writtenAt;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("Check-in not saved yet");
        }
        return id;
    }

    long engagementId() { return engagementId; }
    Side side() { return side; }
    long authorId() { return authorId; }
    CheckInStatus status() { return status; }
    String notes() { return notes; }
    @Nullable String nextSteps() { return nextSteps; }
    boolean teamOnly() { return teamOnly; }
    @Nullable Long correctsId() { return correctsId; }
    Instant writtenAt() { return writtenAt; }
}
