package jp.enishi.identity;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * An e-mail about the account itself, published in the transaction that decided it; {@link AccountMailer} queues
 * it. The link carries a single-use secret and is never stored.
 */
public record AccountMail(String email, Locale language, Kind kind, @Nullable String link) {

    public enum Kind {
        /** Confirm the address given at sign-up. */
        VERIFY_EMAIL,
        /** Someone signed up with an address that already has an account: its owner is told, nobody else. */
        ALREADY_REGISTERED,
        /** A link to choose a new password. */
        RESET_PASSWORD,
        /** The password was changed (by the owner, or through a reset link). */
        PASSWORD_CHANGED
    }

    @Override
    public String toString() {
        return "AccountMail[" + kind + " to " + email + "]";
    }
}
