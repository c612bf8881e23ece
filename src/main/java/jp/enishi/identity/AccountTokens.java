package jp.enishi.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues and redeems the secrets of e-mailed links: 256 random bits, sent once, kept only as their SHA-256, usable
 * once and until they expire.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class AccountTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountTokenRepository tokens;
    private final Clock clock;

    AccountTokens(AccountTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /** A new secret for the user; only its hash is stored. */
    String issue(long userId, AccountToken.Purpose purpose, Duration validFor) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        tokens.save(new AccountToken(userId, purpose, Sha256.hex(token), now, now.plus(validFor)));
        return token;
    }

    /** How many links of this kind the user was sent in the last hour (to refuse flooding a mailbox). */
    long issuedLastHour(long userId, AccountToken.Purpose purpose) {
        return tokens.countByUserIdAndPurposeAndCreatedAtAfter(userId, purpose, clock.instant().minus(Duration.ofHours(1)));
    }

    /** The user the secret was issued to, if it is still usable; nothing is used up. */
    Optional<Long> holder(String token, AccountToken.Purpose purpose) {
        return usable(token, purpose).map(AccountToken::userId);
    }

    /** The user the secret was issued to, if it is still usable; it is used up, with every other of its kind. */
    Optional<Long> redeem(String token, AccountToken.Purpose purpose) {
        return usable(token, purpose).map(t -> {
            tokens.useAll(t.userId(), purpose, clock.instant());
            return t.userId();
        });
    }

    private Optional<AccountToken> usable(String token, AccountToken.Purpose purpose) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.findByTokenHashAndPurpose(Sha256.hex(token.strip()), purpose).filter(t -> t.usableAt(now));
    }
}
