package jp.enishi.identity;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The absolute limit of a signed-in session (ASVS V7.3.2): however active, a session ends
 * {@code enishi.session.absolute-timeout} (default 12 h) after its sign-in, and the next request starts signed out.
 * The idle limit is the servlet session timeout ({@code server.servlet.session.timeout}, 30 min), which Vaadin's
 * heartbeats do not extend ({@code vaadin.closeIdleSessions=true}). Not a bean of the servlet container: it runs
 * inside Spring Security's chain, where the signed-in user is known (so deliberately no {@code @Component}).
 */
public class SignInTimeLimit extends OncePerRequestFilter {

    static final String SIGNED_IN_AT = SignInTimeLimit.class.getName() + ".signedInAt";

    private final Clock clock;
    private final Duration limit;

    SignInTimeLimit(Clock clock, Duration limit) {
        this.clock = clock;
        this.limit = limit;
    }

    /** Vaadin's own requests (UIDL, heartbeat) say so in the query string; the body is not read for it. */
    private static boolean isVaadinRequest(HttpServletRequest request) {
        String query = request.getQueryString();
        return query != null && query.contains("v-r=");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (session != null && signedIn != null && signedIn.getPrincipal() instanceof EnishiPrincipal) {
            Instant now = clock.instant();
            Object since = session.getAttribute(SIGNED_IN_AT);
            if (since == null) {
                session.setAttribute(SIGNED_IN_AT, now);
            } else if (since instanceof Instant at && now.isAfter(at.plus(limit))) {
                session.invalidate();
                SecurityContextHolder.clearContext();
                if (isVaadinRequest(request)) {
                    // An open page's request: Vaadin answers that the session has ended, and the page shows the
                    // session-expired message in the user's language with a link to sign in again.
                    chain.doFilter(request, response);
                } else {
                    response.sendRedirect(request.getContextPath() + "/login?expired");
                }
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
