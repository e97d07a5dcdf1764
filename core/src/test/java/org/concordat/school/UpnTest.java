package org.concordat.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UpnTest {

    @ParameterizedTest
    @ValueSource(strings = {"B801200005001", "H801200001001", "R201100018042", "X845212818005", "P207000016049"})
    void accepts_the_reference_permanent_upns(String text) {
        Upn upn = Upn.parse(text);
        assertThat(upn.toString()).isEqualTo(text);
        assertThat(upn.isTemporary()).isFalse();
        assertThat(Upn.isValid(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"T20110001804V", "X00180001701A"})
    void accepts_the_reference_temporary_upns(String text) {
        assertThat(Upn.parse(text).isTemporary()).isTrue();
    }

    @Test
    void exposes_the_allocating_la_establishment_and_year() {
        Upn upn = Upn.parse("R201100018042");
        assertThat(upn.laCode()).isEqualTo(201);
        assertThat(upn.establishmentNumber()).isEqualTo(1000);
        assertThat(upn.allocationYear()).isEqualTo(18);
        assertThat(upn.checkLetter()).isEqualTo('R');
    }

    @Test
    void exposes_parts_with_leading_zeros_as_numbers() {
        Upn upn = Upn.parse("X00180001701A");
        assertThat(upn.laCode()).isEqualTo(1);
        assertThat(upn.establishmentNumber()).isEqualTo(8000);
        assertThat(upn.allocationYear()).isEqualTo(17);
    }

    @Test
    void trims_and_upper_cases() {
        assertThat(Upn.parse("  t20110001804v\t")).hasToString("T20110001804V");
        assertThat(Upn.parse("r201100018042")).isEqualTo(Upn.parse("R201100018042"));
    }

    @ParameterizedTest
    @CsvSource({
        "A801200005001, B",
        "Q207000016049, P",
        "B207000016049, P",
        "R247962919251, Q",
        "X428558133462, W",
        "A12345678901B, L"
    })
    void rejects_a_upn_with_a_wrong_check_letter_naming_the_right_one(String text, char expected) {
        assertThatThrownBy(() -> Upn.parse(text))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessage("UPN \"" + text + "\": check letter should be '" + expected + "'");
        assertThat(Upn.isValid(text)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"E000200005001, 000", "A950000178301, 950", "H243278544154, 243"})
    void rejects_a_good_check_letter_with_an_unknown_la_code(String text, String la) {
        assertThatThrownBy(() -> Upn.parse(text))
                .hasMessage("UPN \"" + text + "\": LA code " + la
                        + " (characters 2 to 4) is not a known local authority code");
    }

    @Test
    void rejects_s_as_the_final_letter_which_mtc_would_accept() {
        assertThatThrownBy(() -> Upn.parse("N20110001804S"))
                .hasMessage(
                        "UPN \"N20110001804S\": character 13 must be a digit or a letter A-Z other than I, O and S");
    }

    @Test
    void rejects_a_letter_before_the_last_character() {
        assertThatThrownBy(() -> Upn.parse("R2011000180S2"))
                .hasMessage("UPN \"R2011000180S2\": characters 2 to 12 must be digits");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "R20110001804", "R2011000180420", "R201100018042 X"})
    void rejects_a_wrong_length(String text) {
        assertThatThrownBy(() -> Upn.parse(text)).hasMessage("UPN \"" + text + "\": must be 13 characters");
    }

    @Test
    void keeps_the_value_as_given_in_the_exception() {
        assertThatThrownBy(() -> Upn.parse(" a801200005001 "))
                .isInstanceOfSatisfying(InvalidIdentifierException.class, e -> {
                    assertThat(e.kind()).isEqualTo("UPN");
                    assertThat(e.value()).isEqualTo(" a801200005001 ");
                });
    }

    @Test
    void does_not_upper_case_look_alike_letters() {
        // U+0131 dotless i upper-cases to I in String.toUpperCase; it must not sneak through.
        assertThat(Upn.isValid("X00180001701\u0131")).isFalse();
    }

    @Test
    void computes_the_check_letter_of_the_worked_examples() {
        assertThat(Upn.computeCheckLetter("201100018042")).isEqualTo('R');
        assertThat(Upn.computeCheckLetter("20110001804V")).isEqualTo('T');
        assertThatThrownBy(() -> Upn.computeCheckLetter("20110001804S"))
                .hasMessage(
                        "UPN body \"20110001804S\": character 12 must be a digit or a letter A-Z other than I, O and S");
        assertThatThrownBy(() -> Upn.computeCheckLetter("2011")).hasMessage("UPN body \"2011\": must be 12 characters");
    }

    @Test
    void knows_new_unitary_welsh_and_special_la_codes_and_not_others() {
        assertThat(Upn.knownLaCodes()).contains(838, 839, 940, 941, 942, 943, 660, 681, 1, 5, 701, 708, 702, 928, 909);
        assertThat(Upn.knownLaCodes()).doesNotContain(0, 6, 243, 950, 999, 817);
        assertThat(Upn.knownLaCodes()).hasSize(161 + 22 + 5 + 7);
    }

    @Test
    void orders_and_compares_by_value() {
        Upn a = Upn.parse("B801200005001");
        Upn b = Upn.parse("H801200001001");
        assertThat(a).isLessThan(b).isNotEqualTo(b).isEqualTo(Upn.parse("b801200005001"));
        assertThat(a.hashCode()).isEqualTo(Upn.parse("B801200005001").hashCode());
    }
}
