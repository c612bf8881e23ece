package jp.enishi.project;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** A review comment on one section of a sheet (中間フィードバック), or a reply to one. */
@Entity
class ProjectComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @Column(updatable = false)
    private long projectId;
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private Section section;
    @Column(updatable = false)
    private @Nullable Long parentId;
    @Column(updatable = false)
    private long authorId;
    @Column(updatable = false)
    private String body;
    @Column(updatable = false)
    private Instant createdAt;
    private @Nullable Long resolvedBy;
    private @Nullable Instant resolvedAt;
    @Version
    private long version;

    protected ProjectComment() {
        this(0, Section.OVERVIEW, null, 0, "", Instant.EPOCH);
    }

    ProjectComment(long projectId, Section section, @Nullable Long parentId, long authorId, String body, Instant createdAt) {
        this.projectId = projectId;
        this.section = section;
        this.parentId = parentId;
        this.authorId = authorId;
        this.body = body;
        this.createdAt = createdAt;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("Comment not saved yet");
        }
        return id;
    }

    long projectId() { return projectId; }
    Section section() { return section; }
    @Nullable Long parentId() { return parentId; }
    long authorId() { return authorId; }
    String body() { return body; }
    Instant createdAt() { return createdAt; }
    @Nullable Long resolvedBy() { return resolvedBy; }
    @Nullable Instant resolvedAt() { return resolvedAt; }

    void resolve(long userId, Instant now) {
        resolvedBy = userId;
        resolvedAt = now;
    }

    void reopen() {
        resolvedBy = null;
        resolvedAt = null;
    }
}
