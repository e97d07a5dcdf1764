package org.concordat.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** URN, UKPRN and LAESTAB: shape-only identifiers. */
class SimpleIdentifiersTest {

    @Test
    void reads_a_urn_and_trims_it() {
        assertThat(Urn.parse(" 100006 ")).isEqualTo(Urn.of(100006)).hasToString("100006");
        assertThat(Urn.parse("402479").value()).isEqualTo(402479);
        assertThat(Urn.isValid("141116")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "20001", "020001", "1000060", "10000a", "EY1234", "１00006"})
    void rejects_a_urn_that_is_not_six_digits(String text) {
        assertThatThrownBy(() -> Urn.parse(text))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessage("URN \"" + text + "\": must be six digits, the first not 0");
        assertThat(Urn.isValid(text)).isFalse();
    }

    @Test
    void refuses_a_urn_number_out_of_range() {
        assertThatThrownBy(() -> Urn.of(20001)).hasMessage("URN \"20001\": must be six digits, the first not 0");
        assertThatThrownBy(() -> Urn.of(1_000_000)).isInstanceOf(InvalidIdentifierException.class);
        assertThat(Urn.of(100006)).isLessThan(Urn.of(400000));
        assertThat(Urn.of(100006).hashCode()).isEqualTo(Urn.parse("100006").hashCode());
    }

    @Test
    void reads_a_ukprn_and_flags_an_unusual_prefix() {
        assertThat(Ukprn.parse("10079319").hasUsualPrefix()).isTrue();
        assertThat(Ukprn.parse("20079319").hasUsualPrefix()).isFalse();
        assertThat(Ukprn.parse("01234567")).hasToString("01234567").isEqualTo(Ukprn.of(1234567));
        assertThat(Ukprn.parse("01234567").hasUsualPrefix()).isFalse();
        assertThat(Ukprn.of(10079319).value()).isEqualTo(10079319);
        assertThat(Ukprn.of(10000044)).isLessThan(Ukprn.of(10097845));
        assertThat(Ukprn.of(10000044).hashCode())
                .isEqualTo(Ukprn.parse("10000044").hashCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1007931", "100793190", "1007931x", "UKPRN10079319"})
    void rejects_a_ukprn_that_is_not_eight_digits(String text) {
        assertThatThrownBy(() -> Ukprn.parse(text)).hasMessage("UKPRN \"" + text + "\": must be eight digits");
        assertThat(Ukprn.isValid(text)).isFalse();
    }

    @Test
    void refuses_a_ukprn_number_out_of_range() {
        assertThatThrownBy(() -> Ukprn.of(-1)).hasMessage("UKPRN \"-1\": must be eight digits");
        assertThatThrownBy(() -> Ukprn.of(100_000_000)).isInstanceOf(InvalidIdentifierException.class);
    }

    @Test
    void reads_a_dfe_number_with_or_without_a_slash() {
        LaEstab plain = LaEstab.parse("3734001");
        assertThat(LaEstab.parse(" 373/4001 ")).isEqualTo(plain);
        assertThat(plain.laCode()).isEqualTo(373);
        assertThat(plain.establishmentNumber()).isEqualTo(4001);
        assertThat(plain).hasToString("3734001");
        assertThat(plain.toSlashedString()).isEqualTo("373/4001");
        assertThat(LaEstab.of(1, 5)).hasToString("0010005");
        assertThat(LaEstab.parse("0010005")).isEqualTo(LaEstab.of(1, 5));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "373400", "37340011", "3734/001", "373-4001", "373/400", "373 4001", "37a4001"})
    void rejects_a_dfe_number_of_another_shape(String text) {
        assertThatThrownBy(() -> LaEstab.parse(text))
                .hasMessage(
                        "LAESTAB \"" + text
                                + "\": must be a three-digit LA code and a four-digit establishment number, as 3734001 or 373/4001");
        assertThat(LaEstab.isValid(text)).isFalse();
    }

    @Test
    void refuses_dfe_number_parts_out_of_range() {
        assertThatThrownBy(() -> LaEstab.of(1000, 1)).hasMessage("LAESTAB \"1000/1\": LA code must be from 000 to 999");
        assertThatThrownBy(() -> LaEstab.of(373, 10000))
                .hasMessage("LAESTAB \"373/10000\": establishment number must be from 0000 to 9999");
        assertThatThrownBy(() -> LaEstab.of(-1, 1)).isInstanceOf(InvalidIdentifierException.class);
        assertThatThrownBy(() -> LaEstab.of(1, -1)).isInstanceOf(InvalidIdentifierException.class);
    }

    @Test
    void orders_dfe_numbers_by_la_then_establishment() {
        assertThat(LaEstab.of(208, 5950)).isLessThan(LaEstab.of(305, 7000)).isLessThan(LaEstab.of(305, 7001));
        assertThat(LaEstab.of(305, 7000)).isEqualTo(LaEstab.parse("3057000")).isNotEqualTo(LaEstab.of(305, 7001));
        assertThat(LaEstab.of(305, 7000).hashCode())
                .isEqualTo(LaEstab.parse("3057000").hashCode());
    }
}
