package jp.enishi.base;

import java.time.LocalDate;
import java.time.Month;
import java.time.chrono.JapaneseDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;

/**
 * A Japanese fiscal year (年度), April to March, named after the calendar year it starts in: 2026-04-01 to
 * 2027-03-31 is FY2026, 「令和8年度」.
 * <p>
 * The era is read at the end of the starting calendar year, so the year in which an era began is named after the
 * new era, as ministries did: FY2019 is 「令和元年度」 (Reiwa began on 1 May 2019), FY1988 is 「昭和63年度」.
 */
public record FiscalYear(int startYear) implements Comparable<FiscalYear> {

    private static final int FIRST_SUPPORTED_YEAR = 1873; // the Gregorian calendar's start in Japan (明治6年)

    public FiscalYear {
        if (startYear < FIRST_SUPPORTED_YEAR || startYear > 9998) {
            throw new IllegalArgumentException("Fiscal year out of range: " + startYear);
        }
    }

    public static FiscalYear of(LocalDate date) {
        return new FiscalYear(date.getMonthValue() >= Month.APRIL.getValue() ? date.getYear() : date.getYear() - 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, Month.APRIL, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, Month.MARCH, 31);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
    }

    public FiscalYear next() {
        return new FiscalYear(startYear + 1);
    }

    /** 「令和8年度」 */
    public String japaneseLabel() {
        JapaneseDate namingDay = JapaneseDate.of(startYear, 12, 31);
        String era = namingDay.getEra().getDisplayName(TextStyle.FULL, Locale.JAPAN);
        int yearOfEra = namingDay.get(ChronoField.YEAR_OF_ERA);
        return era + (yearOfEra == 1 ? "元" : Integer.toString(yearOfEra)) + "年度";
    }

    /** "FY2026" */
    public String englishLabel() {
        return "FY" + startYear;
    }

    /** The label in the given language: Japanese unless English is asked for. */
    public String label(Locale locale) {
        return Locales.isEnglish(locale) ? englishLabel() : japaneseLabel();
    }

    @Override
    public int compareTo(FiscalYear other) {
        return Integer.compare(startYear, other.startYear);
    }
}
