package jp.enishi.base;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Dates people mean — deadlines, "today" — are Japan's dates, whatever zone the server runs in. */
public final class JapanTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

    private JapanTime() {
    }

    /** 2026/12/01 19:30: how a spreadsheet cell or a CSV field shows a Japan date and time. */
    public static String format(java.time.LocalDateTime japanTime) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm").format(japanTime);
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    /** The Japan date of a moment. */
    public static LocalDate date(java.time.Instant at) {
        return LocalDate.ofInstant(at, ZONE);
    }
}
