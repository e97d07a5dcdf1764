package org.concordat.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.concordat.calendar.AcademicHalfTerm;
import org.concordat.calendar.AcademicTerm;
import org.concordat.calendar.Period;
import org.concordat.calendar.TermCalendar;
import org.junit.jupiter.api.Test;

class ScheduleTest {
    static final Period TWO_YEARS = Period.parse("2025-09-01/2027-08-31");

    @Test
    void reads_and_writes_every_form() {
        for (String text : List.of(
                "2025-10-09",
                "2025-10-09/2025-10-10",
                "2025/26 autumn",
                "2025/26 spring 2",
                "each term 2025-09-01/2027-08-31",
                "each half-term 2025-09-01/2026-08-31")) {
            assertThat(Schedule.parse(text)).hasToString(text);
        }
        assertThat(Schedule.parse(" Each Term 2025-09-01/2027-08-31 ")).isEqualTo(Schedule.eachTerm(TWO_YEARS));
        assertThat(Schedule.parse("2025/26 autumn")).isEqualTo(Schedule.in(AcademicTerm.parse("2025/26 autumn")));
        assertThat(Schedule.parse("2025/26 autumn 1"))
                .isEqualTo(Schedule.in(AcademicHalfTerm.parse("2025/26 autumn 1")));
    }

    @Test
    void a_one_off_occurs_once() {
        assertThat(Schedule.on(LocalDate.of(2025, 10, 9)).occurrences())
                .containsExactly(Period.parse("2025-10-09/2025-10-09"));
        assertThat(Schedule.between(Period.parse("2026-07-06/2026-07-10")).span())
                .contains(Period.parse("2026-07-06/2026-07-10"));
        assertThat(Schedule.on(LocalDate.of(2025, 10, 9)).isRecurring()).isFalse();
    }

    @Test
    void a_term_occurs_over_the_terms_dates() {
        AcademicTerm autumn = AcademicTerm.parse("2025/26 autumn");
        assertThat(Schedule.in(autumn).occurrences())
                .containsExactly(TermCalendar.defaults().periodOf(autumn));
    }

    @Test
    void each_term_over_two_years_occurs_six_times_and_each_half_term_twelve() {
        Schedule termly = Schedule.eachTerm(TWO_YEARS);
        assertThat(termly.isRecurring()).isTrue();
        assertThat(termly.occurrences())
                .hasSize(6)
                .allSatisfy(p -> assertThat(TWO_YEARS.encloses(p)).isTrue());
        assertThat(Schedule.eachHalfTerm(TWO_YEARS).occurrences()).hasSize(12);
    }

    @Test
    void each_term_clips_occurrences_to_its_period() {
        Period autumnOnly = Period.parse("2025-10-01/2025-12-31");
        List<Period> occurrences = Schedule.eachTerm(autumnOnly).occurrences();
        assertThat(occurrences).hasSize(1);
        assertThat(occurrences.get(0).start()).isEqualTo(LocalDate.of(2025, 10, 1));
    }

    @Test
    void each_term_in_a_summer_holiday_has_no_occurrence_and_no_span() {
        Schedule holiday = Schedule.eachTerm(Period.parse("2026-08-01/2026-08-20"));
        assertThat(holiday.occurrences()).isEmpty();
        assertThat(holiday.span()).isEmpty();
    }

    @Test
    void rejects_other_text_naming_the_forms() {
        assertThatThrownBy(() -> Schedule.parse("next Tuesday"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("schedule \"next Tuesday\": ");
        assertThatThrownBy(() -> Schedule.parse("2025-13-01")).hasMessageStartingWith("schedule \"2025-13-01\": ");
        assertThatThrownBy(() -> Schedule.parse("2025-10-10/2025-10-01"))
                .hasMessageStartingWith("schedule \"2025-10-10/2025-10-01\": ");
        assertThatThrownBy(() -> Schedule.parse("each term soon"))
                .hasMessageStartingWith("schedule \"each term soon\"");
        assertThatThrownBy(() -> Schedule.parse("")).hasMessageContaining("expected a date");
    }
}
