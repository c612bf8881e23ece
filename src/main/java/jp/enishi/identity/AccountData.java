package jp.enishi.identity;

import java.util.List;
import java.util.Map;

import jp.enishi.base.spi.PersonalData;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The account: exported first; anonymised on deletion (no address, name, text or way to sign in remains). The
 * throttle's rows are keyed by a hash of the address, not by a user id, and fade within an hour.
 */
@Component
@Order(0)
class AccountData implements PersonalData {

    private final AccountService accounts;
    private final AccountTokenRepository tokens;
    private final CurrentUser currentUser;

    AccountData(AccountService accounts, AccountTokenRepository tokens, CurrentUser currentUser) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.currentUser = currentUser;
    }

    @Override
    public List<Class<?>> entities() {
        return List.of(User.class, FederatedIdentity.class, AccountToken.class);
    }

    @Override
    public Map<String, Object> export(long userId) {
        requireSignedIn(userId);
        return Map.of("account", accounts.me());
    }

    @Override
    public void forget(long userId) {
        requireSignedIn(userId);
        tokens.deleteAllOf(userId);
        accounts.anonymiseMe();
    }

    /** Only the person themself downloads or deletes their account. */
    private void requireSignedIn(long userId) {
        if (currentUser.requireId() != userId) {
            throw new IllegalArgumentException("Personal data of another person");
        }
    }
}
