package jp.enishi.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import jp.enishi.base.LanguagePreference;
import jp.enishi.base.Locales;

/** One button that offers the other language: 「English」 on Japanese pages, 「日本語」 on English ones. */
class LanguageSwitch extends Button {

    LanguageSwitch(LanguagePreference preference) {
        boolean english = Locales.isEnglish(UI.getCurrent().getLocale());
        setText(english ? "日本語" : "English");
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        setId("language-switch");
        getElement().setAttribute("lang", english ? "ja" : "en");
        addClickListener(click -> {
            UI ui = UI.getCurrent();
            UiLanguage.choose(ui.getSession(), english ? Locales.JAPANESE : Locales.ENGLISH, preference);
            // A reload renders every text anew in the chosen language.
            ui.getPage().reload();
        });
    }
}
