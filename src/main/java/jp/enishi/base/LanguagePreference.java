package jp.enishi.base;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a signed-in user's language choice is kept. Implemented by the identity capability, so the shell can
 * switch languages without depending on it.
 */
public interface LanguagePreference {

    /** The signed-in user's saved language, if someone is signed in. */
    Optional<Locale> load();

    /** Saves the choice for a signed-in user; does nothing for a visitor. */
    void save(Locale language);
}
