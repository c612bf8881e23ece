package jp.enishi.selection;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** Someone of a workspace opened an applicant's profile: kept for the privacy audit (APPI). */
@Entity
@Table(name = "applicant_view")
class ApplicantOpening {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @Column(updatable = false)
    private long workspaceId;
    @Column(updatable = false)
    private long applicationId;
    @Column(updatable = false)
    private long subjectId;
    @Column(updatable = false)
    private long viewerId;
    @Column(updatable = false)
    private Instant viewedAt;

    protected ApplicantOpening() {
        this(0, 0, 0, 0, Instant.EPOCH);
    }

    ApplicantOpening(long workspaceId, long applicationId, long subjectId, long viewerId, Instant viewedAt) {
        this.workspaceId = workspaceId;
        this.applicationId = applicationId;
        this.subjectId = subjectId;
        this.viewerId = viewerId;
        this.viewedAt = viewedAt;
    }

    long workspaceId() { return workspaceId; }
    long applicationId() { return applicationId; }
    long viewerId() { return viewerId; }
    Instant viewedAt() { return viewedAt; }
}
