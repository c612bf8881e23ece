package jp.enishi.workspace;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * A user's role in one workspace. The user is referenced by id: identity is another capability and is read
 * through its public {@code UserDirectory}.
 */
@Entity
class Membership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "workspace_id", updatable = false)
    private Workspace workspace;
    @Column(name = "user_id", updatable = false)
    private long userId;
    @Enumerated(EnumType.STRING)
    private Role role;
    @Column(updatable = false)
    private Instant joinedAt;
    @Version
    private long version;

    protected Membership() {
        this(new Workspace(), 0, Role.STAFF, Instant.EPOCH);
    }

    Membership(Workspace workspace, long userId, Role role, Instant joinedAt) {
        this.workspace = workspace;
        this.userId = userId;
        this.role = role;
        this.joinedAt = joinedAt;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("Membership not saved yet");
        }
        return id;
    }

    Workspace workspace() { return workspace; }
    long userId() { return userId; }
    Role role() { return role; }
    Instant joinedAt() { return joinedAt; }

    void changeRole(Role role) {
        this.role = role;
    }
}
