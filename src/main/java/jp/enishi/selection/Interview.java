package jp.enishi.selection;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** An interview with an applicant, and afterwards the team's notes and rating (never shown to the applicant). */
@Entity
class Interview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @Column(updatable = false)
    private long workspaceId;
    @Column(updatable = false)
    private long applicationId;
    private Instant startsAt;
    private int minutes;
    private @Nullable String meetingUrl;
    private String interviewers;
    @Column(updatable = false)
    private @Nullable Long slotId;
    private @Nullable String place;
    private @Nullable String note;
    private @Nullable Integer rating;
    @Column(updatable = false)
    private long scheduledBy;
    @Column(updatable = false)
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    protected Interview() {
        this(0, 0, Instant.EPOCH, 0, null, "", 0, Instant.EPOCH);
    }

    Interview(long workspaceId, long applicationId, Instant startsAt, int minutes, @Nullable String meetingUrl,
              String interviewers, long scheduledBy, Instant now) {
        this.workspaceId = workspaceId;
        this.applicationId = applicationId;
        this.startsAt = startsAt;
        this.minutes = minutes;
        this.meetingUrl = meetingUrl;
        this.interviewers = interviewers;
        this.scheduledBy = scheduledBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("Interview not saved yet");
        }
        return id;
    }

    long applicationId() { return applicationId; }
    Instant startsAt() { return startsAt; }
    long version() { return version; }

    void record(@Nullable String note, @Nullable Integer rating, Instant now) {
        this.note = note;
        this.rating = rating;
        this.updatedAt = now;
    }

    /** The interview an applicant booked on a published slot: its time, link or place and interviewers. */
    static Interview booked(InterviewSlot slot, long applicationId, long applicantId, Instant now) {
        Interview interview = new Interview(slot.workspaceId(), applicationId, slot.startsAt(), slot.minutes(),
                slot.meetingUrl(), slot.interviewers(), applicantId, now);
        interview.slotId = slot.id();
        interview.place = slot.place();
        return interview;
    }

    @Nullable Long slotId() { return slotId; }
    int minutes() { return minutes; }
    @Nullable String meetingUrl() { return meetingUrl; }
    @Nullable String place() { return place; }
    String interviewers() { return interviewers; }

    InterviewItem item() {
        return new InterviewItem(id(), startsAt, minutes, meetingUrl, interviewers, note, rating, version);
    }

    /** What the applicant may know of it: when and where, not what the team thought. */
    MyInterview forApplicant() {
        return new MyInterview(startsAt, minutes, meetingUrl);
    }
}
