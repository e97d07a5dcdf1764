package org.concordat.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AcademicYearTest {
    private static final AcademicYear Y2025 = AcademicYear.of(2025);

    @Test
    void runs_from_1_september_to_31_august() {
        assertThat(Y2025.start()).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(Y2025.end()).isEqualTo(LocalDate.of(2026, 8, 31));
        assertThat(Y2025.period()).isEqualTo(Period.parse("2025-09-01/2026-08-31"));
        assertThat(Y2025.startYear()).isEqualTo(2025);
        assertThat(Y2025.endYear()).isEqualTo(2026);
    }

    @Test
    void prints_as_start_year_slash_two_digit_end_year() {
        assertThat(Y2025).hasToString("2025/26");
        assertThat(AcademicYear.of(1999)).hasToString("1999/00");
        assertThat(AcademicYear.of(2009)).hasToString("2009/10");
    }

    @Test
    void parses_slash_dash_dfe_code_and_full_forms() {
        assertThat(AcademicYear.parse("2025/26")).isEqualTo(Y2025);
        assertThat(AcademicYear.parse("2025-26")).isEqualTo(Y2025);
        assertThat(AcademicYear.parse("202526")).isEqualTo(Y2025);
        assertThat(AcademicYear.parse("2025/2026")).isEqualTo(Y2025);
        assertThat(AcademicYear.parse(" 2025/26 ")).isEqualTo(Y2025);
        assertThat(AcademicYear.parse("1999/00")).isEqualTo(AcademicYear.of(1999));
    }

    @Test
    void refuses_years_that_do_not_follow_each_other() {
        assertThatThrownBy(() -> AcademicYear.parse("2025/27"))
                .isInstanceOf(InvalidCalendarValueException.class)
                .hasMessage("academic year \"2025/27\": the second year must follow the first (expected \"2025/26\")");
        assertThatThrownBy(() -> AcademicYear.parse("2025/2025")).isInstanceOf(InvalidCalendarValueException.class);
        assertThatThrownBy(() -> AcademicYear.parse("1999/99")).isInstanceOf(InvalidCalendarValueException.class);
    }

    @Test
    void refuses_other_shapes() {
        for (String text : new String[] {"2025", "25/26", "2025/6", "2025 26", "year 2025/26", "", "2025/26/27"}) {
            assertThatThrownBy(() -> AcademicYear.parse(text))
                    .as(text)
                    .isInstanceOf(InvalidCalendarValueException.class)
                    .hasMessageContaining("expected the form 2025/26");
        }
    }

    @Test
    void refuses_start_years_outside_the_four_digit_range() {
        assertThatThrownBy(() -> AcademicYear.of(999))
                .isInstanceOf(InvalidCalendarValueException.class)
                .hasMessage("academic year start year \"999\": must be between 1000 and 9998");
        assertThatThrownBy(() -> AcademicYear.of(9999)).isInstanceOf(InvalidCalendarValueException.class);
        assertThat(AcademicYear.of(1000).startYear()).isEqualTo(1000);
        assertThat(AcademicYear.of(9998)).hasToString("9998/99");
    }

    @Test
    void a_date_from_1_september_belongs_to_the_year_starting_then() {
        assertThat(AcademicYear.containing(LocalDate.of(2025, 9, 1))).isEqualTo(Y2025);
        assertThat(AcademicYear.containing(LocalDate.of(2025, 12, 31))).isEqualTo(Y2025);
        assertThat(AcademicYear.containing(LocalDate.of(2026, 1, 1))).isEqualTo(Y2025);
        assertThat(AcademicYear.containing(LocalDate.of(2026, 8, 31))).isEqualTo(Y2025);
        assertThat(AcademicYear.containing(LocalDate.of(2025, 8, 31))).isEqualTo(AcademicYear.of(2024));
        assertThat(AcademicYear.containing(LocalDate.of(2024, 2, 29))).isEqualTo(AcademicYear.of(2023));
    }

    @Test
    void contains_its_own_days_only() {
        assertThat(Y2025.contains(LocalDate.of(2025, 9, 1))).isTrue();
        assertThat(Y2025.contains(LocalDate.of(2026, 8, 31))).isTrue();
        assertThat(Y2025.contains(LocalDate.of(2025, 8, 31))).isFalse();
        assertThat(Y2025.contains(LocalDate.of(2026, 9, 1))).isFalse();
    }

    @Test
    void fixes_ages_on_the_31_august_before_it_starts() {
        assertThat(Y2025.ageCutOff()).isEqualTo(LocalDate.of(2025, 8, 31));
    }

    @Test
    void steps_to_the_next_and_previous_years() {
        assertThat(Y2025.next()).isEqualTo(AcademicYear.of(2026));
        assertThat(Y2025.previous()).isEqualTo(AcademicYear.of(2024));
        assertThat(Y2025.plusYears(2)).isEqualTo(AcademicYear.of(2027));
        assertThat(Y2025.plusYears(-25)).isEqualTo(AcademicYear.of(2000));
        assertThat(Y2025.next().start()).isEqualTo(Y2025.end().plusDays(1));
    }

    @Test
    void refuses_to_step_past_the_supported_range() {
        assertThatThrownBy(() -> AcademicYear.of(9998).next()).isInstanceOf(InvalidCalendarValueException.class);
        assertThatThrownBy(() -> AcademicYear.of(1000).previous()).isInstanceOf(InvalidCalendarValueException.class);
        assertThatThrownBy(() -> Y2025.plusYears(Integer.MAX_VALUE)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void gives_the_dfe_time_period_code() {
        assertThat(Y2025.timePeriodCode()).isEqualTo("202526");
        assertThat(AcademicYear.of(1999).timePeriodCode()).isEqualTo("199900");
        assertThat(AcademicYear.parse(Y2025.timePeriodCode())).isEqualTo(Y2025);
    }

    @Test
    void orders_and_compares_by_start_year() {
        assertThat(AcademicYear.of(2024)).isLessThan(Y2025);
        assertThat(Y2025).isEqualByComparingTo(AcademicYear.parse("2025-26"));
        assertThat(Y2025)
                .isEqualTo(AcademicYear.of(2025))
                .hasSameHashCodeAs(AcademicYear.of(2025))
                .isNotEqualTo(AcademicYear.of(2026))
                .isNotEqualTo("2025/26");
    }
}
