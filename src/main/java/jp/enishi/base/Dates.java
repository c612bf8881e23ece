package jp.enishi.base;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates as people in Japan read them: 2026年11月22日 in Japanese, 22 Nov 2026 in English; Japan time. For screens,
 * e-mails and notices alike.
 */
public final class Dates {

    private static final DateTimeFormatter JA = DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.JAPANESE);
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private static final DateTimeFormatter JA_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 H:mm", Locale.JAPANESE);
    private static final DateTimeFormatter EN_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, H:mm", Locale.ENGLISH);

    private Dates() {
    }

    public static String date(java.time.LocalDate date, Locale locale) {
        return (Locales.isEnglish(locale) ? EN : JA).format(date);
    }

    public static String dateTime(Instant instant, Locale locale) {
        return (Locales.isEnglish(locale) ? EN_TIME : JA_TIME).format(instant.atZone(JapanTime.ZONE));
    }

    /** The time of day in Japan, 19:30: the same in both languages. */
    public static String time(Instant instant, Locale locale) {
        return DateTimeFormatter.ofPattern("H:mm", locale).format(instant.atZone(JapanTime.ZONE));
    }

    public static String date(Instant instant, Locale locale) {
        return (Locales.isEnglish(locale) ? EN : JA).format(instant.atZone(JapanTime.ZONE));
    }
}
