package jp.enishi.base;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FiscalYearTest {

    @Test
    void a_fiscal_year_runs_from_april_to_march() {
        FiscalYear fy2026 = new FiscalYear(2026);
        assertThat(fy2026.firstDay()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(fy2026.lastDay()).isEqualTo(LocalDate.of(2027, 3, 31));
    }

    @Test
    void march_belongs_to_the_year_that_started_the_april_before() {
        assertThat(FiscalYear.of(LocalDate.of(2027, 3, 31))).isEqualTo(new FiscalYear(2026));
        assertThat(FiscalYear.of(LocalDate.of(2027, 4, 1))).isEqualTo(new FiscalYear(2027));
        assertThat(FiscalYear.of(LocalDate.of(2026, 11, 22))).isEqualTo(new FiscalYear(2026));
        assertThat(FiscalYear.of(LocalDate.of(2026, 1, 1))).isEqualTo(new FiscalYear(2025));
    }

    @Test
    void contains_its_first_and_last_day_only() {
        FiscalYear fy = new FiscalYear(2024);
        assertThat(fy.contains(LocalDate.of(2024, 4, 1))).isTrue();
        assertThat(fy.contains(LocalDate.of(2025, 3, 31))).isTrue();
        assertThat(fy.contains(LocalDate.of(2024, 3, 31))).isFalse();
        assertThat(fy.contains(LocalDate.of(2025, 4, 1))).isFalse();
    }

    @Test
    void japanese_labels_use_the_reiwa_era() {
        assertThat(new FiscalYear(2026).japaneseLabel()).isEqualTo("令和8年度");
        assertThat(new FiscalYear(2020).japaneseLabel()).isEqualTo("令和2年度");
        assertThat(new FiscalYear(2023).next().japaneseLabel()).isEqualTo("令和6年度");
    }

    @Test
    void the_year_an_era_began_is_its_first_year_named_gannen() {
        // Reiwa began on 1 May 2019: FY2019 is named after the new era, as ministries did.
        assertThat(new FiscalYear(2019).japaneseLabel()).isEqualTo("令和元年度");
        assertThat(new FiscalYear(2018).japaneseLabel()).isEqualTo("平成30年度");
        // Heisei began on 8 January 1989, inside FY1988.
        assertThat(new FiscalYear(1988).japaneseLabel()).isEqualTo("昭和63年度");
        assertThat(new FiscalYear(1989).japaneseLabel()).isEqualTo("平成元年度");
    }

    @Test
    void english_labels_name_the_starting_calendar_year() {
        assertThat(new FiscalYear(2026).englishLabel()).isEqualTo("FY2026");
        assertThat(new FiscalYear(2026).label(Locale.ENGLISH)).isEqualTo("FY2026");
        assertThat(new FiscalYear(2026).label(Locale.JAPANESE)).isEqualTo("令和8年度");
    }

    @Test
    void years_before_the_gregorian_calendar_in_japan_are_refused() {
        assertThatThrownBy(() -> new FiscalYear(1872)).isInstanceOf(IllegalArgumentException.class);
    }
}
