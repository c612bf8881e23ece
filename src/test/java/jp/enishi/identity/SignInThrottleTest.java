package jp.enishi.identity;

import java.time.Duration;
import java.util.UUID;

import jp.enishi.EnishiTest;
import jp.enishi.SignIn;
import jp.enishi.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The throttle through the same authentication manager the login form uses: wrong passwords slow the attacker's
 * address and the guessed account with growing waits, the owner is never locked out for long, and the counts are
 * rows in the database (so every node sees them).
 */
@EnishiTest
class SignInThrottleTest {

    @Autowired AuthenticationConfiguration authentication;
    @Autowired SignIn signIn;
    @Autowired TestClock clock;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void tearDown() {
        clock.reset();
        signIn.out();
    }

    @Test
    void seven_wrong_passwords_from_an_attacker_leave_the_owner_waiting_a_minute_at_most_not_a_quarter_hour() throws Exception {
        String owner = signIn.newUser("victim");
        signIn.out();
        String attacker = address();
        for (int i = 0; i < 7; i++) {
            clock.advance(Duration.ofMinutes(2)); // slow enough that the attacker's address is never the limit
            String guess = "wrong password " + i;
            assertThatThrownBy(() -> signInFrom(attacker, owner, guess)).isInstanceOf(BadCredentialsException.class);
        }
        // Right after the seventh failure the account waits (seconds, not the old 15-minute lock)...
        assertThatThrownBy(() -> signInFrom(address(), owner, "correct horse battery"))
                .isInstanceOfSatisfying(SignInThrottledException.class, e -> assertThat(e.seconds()).isBetween(1L, 60L));
        // ...and one minute later the owner with the right password is in.
        clock.advance(SignInThrottle.Scope.ACCOUNT.longestWait);
        assertThat(signInFrom(address(), owner, "correct horse battery").isAuthenticated()).isTrue();
    }

    @Test
    void password_spraying_from_one_address_over_many_accounts_is_slowed_by_the_address() throws Exception {
        String sprayer = address();
        int refusedForTheAddress = 0;
        for (int account = 0; account < 6; account++) {
            String email = "spray-" + account + "-" + UUID.randomUUID() + "@test.example";
            for (int guess = 0; guess < 4; guess++) {
                try {
                    signInFrom(sprayer, email, "Summer2026!" + guess);
                } catch (SignInThrottledException slowed) {
                    refusedForTheAddress++;
                } catch (BadCredentialsException wrong) {
                    // counted
                }
            }
        }
        // 24 guesses, none more than 4 per account (under the account's free failures): the address is what stops them.
        assertThat(refusedForTheAddress).isGreaterThan(0);
        assertThat(jdbc.queryForObject("SELECT failures FROM sign_in_failure WHERE scope = 'ADDRESS' AND key_hash = ?",
                Integer.class, Sha256.hex(sprayer))).isEqualTo(24 - refusedForTheAddress);
        // Someone else's address is not slowed.
        String owner = signIn.newUser("bystander");
        signIn.out();
        assertThat(signInFrom(address(), owner, "correct horse battery").isAuthenticated()).isTrue();
    }

    @Test
    void an_unknown_address_is_answered_and_throttled_exactly_like_an_existing_account() throws Exception {
        String existing = signIn.newUser("exists");
        signIn.out();
        String unknown = "nobody-" + UUID.randomUUID() + "@test.example";
        for (String email : new String[] {existing, unknown}) {
            String from = address();
            for (int i = 0; i < SignInThrottle.Scope.ACCOUNT.freeFailures; i++) {
                assertThatThrownBy(() -> signInFrom(from, email, "not it at all")).isExactlyInstanceOf(BadCredentialsException.class);
            }
            assertThatThrownBy(() -> signInFrom(from, email, "not it at all")).isExactlyInstanceOf(BadCredentialsException.class);
            assertThatThrownBy(() -> signInFrom(from, email, "not it at all"))
                    .isInstanceOfSatisfying(SignInThrottledException.class, e -> assertThat(e.seconds()).isEqualTo(1));
        }
    }

    @Test
    void a_success_forgets_the_account_s_failures_but_the_counts_are_rows_shared_by_every_node() throws Exception {
        String owner = signIn.newUser("forgetful");
        signIn.out();
        String from = address();
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> signInFrom(from, owner, "typo typo typo")).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(jdbc.queryForObject("SELECT failures FROM sign_in_failure WHERE scope = 'ACCOUNT' AND key_hash = ?",
                Integer.class, Sha256.hex(owner))).isEqualTo(3);
        signInFrom(from, owner, "correct horse battery");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sign_in_failure WHERE scope = 'ACCOUNT' AND key_hash = ?",
                Integer.class, Sha256.hex(owner))).isZero();
        assertThat(jdbc.queryForObject("SELECT failures FROM sign_in_failure WHERE scope = 'ADDRESS' AND key_hash = ?",
                Integer.class, Sha256.hex(from))).isEqualTo(3);
    }

    /** An attacker who always waits exactly as long as told: how many guesses one address gets in an hour. */
    @Test
    void guesses_per_hour_from_one_address() throws Exception {
        String from = address();
        Duration elapsed = Duration.ZERO;
        int guesses = 0;
        int account = 0;
        while (elapsed.compareTo(Duration.ofHours(1)) < 0) {
            String email = "guess-" + (account++ / 4) + "-" + UUID.randomUUID().toString().substring(0, 4) + "@test.example";
            try {
                signInFrom(from, email, "Password-" + guesses);
                throw new AssertionError("no such account");
            } catch (SignInThrottledException wait) {
                Duration step = Duration.ofSeconds(wait.seconds());
                clock.advance(step);
                elapsed = elapsed.plus(step);
            } catch (BadCredentialsException wrong) {
                guesses++;
            }
        }
        System.out.println("[throttle] guesses one address gets per hour against any accounts: " + guesses
                + " (without the throttle: unlimited; free failures per address " + SignInThrottle.Scope.ADDRESS.freeFailures
                + ", longest wait " + SignInThrottle.Scope.ADDRESS.longestWait.toMinutes() + " min)");
        assertThat(guesses).isLessThanOrEqualTo(30);
    }

    private org.springframework.security.core.Authentication signInFrom(String address, String email, String password) throws Exception {
        AuthenticationManager manager = authentication.getAuthenticationManager();
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(email, password);
        attempt.setDetails(new WebAuthenticationDetails(request));
        return manager.authenticate(attempt);
    }

    private static String address() {
        var random = java.util.concurrent.ThreadLocalRandom.current();
        return "198.51." + random.nextInt(256) + "." + random.nextInt(256);
    }
}
