package org.concordat.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TermDatesTest {
    private static final AcademicYear Y2025 = AcademicYear.of(2025);
    private static final TermDates DEFAULTS = TermDates.defaults(Y2025);

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    /** A local authority's published calendar for 2025/26, as a school would enter it. */
    private static TermDates.Builder local() {
        return TermDates.builder(Y2025)
                .halfTerm(HalfTerm.AUTUMN_1, d("2025-09-03"), d("2025-10-24"))
                .halfTerm(HalfTerm.AUTUMN_2, d("2025-11-03"), d("2025-12-19"))
                .halfTerm(HalfTerm.SPRING_1, d("2026-01-05"), d("2026-02-13"))
                .halfTerm(HalfTerm.SPRING_2, d("2026-02-23"), d("2026-03-27"))
                .halfTerm(HalfTerm.SUMMER_1, d("2026-04-13"), d("2026-05-22"))
                .halfTerm(HalfTerm.SUMMER_2, Period.parse("2026-06-01/2026-07-21"));
    }

    @Test
    void defaults_for_2025_26_follow_the_documented_rules() {
        assertThat(DEFAULTS.year()).isEqualTo(Y2025);
        assertThat(DEFAULTS.periodOf(HalfTerm.AUTUMN_1)).isEqualTo(Period.parse("2025-09-02/2025-10-24"));
        assertThat(DEFAULTS.periodOf(HalfTerm.AUTUMN_2)).isEqualTo(Period.parse("2025-11-03/2025-12-19"));
        assertThat(DEFAULTS.periodOf(HalfTerm.SPRING_1)).isEqualTo(Period.parse("2026-01-05/2026-02-13"));
        assertThat(DEFAULTS.periodOf(HalfTerm.SPRING_2)).isEqualTo(Period.parse("2026-02-23/2026-03-27"));
        assertThat(DEFAULTS.periodOf(HalfTerm.SUMMER_1)).isEqualTo(Period.parse("2026-04-13/2026-05-22"));
        assertThat(DEFAULTS.periodOf(HalfTerm.SUMMER_2)).isEqualTo(Period.parse("2026-06-01/2026-07-22"));
    }

    @Test
    void defaults_for_2023_24_move_with_weekends_and_an_early_easter() {
        TermDates dates = TermDates.defaults(AcademicYear.of(2023));
        // 2 September 2023 was a Saturday; Easter Sunday 2024 was 31 March.
        assertThat(dates.periodOf(HalfTerm.AUTUMN_1)).isEqualTo(Period.parse("2023-09-04/2023-10-27"));
        assertThat(dates.periodOf(HalfTerm.AUTUMN_2)).isEqualTo(Period.parse("2023-11-06/2023-12-20"));
        assertThat(dates.periodOf(HalfTerm.SPRING_1)).isEqualTo(Period.parse("2024-01-04/2024-02-09"));
        assertThat(dates.periodOf(HalfTerm.SPRING_2)).isEqualTo(Period.parse("2024-02-19/2024-03-22"));
        assertThat(dates.periodOf(HalfTerm.SUMMER_1)).isEqualTo(Period.parse("2024-04-08/2024-05-24"));
        assertThat(dates.periodOf(HalfTerm.SUMMER_2)).isEqualTo(Period.parse("2024-06-03/2024-07-22"));
    }

    @Test
    void computes_easter_sunday_by_the_gregorian_rule() {
        assertThat(DefaultTermDates.easterSunday(2024)).isEqualTo(d("2024-03-31"));
        assertThat(DefaultTermDates.easterSunday(2025)).isEqualTo(d("2025-04-20"));
        assertThat(DefaultTermDates.easterSunday(2026)).isEqualTo(d("2026-04-05"));
        assertThat(DefaultTermDates.easterSunday(2038)).isEqualTo(d("2038-04-25"));
        assertThat(DefaultTermDates.easterSunday(2285)).isEqualTo(d("2285-03-22"));
        assertThat(DefaultTermDates.easterSunday(2000)).isEqualTo(d("2000-04-23"));
    }

    @Test
    void default_half_terms_start_on_weekdays_and_end_on_weekdays() {
        for (int year = 1990; year <= 2100; year++) {
            var halves = TermDates.defaults(AcademicYear.of(year)).halfTermPeriods();
            assertThat(halves).as("half-terms of %d", year).hasSize(6);
            for (Period period : halves.values()) {
                assertThat(period.start().getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
                assertThat(period.end().getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
                assertThat(period.days()).as("%s in %d", period, year).isGreaterThanOrEqualTo(14);
            }
        }
    }

    @Test
    void a_term_runs_from_its_first_half_to_its_second_enclosing_the_break() {
        assertThat(DEFAULTS.periodOf(Term.AUTUMN)).isEqualTo(Period.parse("2025-09-02/2025-12-19"));
        assertThat(DEFAULTS.periodOf(Term.SPRING)).isEqualTo(Period.parse("2026-01-05/2026-03-27"));
        assertThat(DEFAULTS.periodOf(Term.SUMMER)).isEqualTo(Period.parse("2026-04-13/2026-07-22"));
    }

    @Test
    void finds_the_term_and_half_term_in_session() {
        assertThat(DEFAULTS.termOn(d("2025-09-02"))).contains(Term.AUTUMN);
        assertThat(DEFAULTS.halfTermOn(d("2025-10-24"))).contains(HalfTerm.AUTUMN_1);
        assertThat(DEFAULTS.halfTermOn(d("2025-11-03"))).contains(HalfTerm.AUTUMN_2);
        assertThat(DEFAULTS.termOn(d("2026-03-01"))).contains(Term.SPRING);
        assertThat(DEFAULTS.halfTermOn(d("2026-07-22"))).contains(HalfTerm.SUMMER_2);
    }

    @Test
    void finds_no_term_in_holidays_half_term_breaks_or_other_years() {
        assertThat(DEFAULTS.termOn(d("2025-09-01"))).isEmpty();
        assertThat(DEFAULTS.termOn(d("2025-10-28"))).isEmpty();
        assertThat(DEFAULTS.halfTermOn(d("2025-12-25"))).isEmpty();
        assertThat(DEFAULTS.termOn(d("2026-04-05"))).isEmpty();
        assertThat(DEFAULTS.termOn(d("2026-08-01"))).isEmpty();
        assertThat(DEFAULTS.termOn(d("2024-10-01"))).isEmpty();
        assertThat(DEFAULTS.isInTerm(d("2025-10-28"))).isFalse();
    }

    @Test
    void counts_weekends_in_term_but_not_as_school_days() {
        LocalDate saturday = d("2025-09-06");
        assertThat(DEFAULTS.isInTerm(saturday)).isTrue();
        assertThat(DEFAULTS.isSchoolDay(saturday)).isFalse();
        assertThat(DEFAULTS.isSchoolDay(d("2025-09-07"))).isFalse();
        assertThat(DEFAULTS.isSchoolDay(d("2025-09-08"))).isTrue();
        assertThat(DEFAULTS.isSchoolDay(d("2025-10-28"))).isFalse();
    }

    @Test
    void lists_the_holidays_between_half_terms() {
        assertThat(DEFAULTS.holidays())
                .containsExactly(
                        Period.parse("2025-09-01/2025-09-01"),
                        Period.parse("2025-10-25/2025-11-02"),
                        Period.parse("2025-12-20/2026-01-04"),
                        Period.parse("2026-02-14/2026-02-22"),
                        Period.parse("2026-03-28/2026-04-12"),
                        Period.parse("2026-05-23/2026-05-31"),
                        Period.parse("2026-07-23/2026-08-31"));
    }

    @Test
    void leaves_out_empty_holidays_at_the_ends_of_the_year() {
        TermDates wholeYear = local().halfTerm(HalfTerm.AUTUMN_1, d("2025-09-01"), d("2025-10-24"))
                .halfTerm(HalfTerm.SUMMER_2, d("2026-06-01"), d("2026-08-31"))
                .build();
        assertThat(wholeYear.holidays()).hasSize(5);
        assertThat(wholeYear.holidays().get(0)).isEqualTo(Period.parse("2025-10-25/2025-11-02"));
    }

    @Test
    void plans_holidays_into_the_term_before_them() {
        assertThat(DEFAULTS.planningTermOf(d("2025-09-01"))).isEqualTo(Term.AUTUMN);
        assertThat(DEFAULTS.planningTermOf(d("2025-10-28"))).isEqualTo(Term.AUTUMN);
        assertThat(DEFAULTS.planningTermOf(d("2026-01-01"))).isEqualTo(Term.AUTUMN);
        assertThat(DEFAULTS.planningTermOf(d("2026-01-05"))).isEqualTo(Term.SPRING);
        assertThat(DEFAULTS.planningTermOf(d("2026-04-05"))).isEqualTo(Term.SPRING);
        assertThat(DEFAULTS.planningTermOf(d("2026-04-13"))).isEqualTo(Term.SUMMER);
        assertThat(DEFAULTS.planningTermOf(d("2026-08-31"))).isEqualTo(Term.SUMMER);
        assertThat(DEFAULTS.planningHalfTermOf(d("2025-10-28"))).isEqualTo(HalfTerm.AUTUMN_1);
        assertThat(DEFAULTS.planningHalfTermOf(d("2025-11-03"))).isEqualTo(HalfTerm.AUTUMN_2);
        assertThat(DEFAULTS.planningHalfTermOf(d("2026-02-16"))).isEqualTo(HalfTerm.SPRING_1);
    }

    @Test
    void planning_periods_cover_the_year_without_gaps() {
        assertThat(DEFAULTS.planningPeriodOf(Term.AUTUMN)).isEqualTo(Period.parse("2025-09-01/2026-01-04"));
        assertThat(DEFAULTS.planningPeriodOf(Term.SPRING)).isEqualTo(Period.parse("2026-01-05/2026-04-12"));
        assertThat(DEFAULTS.planningPeriodOf(Term.SUMMER)).isEqualTo(Period.parse("2026-04-13/2026-08-31"));
        assertThat(DEFAULTS.planningPeriodOf(HalfTerm.AUTUMN_1)).isEqualTo(Period.parse("2025-09-01/2025-11-02"));
        assertThat(DEFAULTS.planningPeriodOf(HalfTerm.SUMMER_1)).isEqualTo(Period.parse("2026-04-13/2026-05-31"));
    }

    @Test
    void refuses_to_plan_a_date_from_another_year() {
        assertThatThrownBy(() -> DEFAULTS.planningTermOf(d("2026-09-01")))
                .isInstanceOf(InvalidCalendarValueException.class)
                .hasMessage("date \"2026-09-01\": lies outside the academic year 2025/26 (2025-09-01/2026-08-31)");
        assertThatThrownBy(() -> DEFAULTS.planningHalfTermOf(d("2025-08-31")))
                .isInstanceOf(InvalidCalendarValueException.class);
    }

    @Test
    void accepts_a_local_authoritys_real_dates() {
        TermDates real = local().build();
        assertThat(real.periodOf(HalfTerm.AUTUMN_1)).isEqualTo(Period.parse("2025-09-03/2025-10-24"));
        assertThat(real.termOn(d("2025-09-02"))).isEmpty();
        assertThat(real.periodOf(Term.SUMMER)).isEqualTo(Period.parse("2026-04-13/2026-07-21"));
        assertThat(real.halfTermPeriods()).hasSize(6);
        assertThat(TermDates.of(Y2025, real.halfTermPeriods())).isEqualTo(real);
    }

    @Test
    void refuses_missing_half_terms_naming_them() {
        Map<HalfTerm, Period> partial = new EnumMap<>(DEFAULTS.halfTermPeriods());
        partial.remove(HalfTerm.SPRING_2);
        partial.remove(HalfTerm.AUTUMN_1);
        assertThatThrownBy(() -> TermDates.of(Y2025, partial))
                .isInstanceOf(InvalidCalendarValueException.class)
                .hasMessage("term dates \"2025/26\": missing Autumn 1, Spring 2 (all six half-terms are needed)");
        assertThatThrownBy(() -> TermDates.builder(Y2025).build()).isInstanceOf(InvalidCalendarValueException.class);
    }

    @Test
    void refuses_half_terms_outside_the_academic_year() {
        assertThatThrownBy(() -> local().halfTerm(HalfTerm.AUTUMN_1, d("2025-08-28"), d("2025-10-24"))
                        .build())
                .isInstanceOf(InvalidCalendarValueException.class)
                .hasMessage("term dates \"2025/26\": Autumn 1 2025-08-28/2025-10-24 lies outside the academic year"
                        + " 2025-09-01/2026-08-31");
        assertThatThrownBy(() -> local().halfTerm(HalfTerm.SUMMER_2, d("2026-06-01"), d("2026-09-02"))
                        .build())
                .isInstanceOf(InvalidCalendarValueException.class)
                .hasMessageContaining("Summer 2");
    }

    @Test
    void refuses_overlapping_half_terms() {
        assertThatThrownBy(() -> local().halfTerm(HalfTerm.AUTUMN_2, d("2025-10-24"), d("2025-12-19"))
                        .build())
                .isInstanceOf(InvalidCalendarValueException.class)
                .hasMessage("term dates \"2025/26\": Autumn 2 2025-10-24/2025-12-19 must start after Autumn 1 ends"
                        + " (2025-10-24)");
    }

    @Test
    void refuses_half_terms_out_of_order() {
        assertThatThrownBy(() -> local().halfTerm(HalfTerm.SPRING_1, d("2025-09-03"), d("2025-09-05"))
                        .build())
                .isInstanceOf(InvalidCalendarValueException.class)
                .hasMessageContaining("Spring 1 2025-09-03/2025-09-05 must start after Autumn 2 ends");
    }

    @Test
    void refuses_a_half_term_that_ends_before_it_starts() {
        assertThatThrownBy(() -> local().halfTerm(HalfTerm.SPRING_1, d("2026-02-13"), d("2026-01-05")))
                .isInstanceOf(InvalidCalendarValueException.class)
                .hasMessageContaining("must not be after end");
    }

    @Test
    void is_equal_by_value_and_prints_its_half_terms() {
        assertThat(TermDates.defaults(Y2025))
                .isEqualTo(DEFAULTS)
                .hasSameHashCodeAs(DEFAULTS)
                .isNotEqualTo(local().build())
                .isNotEqualTo(TermDates.defaults(Y2025.next()))
                .isNotEqualTo("2025/26");
        assertThat(DEFAULTS.toString())
                .startsWith("2025/26 {autumn 1=2025-09-02/2025-10-24, autumn 2=2025-11-03/2025-12-19")
                .endsWith("summer 2=2026-06-01/2026-07-22}");
    }

    @Test
    void its_half_term_map_cannot_be_changed() {
        assertThatThrownBy(() -> DEFAULTS.halfTermPeriods().remove(HalfTerm.AUTUMN_1))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
