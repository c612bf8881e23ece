package jp.enishi.talent;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The Japanese names of skills and motivations, for the search index: a profile that ticks ブランディング・デザイン is
 * found by 「デザイン」 though its owner wrote no such word. Read from the screens' own translations, so the index
 * and the screens never disagree.
 */
final class TalentLabels {

    private static final ResourceBundle JAPANESE = ResourceBundle.getBundle("vaadin-i18n/translations", Locale.JAPANESE);

    private TalentLabels() {
    }

    static String japanese(String key) {
        try {
            return JAPANESE.getString(key);
        } catch (MissingResourceException none) {
            return "";
        }
    }
}
