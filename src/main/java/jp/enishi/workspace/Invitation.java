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
 * An offer of membership sent to an e-mail address. Its secret token reaches only that mailbox; accepting needs
 * the token and a signed-in user with the same address.
 */
@Entity
class Invitation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "workspace_id", updatable = false)
    private Workspace workspace;
    @Column(updatable = false)
    private String email;
    @Enumerated(EnumType.STRING)
    private Role role;
    @Column(updatable = false)
    private String token;
    @Column(name = "invited_by", updatable = false)
    private @Nullable Long invitedBy;
    @Column(updatable = false)
    private Instant createdAt;
    private Instant expiresAt;
    private @Nullable Instant acceptedAt;
    @Column(name = "accepted_by")
    private @Nullable Long acceptedBy;
    @Version
    private long version;

    protected Invitation() {
        this(new Workspace(), "", Role.STAFF, "", null, Instant.EPOCH, Instant.EPOCH);
    }

    Invitation(Workspace workspace, String email, Role role, String token, @Nullable Long invitedBy,
               Instant createdAt, Instant expiresAt) {
        this.workspace = workspace;
        this.email = email;
        this.role = role;
        this.token = token;
        this.invitedBy = invitedBy;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("Invitation not saved yet");
        }
        return id;
    }

    Workspace workspace() { return workspace; }
    String email() { return email; }
    Role role() { return role; }
    String token() { return token; }
    Instant createdAt() { return createdAt; }
    Instant expiresAt() { return expiresAt; }
    boolean isAccepted() { return acceptedAt != null; }

    boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    void accept(long userId, Instant now) {
        this.acceptedAt = now;
        this.acceptedBy = userId;
    }
}
