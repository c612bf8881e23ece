package jp.enishi.talent;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.jspecify.annotations.Nullable;

/** A consent as given — purpose, the words shown, when — and, once withdrawn, when; kept as the record of both. */
@Entity
class Consent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @Column(updatable = false)
    private long userId;
    @Column(updatable = false)
    private long workspaceId;
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private ConsentPurpose purpose;
    @Column(updatable = false)
    private String purposeTextJa;
    @Column(updatable = false)
    private String purposeTextEn;
    @Column(updatable = false)
    private Instant grantedAt;
    private @Nullable Instant withdrawnAt;
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private ConsentVia via;

    protected Consent() {
        this(0, 0, ConsentPurpose.POOL, "", "", Instant.EPOCH, ConsentVia.SELF);
    }

    Consent(long userId, long workspaceId, ConsentPurpose purpose, String purposeTextJa, String purposeTextEn,
            Instant grantedAt, ConsentVia via) {
        this.via = via;
        this.userId = userId;
        this.workspaceId = workspaceId;
        this.purpose = purpose;
        this.purposeTextJa = purposeTextJa;
        this.purposeTextEn = purposeTextEn;
        this.grantedAt = grantedAt;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("Consent not saved yet");
        }
        return id;
    }

    long userId() { return userId; }
    long workspaceId() { return workspaceId; }
    ConsentPurpose purpose() { return purpose; }
    Instant grantedAt() { return grantedAt; }
    boolean active() { return withdrawnAt == null; }
    ConsentVia via() { return via; }

    void withdraw(Instant now) {
        if (withdrawnAt == null) {
            withdrawnAt = now;
        }
    }

    ConsentRecord record(String workspaceName, boolean english) {
        return new ConsentRecord(id(), workspaceId, workspaceName, purpose, english ? purposeTextEn : purposeTextJa,
                grantedAt, withdrawnAt);
    }
}
