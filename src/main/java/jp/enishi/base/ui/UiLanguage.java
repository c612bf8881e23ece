package jp.enishi.base.ui;

import java.util.Locale;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import jp.enishi.base.LanguagePreference;
import jp.enishi.base.Locales;
import org.springframework.stereotype.Component;

/**
 * Japanese unless the visitor chose otherwise: a signed-in user's saved language, else the choice made in this
 * browser session. The browser's Accept-Language is deliberately not used: the portal is Japanese first.
 */
@Component
class UiLanguage implements VaadinServiceInitListener {

    private static final String SESSION_KEY = UiLanguage.class.getName();

    private final LanguagePreference preference;

    UiLanguage(LanguagePreference preference) {
        this.preference = preference;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(current(init.getUI().getSession())));
    }

    private Locale current(VaadinSession session) {
        return preference.load().orElseGet(() -> {
            Object chosen = session.getAttribute(SESSION_KEY);
            return chosen instanceof Locale locale ? locale : Locales.JAPANESE;
        });
    }

    /** Switches this browser session (and a signed-in user's saved choice) to the language. */
    static void choose(VaadinSession session, Locale language, LanguagePreference preference) {
        session.setAttribute(SESSION_KEY, language);
        preference.save(language);
    }
}
