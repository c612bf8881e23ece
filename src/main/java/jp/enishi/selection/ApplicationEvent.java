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

/** A stage change of an application — or its arrival — with who and when; never changed afterwards. */
@Entity
class ApplicationEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @Column(updatable = false)
    private long applicationId;
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private @Nullable Stage fromStage;
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private Stage toStage;
    @Column(updatable = false)
    private long actorId;
    @Column(updatable = false)
    private @Nullable String reason;
    @Column(updatable = false)
    private Instant happenedAt;

    protected ApplicationEvent() {
        this(0, null, Stage.APPLIED, 0, null, Instant.EPOCH);
    }

    ApplicationEvent(long applicationId, @Nullable Stage fromStage, Stage toStage, long actorId, @Nullable String reason,
                     Instant happenedAt) {
        this.applicationId = applicationId;
        this.fromStage = fromStage;
        this.toStage = toStage;
        this.actorId = actorId;
        this.reason = reason;
        this.happenedAt = happenedAt;
    }

    long applicationId() { return applicationId; }
    @Nullable Stage fromStage() { return fromStage; }
    Stage toStage() { return toStage; }
    long actorId() { return actorId; }
    @Nullable String reason() { return reason; }
    Instant happenedAt() { return happenedAt; }
}
