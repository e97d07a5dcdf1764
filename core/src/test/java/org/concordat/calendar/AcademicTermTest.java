package org.concordat.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AcademicTermTest {
    private static final AcademicYear Y2025 = AcademicYear.of(2025);

    @Test
    void holds_its_year_and_term() {
        AcademicTerm term = AcademicTerm.of(Y2025, Term.SPRING);
        assertThat(term.year()).isEqualTo(Y2025);
        assertThat(term.term()).isEqualTo(Term.SPRING);
        assertThat(term.halfTerms())
                .containsExactly(
                        AcademicHalfTerm.of(Y2025, HalfTerm.SPRING_1), AcademicHalfTerm.of(Y2025, HalfTerm.SPRING_2));
    }

    @Test
    void prints_year_and_lower_case_term_and_parses_it_back() {
        AcademicTerm term = AcademicTerm.of(Y2025, Term.AUTUMN);
        assertThat(term).hasToString("2025/26 autumn");
        assertThat(AcademicTerm.parse("2025/26 autumn")).isEqualTo(term);
        assertThat(AcademicTerm.parse(" 2025-26   Autumn term ")).isEqualTo(term);
        assertThat(AcademicTerm.parse("202526 AUTUMN")).isEqualTo(term);
    }

    @Test
    void refuses_text_without_both_parts_or_with_a_bad_part() {
        assertThatThrownBy(() -> AcademicTerm.parse("2025/26"))
                .isInstanceOf(InvalidCalendarValueException.class)
                .hasMessage("academic term \"2025/26\": expected an academic year and a term, e.g. \"2025/26 autumn\"");
        assertThatThrownBy(() -> AcademicTerm.parse("2025/27 autumn"))
                .isInstanceOf(InvalidCalendarValueException.class)
                .hasMessageContaining("2025/27");
        assertThatThrownBy(() -> AcademicTerm.parse("2025/26 winter"))
                .isInstanceOf(InvalidCalendarValueException.class)
                .hasMessageContaining("winter");
    }

    @Test
    void steps_through_terms_across_years() {
        AcademicTerm autumn = AcademicTerm.of(Y2025, Term.AUTUMN);
        assertThat(autumn.next()).isEqualTo(AcademicTerm.of(Y2025, Term.SPRING));
        assertThat(autumn.next().next()).isEqualTo(AcademicTerm.of(Y2025, Term.SUMMER));
        assertThat(autumn.next().next().next()).isEqualTo(AcademicTerm.of(Y2025.next(), Term.AUTUMN));
        assertThat(autumn.previous()).isEqualTo(AcademicTerm.of(Y2025.previous(), Term.SUMMER));
        assertThat(autumn.next().previous()).isEqualTo(autumn);
    }

    @Test
    void orders_by_year_then_term() {
        assertThat(AcademicTerm.of(Y2025, Term.SUMMER)).isLessThan(AcademicTerm.of(Y2025.next(), Term.AUTUMN));
        assertThat(AcademicTerm.of(Y2025, Term.AUTUMN)).isLessThan(AcademicTerm.of(Y2025, Term.SPRING));
        assertThat(AcademicTerm.of(Y2025, Term.AUTUMN))
                .isEqualTo(AcademicTerm.parse("2025/26 autumn"))
                .hasSameHashCodeAs(AcademicTerm.parse("2025/26 autumn"))
                .isNotEqualTo(AcademicTerm.of(Y2025, Term.SPRING))
                .isNotEqualTo(AcademicTerm.of(Y2025.next(), Term.AUTUMN))
                .isNotEqualTo("2025/26 autumn");
    }

    @Test
    void half_terms_print_parse_and_know_their_term() {
        AcademicHalfTerm half = AcademicHalfTerm.of(Y2025, HalfTerm.SPRING_2);
        assertThat(half.year()).isEqualTo(Y2025);
        assertThat(half.halfTerm()).isEqualTo(HalfTerm.SPRING_2);
        assertThat(half).hasToString("2025/26 spring 2");
        assertThat(AcademicHalfTerm.parse("2025/26 spring 2")).isEqualTo(half);
        assertThat(AcademicHalfTerm.parse("2025-26 Spring term 2")).isEqualTo(half);
        assertThat(half.academicTerm()).isEqualTo(AcademicTerm.of(Y2025, Term.SPRING));
    }

    @Test
    void half_terms_refuse_text_without_both_parts() {
        assertThatThrownBy(() -> AcademicHalfTerm.parse("spring"))
                .isInstanceOf(InvalidCalendarValueException.class)
                .hasMessageContaining("academic half-term \"spring\"");
        assertThatThrownBy(() -> AcademicHalfTerm.parse("2025/26 spring"))
                .isInstanceOf(InvalidCalendarValueException.class);
    }

    @Test
    void half_terms_step_across_years_and_order_in_time() {
        AcademicHalfTerm last = AcademicHalfTerm.of(Y2025, HalfTerm.SUMMER_2);
        assertThat(last.next()).isEqualTo(AcademicHalfTerm.of(Y2025.next(), HalfTerm.AUTUMN_1));
        assertThat(last.next().previous()).isEqualTo(last);
        assertThat(last.previous()).isEqualTo(AcademicHalfTerm.of(Y2025, HalfTerm.SUMMER_1));
        assertThat(AcademicHalfTerm.of(Y2025, HalfTerm.AUTUMN_1).next())
                .isEqualTo(AcademicHalfTerm.of(Y2025, HalfTerm.AUTUMN_2));
        assertThat(last).isLessThan(last.next()).isGreaterThan(last.previous());
        assertThat(last)
                .isEqualTo(AcademicHalfTerm.parse("2025/26 summer 2"))
                .hasSameHashCodeAs(AcademicHalfTerm.parse("2025/26 summer 2"))
                .isNotEqualTo(last.next())
                .isNotEqualTo(AcademicHalfTerm.of(Y2025.next(), HalfTerm.SUMMER_2))
                .isNotEqualTo("2025/26 summer 2");
    }
}
