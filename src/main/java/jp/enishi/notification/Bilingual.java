package jp.enishi.notification;

import java.util.Locale;

import jp.enishi.base.Locales;

/** An argument of a notice that reads differently in Japanese and English, such as a stage or a workspace name. */
public record Bilingual(String ja, String en) {

    public String in(Locale locale) {
        return Locales.isEnglish(locale) ? en : ja;
    }
}
