package jp.enishi.base;

import java.util.List;
import java.util.Locale;

/** The two languages of Enishi: Japanese first (the default), English second. */
public final class Locales {

    public static final Locale JAPANESE = Locale.JAPANESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(JAPANESE, ENGLISH);

    private Locales() {
    }

    public static boolean isEnglish(Locale locale) {
        return ENGLISH.getLanguage().equals(locale.getLanguage());
    }

    /** The supported locale for a language tag such as "en" or "ja-JP"; Japanese for anything else. */
    public static Locale fromTag(String tag) {
        return isEnglish(Locale.forLanguageTag(tag)) ? ENGLISH : JAPANESE;
    }
}
