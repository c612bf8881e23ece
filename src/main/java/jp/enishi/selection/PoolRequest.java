package jp.enishi.selection;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.jspecify.annotations.Nullable;

/** A workspace asking a declined applicant to stay in its talent pool; nothing is pooled until they answer yes. */
@Entity
class PoolRequest {

    enum Answer { YES, NO }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @Column(updatable = false)
    private long workspaceId;
    @Column(updatable = false)
    private long userId;
    @Column(updatable = false)
    private long applicationId;
    @Column(updatable = false)
    private long askedBy;
    @Column(updatable = false)
    private Instant askedAt;
    @Enumerated(EnumType.STRING)
    private @Nullable Answer answer;
    private @Nullable Instant answeredAt;

    protected PoolRequest() {
        this(0, 0, 0, 0, Instant.EPOCH);
    }

    PoolRequest(long workspaceId, long userId, long applicationId, long askedBy, Instant askedAt) {
        this.workspaceId = workspaceId;
        this.userId = userId;
        this.applicationId = applicationId;
        this.askedBy = askedBy;
        this.askedAt = askedAt;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("Pool request not saved yet");
        }
        return id;
    }

    long workspaceId() { return workspaceId; }
    long userId() { return userId; }
    long applicationId() { return applicationId; }
    long askedBy() { return askedBy; }
    Instant askedAt() { return askedAt; }
    @Nullable Answer answer() { return answer; }

    void answer(boolean yes, Instant now) {
        answer = yes ? Answer.YES : Answer.NO;
        answeredAt = now;
    }

    PoolAsk state() {
        return answer == null ? PoolAsk.ASKED : answer == Answer.YES ? PoolAsk.YES : PoolAsk.NO;
    }
}
