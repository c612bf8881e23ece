package jp.enishi.project;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.jspecify.annotations.Nullable;

/**
 * Someone on a project's writing team: a theme owner or coordinator of the workspace, or a professional from outside
 * it, who through this row — and only while the sheet is a draft or in review — may edit this one sheet.
 */
@Entity
class ProjectMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @Column(updatable = false)
    private long projectId;
    @Column(updatable = false)
    private long userId;
    @Column(updatable = false)
    private long addedBy;
    @Column(updatable = false)
    private Instant addedAt;

    protected ProjectMember() {
        this(0, 0, 0, Instant.EPOCH);
    }

    ProjectMember(long projectId, long userId, long addedBy, Instant addedAt) {
        this.projectId = projectId;
        this.userId = userId;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    long projectId() { return projectId; }
    long userId() { return userId; }
    Instant addedAt() { return addedAt; }
}
