package jp.enishi.identity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** One person in Enishi, however they sign in. */
@Entity
@Table(name = "app_user")
class User {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String email;
    private String displayName;
    private @Nullable String fullName;
    private @Nullable String residence;
    private @Nullable String bio;
    private @Nullable String passwordHash;
    private String locale = "ja";
    private boolean consortiumAdmin;
    private @Nullable Instant emailVerifiedAt;
    private @Nullable String privacyNoticeVersion;
    private @Nullable Instant privacyAgreedAt;
    private @Nullable Instant passwordChangedAt;
    @Column(updatable = false)
    private Instant createdAt;
    @Version
    private long version;

    protected User() {
        this.email = "";
        this.displayName = "";
        this.createdAt = Instant.EPOCH;
    }

    User(String email, String displayName, Instant createdAt) {
        this.email = email;
        this.displayName = displayName;
        this.createdAt = createdAt;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("User not saved yet");
        }
        return id;
    }

    /** Removes everything that identifies the person; the row stays so the records that name it still hold. */
    void anonymise() {
        email = "deleted-" + id() + "@deleted.invalid";
        displayName = "（退会済み）";
        fullName = null;
        residence = null;
        bio = null;
        passwordHash = null;
        consortiumAdmin = false;
    }

    String email() { return email; }
    String displayName() { return displayName; }
    @Nullable String fullName() { return fullName; }
    @Nullable String residence() { return residence; }
    @Nullable String bio() { return bio; }
    @Nullable String passwordHash() { return passwordHash; }
    String locale() { return locale; }
    boolean consortiumAdmin() { return consortiumAdmin; }
    long version() { return version; }
    @Nullable Instant emailVerifiedAt() { return emailVerifiedAt; }
    @Nullable String privacyNoticeVersion() { return privacyNoticeVersion; }
    @Nullable Instant privacyAgreedAt() { return privacyAgreedAt; }
    @Nullable Instant passwordChangedAt() { return passwordChangedAt; }

    void verifyEmail(Instant at) {
        if (emailVerifiedAt == null) {
            emailVerifiedAt = at;
        }
    }

    void agreeToPrivacyNotice(String version, Instant at) {
        privacyNoticeVersion = version;
        privacyAgreedAt = at;
    }

    void changePassword(String hash, Instant at) {
        passwordHash = hash;
        passwordChangedAt = at;
    }

    void rename(String displayName, @Nullable String fullName) {
        this.displayName = displayName;
        this.fullName = fullName;
    }

    void describe(@Nullable String residence, @Nullable String bio) {
        this.residence = residence;
        this.bio = bio;
    }

    void setPasswordHash(String passwordHash) { this.passwordHash = passwordHash; }
    void setLocale(String locale) { this.locale = locale; }
    void setConsortiumAdmin(boolean consortiumAdmin) { this.consortiumAdmin = consortiumAdmin; }
}
