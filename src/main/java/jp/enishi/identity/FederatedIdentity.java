package jp.enishi.identity;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.jspecify.annotations.Nullable;

/** A sign-in at an OIDC provider: the (issuer, subject) pair, never an e-mail, says who it is. */
@Entity
class FederatedIdentity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private User user;
    private String issuer;
    private String subject;
    private Instant createdAt;

    protected FederatedIdentity() {
        this.user = new User();
        this.issuer = "";
        this.subject = "";
        this.createdAt = Instant.EPOCH;
    }

    FederatedIdentity(User user, String issuer, String subject, Instant createdAt) {
        this.user = user;
        this.issuer = issuer;
        this.subject = subject;
        this.createdAt = createdAt;
    }

    User user() { return user; }
}
