package jp.enishi.project;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.jspecify.annotations.Nullable;

/** One saved version of a sheet, written with every change to the project and never changed afterwards. */
@Entity
class ProjectRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @Column(updatable = false)
    private long projectId;
    @Column(updatable = false)
    private long projectVersion;
    @Column(updatable = false)
    private long authorId;
    @Column(updatable = false)
    private Instant savedAt;
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private RevisionKind changeKind;
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private ProjectStatus status;
    @Column(updatable = false)
    private String sheet;

    protected ProjectRevision() {
        this(0, 0, 0, Instant.EPOCH, RevisionKind.CREATED, ProjectStatus.DRAFT, "{}");
    }

    ProjectRevision(long projectId, long projectVersion, long authorId, Instant savedAt, RevisionKind changeKind,
                    ProjectStatus status, String sheet) {
        this.projectId = projectId;
        this.projectVersion = projectVersion;
        this.authorId = authorId;
        this.savedAt = savedAt;
        this.changeKind = changeKind;
        this.status = status;
        this.sheet = sheet;
    }

    long projectVersion() { return projectVersion; }
    long authorId() { return authorId; }
    Instant savedAt() { return savedAt; }
    RevisionKind changeKind() { return changeKind; }
    ProjectStatus status() { return status; }
    String sheet() { return sheet; }
}
