package jp.enishi.identity;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** The signed-in user's account as /me shows it. */
public record AccountStatus(String email, @Nullable Instant emailVerifiedAt, @Nullable String privacyNoticeVersion,
                            @Nullable Instant privacyAgreedAt, boolean hasPassword, @Nullable Instant passwordChangedAt) {

    public boolean verified() {
        return emailVerifiedAt != null;
    }
}
