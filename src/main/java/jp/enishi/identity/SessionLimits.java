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
 * The two limits of a signed-in session (ASVS V7.3): it ends {@code idle} after the user's last action
 * ({@code enishi.session.idle-timeout}, 30 min) and {@code absolute} after sign-in ({@code
 * enishi.session.absolute-timeout}, 12 h), however active. An open tab sends Vaadin heartbeats every few minutes;
 * they keep the servlet session alive but are not the user's action, so they do not count here. The next request
 * after a limit starts signed out and says why: a page load goes to {@code /login?expired}, an open page's Vaadin
 * request is answered as an ended session and the page shows the message in the user's language.
 * <p>
 * A session without a signed-in user ends {@code enishi.session.anonymous-idle-timeout} (10 min) after its last
 * request, so a launch-day rush of visitors does not hold its memory for half an hour.
 * <p>
 * Runs inside Spring Security's chain, where the signed-in user is known (so deliberately no {@code @Component}).
 */
public class SessionLimits extends OncePerRequestFilter {

    static final String SIGNED_IN_AT = SessionLimits.class.getName() + ".signedInAt";
    static final String LAST_ACTION_AT = SessionLimits.class.getName() + ".lastActionAt";

    private final Clock clock;
    private final Duration idle;
    private final Duration absolute;
    private final Duration anonymousIdle;

    SessionLimits(Clock clock, Duration idle, Duration absolute, Duration anonymousIdle) {
        this.clock = clock;
        this.idle = idle;
        this.absolute = absolute;
        this.anonymousIdle = anonymousIdle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        boolean member = signedIn != null && signedIn.getPrincipal() instanceof EnishiPrincipal;
        if (session != null) {
            // A visitor's session (the public board, the landing page) lives a short while after their last
            // request; once they sign in, the signed-in idle limit applies to the same session.
            int seconds = (int) (member ? idle : anonymousIdle).toSeconds();
            if (session.getMaxInactiveInterval() != seconds) {
                session.setMaxInactiveInterval(seconds);
            }
        }
        if (session != null && member) {
            Instant now = clock.instant();
            if (session.getAttribute(SIGNED_IN_AT) instanceof Instant since
                    && (now.isAfter(since.plus(absolute)) || isIdle(session, now))) {
                end(session);
                if (isVaadinRequest(request)) {
                    chain.doFilter(request, response);
                } else {
                    response.sendRedirect(request.getContextPath() + "/login?expired");
                }
                return;
            }
            if (session.getAttribute(SIGNED_IN_AT) == null) {
                session.setAttribute(SIGNED_IN_AT, now);
            }
            if (!isHeartbeat(request)) {
                session.setAttribute(LAST_ACTION_AT, now);
            }
        }
        chain.doFilter(request, response);
        HttpSession created = session == null ? request.getSession(false) : null;
        if (created != null && !member) {
            // The visitor's first page made the session: it gets the visitor's limit from the start.
            created.setMaxInactiveInterval((int) anonymousIdle.toSeconds());
        }
    }

    private boolean isIdle(HttpSession session, Instant now) {
        return session.getAttribute(LAST_ACTION_AT) instanceof Instant last && now.isAfter(last.plus(idle));
    }

    private static void end(HttpSession session) {
        session.invalidate();
        SecurityContextHolder.clearContext();
    }

    /** Vaadin's own requests (UIDL, heartbeat) say so in the query string; the body is not read for it. */
    private static boolean isVaadinRequest(HttpServletRequest request) {
        String query = request.getQueryString();
        return query != null && query.contains("v-r=");
    }

    private static boolean isHeartbeat(HttpServletRequest request) {
        String query = request.getQueryString();
        return query != null && query.contains("v-r=heartbeat");
    }
}
