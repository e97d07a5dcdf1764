package org.concordat.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TermCalendarTest {
    private static final AcademicYear Y2025 = AcademicYear.of(2025);
    private static final AcademicYear Y2026 = AcademicYear.of(2026);

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static final TermDates REAL_2025 = TermDates.builder(Y2025)
            .halfTerm(HalfTerm.AUTUMN_1, d("2025-09-03"), d("2025-10-24"))
            .halfTerm(HalfTerm.AUTUMN_2, d("2025-11-03"), d("2025-12-19"))
            .halfTerm(HalfTerm.SPRING_1, d("2026-01-05"), d("2026-02-13"))
            .halfTerm(HalfTerm.SPRING_2, d("2026-02-23"), d("2026-03-27"))
            .halfTerm(HalfTerm.SUMMER_1, d("2026-04-13"), d("2026-05-22"))
            .halfTerm(HalfTerm.SUMMER_2, d("2026-06-01"), d("2026-07-21"))
            .build();

    @Test
    void uses_supplied_dates_for_their_year_and_defaults_for_others() {
        TermCalendar calendar = TermCalendar.of(List.of(REAL_2025));
        assertThat(calendar.termDates(Y2025)).isEqualTo(REAL_2025);
        assertThat(calendar.termDates(Y2026)).isEqualTo(TermDates.defaults(Y2026));
        assertThat(TermCalendar.defaults().termDates(Y2025)).isEqualTo(TermDates.defaults(Y2025));
        assertThat(calendar.supplied()).containsOnlyKeys(Y2025);
    }

    @Test
    void refuses_two_sets_of_dates_for_one_year() {
        assertThatThrownBy(() -> TermCalendar.of(List.of(REAL_2025, TermDates.defaults(Y2025))))
                .isInstanceOf(InvalidCalendarValueException.class)
                .hasMessage("term dates \"2025/26\": supplied twice for the same academic year");
    }

    @Test
    void replaces_a_years_dates_in_a_copy() {
        TermCalendar calendar = TermCalendar.defaults().with(REAL_2025);
        assertThat(calendar.termDates(Y2025)).isEqualTo(REAL_2025);
        assertThat(TermCalendar.defaults().supplied()).isEmpty();
        TermCalendar back = calendar.with(TermDates.defaults(Y2025));
        assertThat(back.termDates(Y2025)).isEqualTo(TermDates.defaults(Y2025));
        assertThat(back).isNotEqualTo(TermCalendar.defaults());
    }

    @Test
    void finds_terms_and_half_terms_in_session_by_date() {
        TermCalendar calendar = TermCalendar.of(List.of(REAL_2025));
        assertThat(calendar.termOn(d("2025-09-02"))).isEmpty();
        assertThat(calendar.termOn(d("2025-09-03"))).contains(AcademicTerm.parse("2025/26 autumn"));
        assertThat(calendar.halfTermOn(d("2026-03-02"))).contains(AcademicHalfTerm.parse("2025/26 spring 2"));
        assertThat(calendar.halfTermOn(d("2026-12-25"))).isEmpty();
        assertThat(calendar.termOn(d("2026-09-10"))).contains(AcademicTerm.parse("2026/27 autumn"));
    }

    @Test
    void plans_dates_into_terms_of_the_right_year() {
        TermCalendar calendar = TermCalendar.defaults();
        assertThat(calendar.planningTermOf(d("2026-08-15"))).isEqualTo(AcademicTerm.parse("2025/26 summer"));
        assertThat(calendar.planningTermOf(d("2026-09-01"))).isEqualTo(AcademicTerm.parse("2026/27 autumn"));
        assertThat(calendar.planningHalfTermOf(d("2025-10-28"))).isEqualTo(AcademicHalfTerm.parse("2025/26 autumn 1"));
    }

    @Test
    void gives_periods_of_terms_in_any_year() {
        TermCalendar calendar = TermCalendar.of(List.of(REAL_2025));
        assertThat(calendar.periodOf(AcademicTerm.parse("2025/26 autumn")))
                .isEqualTo(Period.parse("2025-09-03/2025-12-19"));
        assertThat(calendar.periodOf(AcademicHalfTerm.parse("2026/27 autumn 1")))
                .isEqualTo(TermDates.defaults(Y2026).periodOf(HalfTerm.AUTUMN_1));
    }

    @Test
    void lists_the_terms_a_two_year_plan_covers() {
        TermCalendar calendar = TermCalendar.defaults();
        Period plan = Period.parse("2025-09-01/2027-08-31");
        assertThat(calendar.termsOverlapping(plan))
                .extracting(AcademicTerm::toString)
                .containsExactly(
                        "2025/26 autumn",
                        "2025/26 spring",
                        "2025/26 summer",
                        "2026/27 autumn",
                        "2026/27 spring",
                        "2026/27 summer");
        assertThat(calendar.halfTermsOverlapping(plan)).hasSize(12);
    }

    @Test
    void lists_only_terms_in_session_during_a_period() {
        TermCalendar calendar = TermCalendar.defaults();
        // From the October break to the day before spring starts: only autumn 2 is in session.
        assertThat(calendar.halfTermsOverlapping(Period.parse("2025-10-27/2026-01-04")))
                .containsExactly(AcademicHalfTerm.parse("2025/26 autumn 2"));
        assertThat(calendar.termsOverlapping(Period.parse("2025-12-20/2026-01-04")))
                .isEmpty();
        assertThat(calendar.termsOverlapping(Period.parse("2026-03-27/2026-04-13")))
                .containsExactly(AcademicTerm.parse("2025/26 spring"), AcademicTerm.parse("2025/26 summer"));
    }

    @Test
    void is_equal_by_supplied_dates_and_names_them() {
        assertThat(TermCalendar.of(List.of(REAL_2025)))
                .isEqualTo(TermCalendar.defaults().with(REAL_2025))
                .hasSameHashCodeAs(TermCalendar.defaults().with(REAL_2025))
                .isNotEqualTo(TermCalendar.defaults())
                .isNotEqualTo("calendar");
        assertThat(TermCalendar.defaults()).hasToString("TermCalendar[defaults only]");
        assertThat(TermCalendar.of(List.of(REAL_2025, TermDates.defaults(Y2026))))
                .hasToString("TermCalendar[supplied 2025/26, 2026/27]");
    }

    @Test
    void a_half_term_break_is_not_in_session_for_any_term() {
        // Regression: found by the property test in testkit (period 2025-10-25/2025-10-25), when
        // terms were matched by their whole period, which encloses the October break.
        TermCalendar calendar = TermCalendar.defaults();
        assertThat(calendar.termsOverlapping(Period.parse("2025-10-25/2025-10-25")))
                .isEmpty();
        assertThat(calendar.termsOverlapping(Period.parse("2025-10-25/2025-11-02")))
                .isEmpty();
        assertThat(calendar.termsOverlapping(Period.parse("2025-10-24/2025-11-02")))
                .containsExactly(AcademicTerm.parse("2025/26 autumn"));
    }
}
