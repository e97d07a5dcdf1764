package org.concordat.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.concordat.calendar.AcademicYear;
import org.concordat.calendar.HalfTerm;
import org.concordat.calendar.TermCalendar;
import org.junit.jupiter.api.Test;

class TermDatesFileTest {
    private static final String YEAR = """
            # comment
            2025/26 autumn 1: 2025-09-03/2025-10-24

            2025/26 autumn 2: 2025-11-03/2025-12-19
            2025-26 Spring 1: "2026-01-05/2026-02-13"
            2025/26 spring 2: 2026-02-23/2026-03-27
            2025/26 summer 1: 2026-04-13/2026-05-22
            2025/26 summer 2: 2026-06-01/2026-07-21
            """;

    @Test
    void reads_the_six_half_terms_of_a_year_and_keeps_the_defaults_for_other_years() {
        TermCalendar calendar = TermDatesFile.parse(YEAR, "dates.txt");
        assertThat(calendar.supplied()).containsOnlyKeys(AcademicYear.of(2025));
        assertThat(calendar.termDates(AcademicYear.of(2025))
                        .periodOf(HalfTerm.SPRING_1)
                        .start())
                .isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(calendar.termDates(AcademicYear.of(2026)))
                .isEqualTo(TermCalendar.defaults().termDates(AcademicYear.of(2026)));
    }

    @Test
    void names_the_line_of_a_malformed_entry() {
        assertThatThrownBy(() -> TermDatesFile.parse("# x\n2025/26 autumn 1 2025-09-03/2025-10-24\n", "dates.txt"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("dates.txt:2: expected \"HALF-TERM: FIRST-DAY/LAST-DAY\", e.g. \"2025/26 autumn 1:"
                        + " 2025-09-03/2025-10-24\"");
        assertThatThrownBy(() -> TermDatesFile.parse("2025/26 autumn 1: 2025-10-24/2025-09-03\n", "dates.txt"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("dates.txt:1: period \"2025-10-24/2025-09-03\"");
        assertThatThrownBy(() -> TermDatesFile.parse(YEAR + "2025/26 autumn 1: 2025-09-04/2025-10-24\n", "d"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("d:9: 2025/26 autumn 1 is given twice");
    }

    @Test
    void refuses_a_year_without_all_six_half_terms() {
        assertThatThrownBy(
                        () -> TermDatesFile.parse(YEAR.replace("2025/26 summer 2: 2026-06-01/2026-07-21\n", ""), "d"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("d: term dates \"2025/26\": missing Summer 2");
    }
}
