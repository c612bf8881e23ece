package jp.enishi.identity;

import java.util.Optional;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is calling: the signed-in Enishi user's id, whichever way they signed in. */
@Component
public class CurrentUser {

    public Optional<Long> id() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof EnishiPrincipal principal) {
            return Optional.of(principal.userId());
        }
        return Optional.empty();
    }

    /** The caller's id; an unauthenticated caller is refused. */
    public long requireId() {
        return id().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Sign in first"));
    }
}
