package org.concordat.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UlnTest {

    @ParameterizedTest
    @ValueSource(strings = {"9276308686", "1000000043", "1000102504"})
    void accepts_the_reference_ulns(String text) {
        assertThat(Uln.parse(text)).hasToString(text);
        assertThat(Uln.isValid(text)).isTrue();
    }

    @Test
    void accepts_a_check_digit_of_zero() {
        // weighted sum of 100000000 is 10, remainder 10, check digit 0
        assertThat(Uln.computeCheckDigit("100000000")).isZero();
        assertThat(Uln.parse("1000000000").value()).isEqualTo(1_000_000_000L);
    }

    @Test
    void rejects_a_wrong_check_digit_naming_the_right_one() {
        assertThatThrownBy(() -> Uln.parse("1000000042"))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessage("ULN \"1000000042\": check digit should be 3");
    }

    @Test
    void rejects_nine_digits_that_no_check_digit_completes() {
        assertThatThrownBy(() -> Uln.parse("1000000063"))
                .hasMessage("ULN \"1000000063\": no check digit makes it valid"
                        + " (weighted sum of the first nine digits is divisible by 11)");
        assertThatThrownBy(() -> Uln.computeCheckDigit("100000006"))
                .hasMessage("ULN body \"100000006\": no check digit makes it valid"
                        + " (weighted sum of the first nine digits is divisible by 11)");
    }

    @Test
    void rejects_the_ilr_placeholder() {
        assertThat(Uln.isValid("9999999999")).isFalse();
    }

    @Test
    void rejects_a_leading_zero() {
        assertThatThrownBy(() -> Uln.parse("0276308686")).hasMessage("ULN \"0276308686\": first digit must not be 0");
        assertThatThrownBy(() -> Uln.computeCheckDigit("027630868"))
                .hasMessage("ULN body \"027630868\": must be nine digits, the first not 0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "927630868", "92763086860", "92763O8686", "９276308686"})
    void rejects_anything_but_ten_ascii_digits(String text) {
        assertThatThrownBy(() -> Uln.parse(text)).hasMessage("ULN \"" + text + "\": must be ten digits");
    }

    @Test
    void trims_and_compares_by_number() {
        assertThat(Uln.parse(" 9276308686 ")).isEqualTo(Uln.parse("9276308686"));
        assertThat(Uln.parse("1000000043")).isLessThan(Uln.parse("9276308686"));
        assertThat(Uln.parse("1000000043").hashCode())
                .isEqualTo(Uln.parse("1000000043").hashCode());
        assertThat(Uln.computeCheckDigit("100000004")).isEqualTo(3);
    }
}
