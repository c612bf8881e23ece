package jp.enishi.identity;

import java.time.Duration;

import jp.enishi.EnishiTest;
import jp.enishi.SignIn;
import jp.enishi.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;

import static org.assertj.core.api.Assertions.assertThat;

@EnishiTest
class LoginThrottleTest {

    @Autowired LoginThrottle throttle;
    @Autowired LocalAccounts localAccounts;
    @Autowired SignIn signIn;
    @Autowired TestClock clock;

    @AfterEach
    void tearDown() {
        clock.reset();
        signIn.out();
    }

    @Test
    void five_wrong_passwords_lock_the_address_until_they_age_out() {
        String email = signIn.newUser("guessed");
        for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) {
            fail(email);
        }
        assertThat(localAccounts.loadUserByUsername(email).isAccountNonLocked()).isTrue();
        fail(email.toUpperCase());
        assertThat(localAccounts.loadUserByUsername(email).isAccountNonLocked()).isFalse();

        clock.advance(LoginThrottle.WINDOW.plus(Duration.ofSeconds(1)));
        assertThat(localAccounts.loadUserByUsername(email).isAccountNonLocked()).isTrue();
    }

    @Test
    void a_successful_sign_in_clears_earlier_failures() {
        String email = signIn.newUser("forgetful");
        for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) {
            fail(email);
        }
        throttle.on(new AuthenticationSuccessEvent(UsernamePasswordAuthenticationToken.unauthenticated(email, "")));
        fail(email);
        assertThat(throttle.isLocked(email)).isFalse();
    }

    private void fail(String email) {
        throttle.on(new AuthenticationFailureBadCredentialsEvent(
                UsernamePasswordAuthenticationToken.unauthenticated(email, "wrong"), new BadCredentialsException("x")));
    }
}
