package jp.enishi.selection;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.jspecify.annotations.Nullable;

/**
 * A time the team offers for an interview (15 minutes on an evening, say): online by a link or on site at a place,
 * with its interviewers. Booked when an {@link Interview} names it — at most one, by a unique key.
 */
@Entity
class InterviewSlot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @Column(updatable = false)
    private long workspaceId;
    @Column(updatable = false)
    private long projectId;
    @Column(updatable = false)
    private Instant startsAt;
    @Column(updatable = false)
    private int minutes;
    @Column(updatable = false)
    private @Nullable String meetingUrl;
    @Column(updatable = false)
    private @Nullable String place;
    @Column(updatable = false)
    private String interviewers;
    @Column(updatable = false)
    private long createdBy;
    @Column(updatable = false)
    private Instant createdAt;

    protected InterviewSlot() {
        this(0, 0, Instant.EPOCH, 0, null, null, "", 0, Instant.EPOCH);
    }

    InterviewSlot(long workspaceId, long projectId, Instant startsAt, int minutes, @Nullable String meetingUrl,
                  @Nullable String place, String interviewers, long createdBy, Instant createdAt) {
        this.workspaceId = workspaceId;
        this.projectId = projectId;
        this.startsAt = startsAt;
        this.minutes = minutes;
        this.meetingUrl = meetingUrl;
        this.place = place;
        this.interviewers = interviewers;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("Slot not saved yet");
        }
        return id;
    }

    long workspaceId() { return workspaceId; }
    long projectId() { return projectId; }
    Instant startsAt() { return startsAt; }
    int minutes() { return minutes; }
    Instant endsAt() { return startsAt.plusSeconds(60L * minutes); }
    @Nullable String meetingUrl() { return meetingUrl; }
    @Nullable String place() { return place; }
    String interviewers() { return interviewers; }

    boolean overlaps(Instant start, Instant end) {
        return startsAt.isBefore(end) && endsAt().isAfter(start);
    }
}
