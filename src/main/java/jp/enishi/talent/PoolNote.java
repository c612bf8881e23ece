package jp.enishi.talent;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.jspecify.annotations.Nullable;

/** A region's own note about someone in its pool; a correction is a new note, never an edit. */
@Entity
class PoolNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private long workspaceId;
    private long userId;
    private long authorId;
    private String body;
    private Instant createdAt;

    protected PoolNote() {
        this(0, 0, 0, "", Instant.EPOCH);
    }

    PoolNote(long workspaceId, long userId, long authorId, String body, Instant createdAt) {
        this.workspaceId = workspaceId;
        this.userId = userId;
        this.authorId = authorId;
        this.body = body;
        this.createdAt = createdAt;
    }

    long authorId() { return authorId; }
    String body() { return body; }
    Instant createdAt() { return createdAt; }
}
