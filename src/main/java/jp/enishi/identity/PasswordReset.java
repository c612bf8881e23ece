package jp.enishi.identity;

import java.time.Clock;
import java.time.Duration;

import jp.enishi.base.InputCheck;
import jp.enishi.base.InputRejectedException;
import jp.enishi.base.Locales;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Forgot password": a link by e-mail, single-use, valid {@link #VALID_FOR}, kept only as a hash. Asking gives the
 * same answer whether or not the address has an account. Choosing the new password ends every session of the user,
 * confirms the address (the link proved the mailbox) and tells the owner by e-mail.
 */
@Service
@Transactional
public class PasswordReset {

    public static final Duration VALID_FOR = Duration.ofMinutes(30);
    /** Links sent to one account per hour at most, so the form cannot flood someone's mailbox. */
    static final int PER_HOUR = 3;

    private final UserRepository users;
    private final AccountTokens tokens;
    private final PasswordEncoder passwordEncoder;
    private final UserSessions sessions;
    private final SignInThrottle throttle;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String baseUrl;

    PasswordReset(UserRepository users, AccountTokens tokens, PasswordEncoder passwordEncoder, UserSessions sessions,
                  SignInThrottle throttle, ApplicationEventPublisher events, Clock clock,
                  @Value("${enishi.base-url}") String baseUrl) {
        this.users = users;
        this.tokens = tokens;
        this.passwordEncoder = passwordEncoder;
        this.sessions = sessions;
        this.throttle = throttle;
        this.events = events;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    /** Sends a reset link if the address has an account; says nothing either way. A malformed address is refused. */
    public void request(String email) {
        new InputCheck().email("email", email).throwIfAny();
        users.findByEmail(InputCheck.normalizeEmail(email))
                .filter(user -> tokens.issuedLastHour(user.id(), AccountToken.Purpose.RESET_PASSWORD) < PER_HOUR)
                .ifPresent(user -> {
                    String token = tokens.issue(user.id(), AccountToken.Purpose.RESET_PASSWORD, VALID_FOR);
                    events.publishEvent(new AccountMail(user.email(), Locales.fromTag(user.locale()),
                            AccountMail.Kind.RESET_PASSWORD, baseUrl + "/reset-password?token=" + token));
                });
    }

    /** Whether the link still works, so the page can say so before anyone types a password. */
    @Transactional(readOnly = true)
    public boolean isUsable(String token) {
        return tokens.holder(token, AccountToken.Purpose.RESET_PASSWORD).isPresent();
    }

    /**
     * Sets the new password. A password the rules refuse leaves the link usable, so the person can try again; an
     * unknown, used or expired link is refused on field {@code token}.
     */
    public void reset(String token, String newPassword) {
        User user = tokens.holder(token, AccountToken.Purpose.RESET_PASSWORD).flatMap(users::findById)
                .orElseThrow(() -> new InputRejectedException("token", "error.reset-link-invalid"));
        InputCheck check = new InputCheck();
        PasswordRules.check(check, "newPassword", newPassword == null ? "" : newPassword, user.email());
        check.throwIfAny();
        tokens.redeem(token, AccountToken.Purpose.RESET_PASSWORD);
        user.changePassword(passwordEncoder.encode(newPassword), clock.instant());
        user.verifyEmail(clock.instant());
        sessions.endAll(user.id());
        throttle.succeeded(user.email());
        events.publishEvent(new AccountMail(user.email(), Locales.fromTag(user.locale()), AccountMail.Kind.PASSWORD_CHANGED, null));
    }
}
