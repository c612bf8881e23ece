package jp.enishi.demo;

import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Runs demo loading as the demo people themselves, exactly as if they had signed in: the services' rules apply. */
@Component
class DemoSession {

    private final UserDetailsService userDetails;

    DemoSession(UserDetailsService userDetails) {
        this.userDetails = userDetails;
    }

    <T> T as(String email, Supplier<T> action) {
        UserDetails user = userDetails.loadUserByUsername(email);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    void run(String email, Runnable action) {
        as(email, () -> {
            action.run();
            return null;
        });
    }
}
