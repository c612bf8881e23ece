package jp.enishi.selection;

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

/** One professional's application to one role of one project. */
@Entity
class Application {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @Column(updatable = false)
    private long workspaceId;
    @Column(updatable = false)
    private long projectId;
    @Column(updatable = false)
    private int rolePosition;
    @Column(updatable = false)
    private String roleTitle;
    @Column(updatable = false)
    private long userId;
    private String motivation;
    private String availability;
    @Enumerated(EnumType.STRING)
    private Stage stage = Stage.APPLIED;
    private boolean nominated;
    @Column(updatable = false)
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    protected Application() {
        this(0, 0, 0, "", 0, "", "", Instant.EPOCH);
    }

    Application(long workspaceId, long projectId, int rolePosition, String roleTitle, long userId, String motivation,
                String availability, Instant createdAt) {
        this.workspaceId = workspaceId;
        this.projectId = projectId;
        this.rolePosition = rolePosition;
        this.roleTitle = roleTitle;
        this.userId = userId;
        this.motivation = motivation;
        this.availability = availability;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("Application not saved yet");
        }
        return id;
    }

    long workspaceId() { return workspaceId; }
    long projectId() { return projectId; }
    int rolePosition() { return rolePosition; }
    String roleTitle() { return roleTitle; }
    long userId() { return userId; }
    String motivation() { return motivation; }
    String availability() { return availability; }
    Stage stage() { return stage; }
    Instant createdAt() { return createdAt; }
    Instant updatedAt() { return updatedAt; }
    long version() { return version; }
    /** Came from an accepted nomination (指名). */
    boolean nominated() { return nominated; }

    /**
     * An application made by accepting a nomination: the region asked first, so it starts at 面談調整 — applied, then
     * moved there by the person's acceptance, both kept in its history.
     */
    static Application fromNomination(Nomination nomination, String note, Instant now) {
        Application application = new Application(nomination.workspaceId(), nomination.projectId(),
                nomination.rolePosition(), nomination.roleTitle(), nomination.userId(), note, "面談で相談", now);
        application.nominated = true;
        return application;
    }

    /** What the applicant wrote goes when their account is deleted; the fact and course of the application stay. */
    void anonymise(Instant now) {
        motivation = "";
        availability = "";
        updatedAt = now;
    }

    /**
     * The one way a stage changes: moves the application and returns the history row to keep — who moved it, when,
     * from where, and why.
     */
    ApplicationEvent moveTo(Stage next, long actorId, @Nullable String reason, Instant now) {
        ApplicationEvent step = new ApplicationEvent(id(), stage, next, actorId, reason, now);
        stage = next;
        updatedAt = now;
        return step;
    }

    /** The first row of the history: the applicant applied. */
    ApplicationEvent applied() {
        return new ApplicationEvent(id(), null, Stage.APPLIED, userId, null, createdAt);
    }
}
