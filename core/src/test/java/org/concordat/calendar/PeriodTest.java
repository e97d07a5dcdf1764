package org.concordat.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {
    private static final LocalDate SEP_1 = LocalDate.of(2025, 9, 1);
    private static final LocalDate AUG_31 = LocalDate.of(2026, 8, 31);

    private static Period p(String start, String end) {
        return Period.of(LocalDate.parse(start), LocalDate.parse(end));
    }

    @Test
    void holds_its_start_and_end() {
        Period period = Period.of(SEP_1, AUG_31);
        assertThat(period.start()).isEqualTo(SEP_1);
        assertThat(period.end()).isEqualTo(AUG_31);
    }

    @Test
    void refuses_a_start_after_its_end_naming_both_dates() {
        assertThatThrownBy(() -> Period.of(AUG_31, SEP_1))
                .isInstanceOf(InvalidCalendarValueException.class)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("period \"2026-08-31/2025-09-01\": start 2026-08-31 must not be after end 2025-09-01");
    }

    @Test
    void a_single_day_is_a_period_of_one_day() {
        Period day = Period.ofDay(SEP_1);
        assertThat(day.days()).isEqualTo(1);
        assertThat(day.contains(SEP_1)).isTrue();
        assertThat(day.dates()).containsExactly(SEP_1);
    }

    @Test
    void counts_both_ends_in_its_days() {
        assertThat(Period.of(SEP_1, AUG_31).days()).isEqualTo(365);
        assertThat(p("2023-09-01", "2024-08-31").days()).isEqualTo(366);
        assertThat(p("2025-09-01", "2025-09-03").dates()).hasSize(3);
    }

    @Test
    void contains_both_ends_and_nothing_outside() {
        Period period = Period.of(SEP_1, AUG_31);
        assertThat(period.contains(SEP_1)).isTrue();
        assertThat(period.contains(AUG_31)).isTrue();
        assertThat(period.contains(SEP_1.minusDays(1))).isFalse();
        assertThat(period.contains(AUG_31.plusDays(1))).isFalse();
    }

    @Test
    void overlaps_when_sharing_a_single_day() {
        Period a = p("2025-09-01", "2025-10-01");
        assertThat(a.overlaps(p("2025-10-01", "2025-11-01"))).isTrue();
        assertThat(a.overlaps(p("2025-10-02", "2025-11-01"))).isFalse();
        assertThat(p("2025-10-02", "2025-11-01").overlaps(a)).isFalse();
        assertThat(a.overlaps(p("2025-09-10", "2025-09-11"))).isTrue();
    }

    @Test
    void intersects_to_the_shared_days_or_empty() {
        Period a = p("2025-09-01", "2025-10-31");
        assertThat(a.intersection(p("2025-10-01", "2025-12-01"))).contains(p("2025-10-01", "2025-10-31"));
        assertThat(p("2025-10-01", "2025-12-01").intersection(a)).contains(p("2025-10-01", "2025-10-31"));
        assertThat(a.intersection(p("2025-09-05", "2025-09-06"))).contains(p("2025-09-05", "2025-09-06"));
        assertThat(a.intersection(p("2025-11-01", "2025-12-01"))).isEmpty();
    }

    @Test
    void encloses_periods_wholly_inside_including_itself() {
        Period a = p("2025-09-01", "2025-10-31");
        assertThat(a.encloses(a)).isTrue();
        assertThat(a.encloses(p("2025-09-02", "2025-10-30"))).isTrue();
        assertThat(a.encloses(p("2025-08-31", "2025-10-30"))).isFalse();
        assertThat(a.encloses(p("2025-09-02", "2025-11-01"))).isFalse();
    }

    @Test
    void prints_iso_dates_joined_by_a_slash_and_parses_them_back() {
        Period period = Period.of(SEP_1, AUG_31);
        assertThat(period).hasToString("2025-09-01/2026-08-31");
        assertThat(Period.parse("2025-09-01/2026-08-31")).isEqualTo(period);
        assertThat(Period.parse("  2025-09-01 / 2026-08-31 ")).isEqualTo(period);
    }

    @Test
    void refuses_text_without_exactly_one_slash() {
        assertThatThrownBy(() -> Period.parse("2025-09-01"))
                .isInstanceOf(InvalidCalendarValueException.class)
                .hasMessageContaining("\"2025-09-01\"")
                .hasMessageContaining("joined by '/'");
        assertThatThrownBy(() -> Period.parse("2025-09-01/2025-09-02/2025-09-03"))
                .isInstanceOf(InvalidCalendarValueException.class);
    }

    @Test
    void refuses_a_part_that_is_not_an_iso_date() {
        assertThatThrownBy(() -> Period.parse("2025-09-01/31-08-2026"))
                .isInstanceOf(InvalidCalendarValueException.class)
                .hasMessage("period \"2025-09-01/31-08-2026\": \"31-08-2026\" is not an ISO date (yyyy-mm-dd)");
    }

    @Test
    void refuses_parsed_dates_in_the_wrong_order() {
        assertThatThrownBy(() -> Period.parse("2026-08-31/2025-09-01"))
                .isInstanceOf(InvalidCalendarValueException.class)
                .hasMessageContaining("must not be after end");
    }

    @Test
    void is_equal_by_value() {
        assertThat(Period.of(SEP_1, AUG_31))
                .isEqualTo(Period.of(SEP_1, AUG_31))
                .hasSameHashCodeAs(Period.of(SEP_1, AUG_31))
                .isNotEqualTo(Period.of(SEP_1, AUG_31.minusDays(1)))
                .isNotEqualTo(Period.of(SEP_1.plusDays(1), AUG_31))
                .isNotEqualTo("2025-09-01/2026-08-31");
    }
}
