package jp.enishi.identity;

import java.time.Duration;

import jp.enishi.base.InputCheck;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The login form's check: first the throttle (by source address and by account), then Spring Security's own
 * password check, which answers an unknown address exactly like a wrong password, in the same time. The only
 * authentication provider for passwords, so nothing can reach a password check around the throttle.
 */
@Component
class PasswordSignIn implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;

    PasswordSignIn(LocalAccounts accounts, PasswordEncoder encoder, SignInThrottle throttle) {
        this.passwords = new DaoAuthenticationProvider(accounts::loadUserByUsername);
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
    }

    /**
     * With the database unreachable the check cannot be made: that is said as such ({@link SignInUnavailableException}),
     * never as a wrong password, within the connection pool's timeout (3 s).
     */
    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        try {
            return check(attempt);
        } catch (DataAccessException | CannotCreateTransactionException databaseDown) {
            throw new SignInUnavailableException(databaseDown);
        } catch (InternalAuthenticationServiceException wrapped) {
            throw wrapped.getCause() instanceof DataAccessException ? new SignInUnavailableException(wrapped) : wrapped;
        }
    }

    private Authentication check(Authentication attempt) {
        String email = InputCheck.normalizeEmail(attempt.getName());
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "unknown";
        Duration wait = throttle.waitBefore(email, address);
        if (!wait.isZero()) {
            throw new SignInThrottledException(wait);
        }
        try {
            Authentication signedIn = passwords.authenticate(attempt);
            throttle.succeeded(email);
            return signedIn;
        } catch (BadCredentialsException wrong) {
            throttle.failed(email, address);
            throw wrong;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
