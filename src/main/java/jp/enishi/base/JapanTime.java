package jp.enishi.base;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Dates people mean — deadlines, "today" — are Japan's dates, whatever zone the server runs in. */
public final class JapanTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

    private JapanTime() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }
}
