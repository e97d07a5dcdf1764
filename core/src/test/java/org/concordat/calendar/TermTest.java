package org.concordat.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TermTest {
    @Test
    void each_term_has_its_two_half_terms_in_order() {
        assertThat(Term.AUTUMN.halfTerms()).containsExactly(HalfTerm.AUTUMN_1, HalfTerm.AUTUMN_2);
        assertThat(Term.SPRING.halfTerms()).containsExactly(HalfTerm.SPRING_1, HalfTerm.SPRING_2);
        assertThat(Term.SUMMER.first()).isEqualTo(HalfTerm.SUMMER_1);
        assertThat(Term.SUMMER.second()).isEqualTo(HalfTerm.SUMMER_2);
    }

    @Test
    void each_half_term_knows_its_term_half_and_dfe_number() {
        assertThat(HalfTerm.AUTUMN_1.term()).isEqualTo(Term.AUTUMN);
        assertThat(HalfTerm.AUTUMN_2.term()).isEqualTo(Term.AUTUMN);
        assertThat(HalfTerm.SPRING_2.term()).isEqualTo(Term.SPRING);
        assertThat(HalfTerm.SUMMER_1.term()).isEqualTo(Term.SUMMER);
        assertThat(HalfTerm.SUMMER_2.half()).isEqualTo(2);
        assertThat(HalfTerm.SPRING_1.half()).isEqualTo(1);
        assertThat(HalfTerm.AUTUMN_1.number()).isEqualTo(1);
        assertThat(HalfTerm.SUMMER_2.number()).isEqualTo(6);
        for (HalfTerm half : HalfTerm.values()) {
            assertThat(HalfTerm.ofNumber(half.number())).isEqualTo(half);
            assertThat(half.term().halfTerms()).contains(half);
        }
    }

    @Test
    void refuses_half_term_numbers_outside_1_to_6() {
        assertThatThrownBy(() -> HalfTerm.ofNumber(0))
                .isInstanceOf(InvalidCalendarValueException.class)
                .hasMessage("half-term number \"0\": must be 1 to 6");
        assertThatThrownBy(() -> HalfTerm.ofNumber(7)).isInstanceOf(InvalidCalendarValueException.class);
    }

    @Test
    void names_terms_and_half_terms_for_prose() {
        assertThat(Term.AUTUMN.displayName()).isEqualTo("Autumn");
        assertThat(Term.SUMMER.displayName()).isEqualTo("Summer");
        assertThat(HalfTerm.SPRING_2.displayName()).isEqualTo("Spring 2");
    }

    @Test
    void parses_term_names_in_any_case_with_or_without_term() {
        assertThat(Term.parse("autumn")).isEqualTo(Term.AUTUMN);
        assertThat(Term.parse(" Spring term ")).isEqualTo(Term.SPRING);
        assertThat(Term.parse("SUMMER")).isEqualTo(Term.SUMMER);
        for (Term term : Term.values()) {
            assertThat(Term.parse(term.displayName())).isEqualTo(term);
        }
    }

    @Test
    void refuses_unknown_term_names() {
        assertThatThrownBy(() -> Term.parse("winter"))
                .isInstanceOf(InvalidCalendarValueException.class)
                .hasMessage("term \"winter\": expected autumn, spring or summer");
        assertThatThrownBy(() -> Term.parse("term")).isInstanceOf(InvalidCalendarValueException.class);
    }

    @Test
    void parses_half_terms_in_several_spellings() {
        assertThat(HalfTerm.parse("autumn 1")).isEqualTo(HalfTerm.AUTUMN_1);
        assertThat(HalfTerm.parse("Spring 2")).isEqualTo(HalfTerm.SPRING_2);
        assertThat(HalfTerm.parse("SUMMER_1")).isEqualTo(HalfTerm.SUMMER_1);
        assertThat(HalfTerm.parse("autumn term 2")).isEqualTo(HalfTerm.AUTUMN_2);
        assertThat(HalfTerm.parse("summer-2")).isEqualTo(HalfTerm.SUMMER_2);
        assertThat(HalfTerm.parse("spring1")).isEqualTo(HalfTerm.SPRING_1);
        for (HalfTerm half : HalfTerm.values()) {
            assertThat(HalfTerm.parse(half.displayName())).isEqualTo(half);
            assertThat(HalfTerm.parse(half.name())).isEqualTo(half);
        }
    }

    @Test
    void refuses_unknown_half_terms() {
        for (String text : new String[] {"autumn 3", "winter 1", "autumn", "1", ""}) {
            assertThatThrownBy(() -> HalfTerm.parse(text))
                    .as(text)
                    .isInstanceOf(InvalidCalendarValueException.class)
                    .hasMessageContaining("expected a term and its half");
        }
    }
}
