package jp.enishi.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jp.enishi.base.InputCheck;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows password guessing without locking the owner out. Failures are counted per source address and per account
 * (the e-mail typed, whether or not such an account exists, so the answer tells nothing about existence); after a
 * few free failures each further attempt must wait twice as long as the one before. An attacker spraying many
 * accounts from one address is slowed by the address's count (up to 15 minutes between guesses); one attacking an
 * account from many addresses by the account's count, which stops at one minute, so the owner typing the right
 * password waits at most a minute, never a quarter of an hour. A success forgets the account's count, not the
 * address's. The counts live in the database ({@code sign_in_failure}), shared by every node.
 */
@Component
class SignInThrottle {

    enum Scope {
        ADDRESS(10, Duration.ofMinutes(15)),
        ACCOUNT(5, Duration.ofMinutes(1));

        final int freeFailures;
        final Duration longestWait;

        Scope(int freeFailures, Duration longestWait) {
            this.freeFailures = freeFailures;
            this.longestWait = longestWait;
        }

        /** The wait after {@code failures} failures: none for the free ones, then 1 s, 2 s, 4 s… up to the cap. */
        Duration waitAfter(int failures) {
            int over = failures - freeFailures;
            if (over <= 0) {
                return Duration.ZERO;
            }
            long seconds = over > 20 ? Long.MAX_VALUE : 1L << (over - 1);
            return seconds >= longestWait.toSeconds() ? longestWait : Duration.ofSeconds(seconds);
        }
    }

    /** Counts are forgotten this long after the last failure. */
    static final Duration MEMORY = Duration.ofHours(1);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    SignInThrottle(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** How long this attempt must still wait; zero when it may go ahead. */
    @Transactional(readOnly = true)
    public Duration waitBefore(String email, String address) {
        Instant now = clock.instant();
        Duration account = wait(Scope.ACCOUNT, accountKey(email), now);
        Duration source = wait(Scope.ADDRESS, Sha256.hex(address), now);
        return account.compareTo(source) >= 0 ? account : source;
    }

    /** Records one wrong password (or unknown address) in its own transaction, so it holds whatever follows. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(String email, String address) {
        Instant now = clock.instant();
        count(Scope.ACCOUNT, accountKey(email), now);
        count(Scope.ADDRESS, Sha256.hex(address), now);
        jdbc.update("DELETE FROM sign_in_failure WHERE last_failure_at < ? LIMIT 100", Timestamp.from(now.minus(MEMORY)));
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(String email) {
        jdbc.update("DELETE FROM sign_in_failure WHERE scope = ? AND key_hash = ?", Scope.ACCOUNT.name(), accountKey(email));
    }

    private Duration wait(Scope scope, String key, Instant now) {
        List<Duration> left = jdbc.query("SELECT failures, last_failure_at FROM sign_in_failure WHERE scope = ? AND key_hash = ?",
                (row, n) -> {
                    Instant last = row.getTimestamp("last_failure_at").toInstant();
                    if (last.isBefore(now.minus(MEMORY))) {
                        return Duration.ZERO;
                    }
                    Duration remaining = Duration.between(now, last.plus(scope.waitAfter(row.getInt("failures"))));
                    return remaining.isNegative() ? Duration.ZERO : remaining;
                }, scope.name(), key);
        return left.isEmpty() ? Duration.ZERO : left.getFirst();
    }

    private void count(Scope scope, String key, Instant now) {
        // One statement, safe when two nodes count the same key at once. MariaDB evaluates the assignments left
        // to right, so the IF still sees the previous failure's time.
        jdbc.update("""
                INSERT INTO sign_in_failure (scope, key_hash, failures, last_failure_at) VALUES (?, ?, 1, ?)
                ON DUPLICATE KEY UPDATE failures = IF(last_failure_at < ?, 1, failures + 1),
                                        last_failure_at = VALUES(last_failure_at)""",
                scope.name(), key, Timestamp.from(now), Timestamp.from(now.minus(MEMORY)));
    }

    private static String accountKey(String email) {
        return Sha256.hex(InputCheck.normalizeEmail(email));
    }
}
