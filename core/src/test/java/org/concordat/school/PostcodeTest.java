package org.concordat.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PostcodeTest {

    @ParameterizedTest
    @CsvSource({
        "sw1a1aa, SW1A 1AA",
        "'  SW1A   1AA ', SW1A 1AA",
        "m11aa, M1 1AA",
        "M60 1NW, M60 1NW",
        "cr2 6xh, CR2 6XH",
        "DN551PT, DN55 1PT",
        "W1A 1HQ, W1A 1HQ",
        "ec1a 1bb, EC1A 1BB",
        "ZZ99 9ZZ, ZZ99 9ZZ"
    })
    void normalises_to_upper_case_with_one_space(String text, String canonical) {
        assertThat(Postcode.parse(text)).hasToString(canonical);
        assertThat(Postcode.isValid(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"EC3A 5DE", "SE2 9PX", "GU15 3QB", "S36 7BX", "SP3 4RZ", "HP16 0BD"})
    void accepts_real_gias_postcodes(String text) {
        assertThat(Postcode.parse(text)).hasToString(text);
    }

    @Test
    void exposes_outward_and_inward_codes() {
        Postcode p = Postcode.parse("sw1a1aa");
        assertThat(p.outwardCode()).isEqualTo("SW1A");
        assertThat(p.inwardCode()).isEqualTo("1AA");
    }

    @Test
    void rejects_excluded_inward_letters() {
        assertThatThrownBy(() -> Postcode.parse("SW1A 1CA"))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessage("postcode \"SW1A 1CA\": inward code 1CA must be a digit and two letters other than"
                        + " C, I, K, M, O and V");
        for (char c : "CIKMOV".toCharArray()) {
            assertThat(Postcode.isValid("M1 1A" + c)).as("letter %s", c).isFalse();
        }
    }

    @Test
    void rejects_an_outward_code_of_the_wrong_shape() {
        assertThatThrownBy(() -> Postcode.parse("1M 1AA"))
                .hasMessage("postcode \"1M 1AA\": outward code 1M must have the shape A9, A99, AA9, AA99, A9A or AA9A");
        assertThat(Postcode.isValid("GIR 0AA")).isFalse();
        assertThat(Postcode.isValid("BFPO 123")).isFalse();
        assertThat(Postcode.isValid("SW1AA 1AA")).isFalse();
        assertThat(Postcode.isValid("S1AA 1AA")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "SW1A", "SW1A 1A", "S W1A 1AA", "SW1A-1AA", "SW1A 1AA X"})
    void rejects_text_that_is_not_two_parts(String text) {
        assertThatThrownBy(() -> Postcode.parse(text))
                .hasMessage("postcode \"" + text + "\": must be an outward code and an inward code, as SW1A 1AA");
        assertThat(Postcode.isValid(text)).isFalse();
    }

    @Test
    void compares_by_canonical_form() {
        assertThat(Postcode.parse("m1 1aa")).isEqualTo(Postcode.parse("M11AA")).isLessThan(Postcode.parse("M60 1NW"));
        assertThat(Postcode.parse("m1 1aa").hashCode())
                .isEqualTo(Postcode.parse("M1 1AA").hashCode());
        assertThat(Postcode.parse("M1 1AA")).isNotEqualTo(Postcode.parse("M1 1AB"));
    }
}
