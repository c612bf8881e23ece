package jp.enishi.selection;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An applicant asked to book one of the project's published interview slots on their page. */
@Entity
@Table(name = "interview_slot_invitation")
class SlotInvitation {

    @Id
    private long applicationId;
    @Column(updatable = false)
    private long invitedBy;
    @Column(updatable = false)
    private Instant invitedAt;

    protected SlotInvitation() {
        this(0, 0, Instant.EPOCH);
    }

    SlotInvitation(long applicationId, long invitedBy, Instant invitedAt) {
        this.applicationId = applicationId;
        this.invitedBy = invitedBy;
        this.invitedAt = invitedAt;
    }

    long applicationId() { return applicationId; }
}
