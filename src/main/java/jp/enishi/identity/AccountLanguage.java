package jp.enishi.identity;

import java.util.Locale;
import java.util.Optional;

import jp.enishi.base.LanguagePreference;
import org.springframework.stereotype.Component;

/** Keeps a signed-in user's language on their account, so it follows them to any browser. */
@Component
class AccountLanguage implements LanguagePreference {

    private final AccountService accounts;
    private final CurrentUser currentUser;

    AccountLanguage(AccountService accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    /** A visitor has no account: no transaction is opened for them (every anonymous page asks this). */
    @Override
    public Optional<Locale> load() {
        if (currentUser.id().isEmpty()) {
            return Optional.empty();
        }
        return accounts.preferredLanguage();
    }

    @Override
    public void save(Locale language) {
        if (currentUser.id().isPresent()) {
            accounts.changeLanguage(language);
        }
    }
}
