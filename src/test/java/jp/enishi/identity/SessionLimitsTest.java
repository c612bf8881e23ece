package jp.enishi.identity;

import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/** A visitor's session ends soon after their last request; signing in gives the same session the signed-in limit. */
class SessionLimitsTest {

    private final SessionLimits limits = new SessionLimits(Clock.systemUTC(), Duration.ofMinutes(30),
            Duration.ofHours(12), Duration.ofMinutes(10));

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_visitors_session_lives_ten_minutes_and_a_members_thirty() throws Exception {
        MockHttpServletRequest first = new MockHttpServletRequest("GET", "/projects");
        // The page creates the session: the visitor's limit applies from the first request.
        limits.doFilter(first, new MockHttpServletResponse(), new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
        }) {
            @Override
            public void doFilter(jakarta.servlet.ServletRequest request, jakarta.servlet.ServletResponse response) {
                ((jakarta.servlet.http.HttpServletRequest) request).getSession(true);
            }
        });
        MockHttpSession session = (MockHttpSession) first.getSession(false);
        assertThat(session).isNotNull();
        assertThat(session.getMaxInactiveInterval()).isEqualTo(600);

        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(
                (EnishiPrincipal) () -> 1L, null));
        MockHttpServletRequest signedIn = new MockHttpServletRequest("GET", "/me");
        signedIn.setSession(session);
        limits.doFilter(signedIn, new MockHttpServletResponse(), new MockFilterChain());
        assertThat(session.getMaxInactiveInterval()).isEqualTo(1800);
    }
}
