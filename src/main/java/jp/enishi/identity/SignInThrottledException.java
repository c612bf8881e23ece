package jp.enishi.identity;

import java.time.Duration;

import org.springframework.security.authentication.AccountStatusException;

/**
 * Too many failed sign-ins lately, for this source address or this e-mail; says how long to wait and nothing else,
 * the same for an address that has no account. An {@link AccountStatusException}, so Spring Security's provider
 * manager stops at it and tries no other way to check the password.
 */
public final class SignInThrottledException extends AccountStatusException {

    private final Duration wait;

    SignInThrottledException(Duration wait) {
        super("Sign-in throttled for " + wait);
        this.wait = wait;
    }

    /** Whole seconds, rounded up. */
    public long seconds() {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
