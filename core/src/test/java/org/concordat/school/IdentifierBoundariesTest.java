package org.concordat.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The edges of each identifier's range: the first and last accepted values are accepted, their
 * neighbours outside refused, so an off-by-one in a range check fails here.
 */
class IdentifierBoundariesTest {

    @Test
    void a_urn_runs_from_100000_to_999999_inclusive() {
        assertThat(Urn.of(100_000).value()).isEqualTo(100_000);
        assertThat(Urn.of(999_999).value()).isEqualTo(999_999);
        assertThatThrownBy(() -> Urn.of(99_999)).hasMessage("URN \"99999\": must be six digits, the first not 0");
        assertThatThrownBy(() -> Urn.of(1_000_000)).hasMessage("URN \"1000000\": must be six digits, the first not 0");
    }

    @Test
    void a_ukprn_runs_from_0_to_99999999_inclusive() {
        assertThat(Ukprn.of(0)).hasToString("00000000");
        assertThat(Ukprn.of(99_999_999)).hasToString("99999999");
        assertThatThrownBy(() -> Ukprn.of(-1)).isInstanceOf(InvalidIdentifierException.class);
        assertThatThrownBy(() -> Ukprn.of(100_000_000)).isInstanceOf(InvalidIdentifierException.class);
    }

    @Test
    void the_usual_ukprn_prefix_is_exactly_the_numbers_starting_with_1() {
        assertThat(Ukprn.of(10_000_000).hasUsualPrefix()).isTrue();
        assertThat(Ukprn.of(19_999_999).hasUsualPrefix()).isTrue();
        assertThat(Ukprn.of(9_999_999).hasUsualPrefix()).isFalse();
        assertThat(Ukprn.of(20_000_000).hasUsualPrefix()).isFalse();
    }

    @Test
    void dfe_number_parts_run_from_zero_to_their_widths() {
        assertThat(LaEstab.of(0, 0)).hasToString("0000000");
        assertThat(LaEstab.of(999, 9999)).hasToString("9999999");
        assertThatThrownBy(() -> LaEstab.of(-1, 0)).hasMessageContaining("LA code must be from 000 to 999");
        assertThatThrownBy(() -> LaEstab.of(1000, 0)).hasMessageContaining("LA code must be from 000 to 999");
        assertThatThrownBy(() -> LaEstab.of(0, -1))
                .hasMessageContaining("establishment number must be from 0000 to 9999");
        assertThatThrownBy(() -> LaEstab.of(0, 10_000))
                .hasMessageContaining("establishment number must be from 0000 to 9999");
    }

    @Test
    void dfe_numbers_order_by_la_before_establishment_even_when_establishments_disagree() {
        assertThat(LaEstab.of(201, 9999)).isLessThan(LaEstab.of(202, 0));
        assertThat(LaEstab.of(202, 0)).isGreaterThan(LaEstab.of(201, 9999));
        assertThat(LaEstab.of(373, 4001)).isLessThan(LaEstab.of(373, 4002));
    }

    @Test
    void an_age_range_contains_both_of_its_ends_and_nothing_beyond() {
        AgeRange r = AgeRange.of(11, 18);
        assertThat(r.low()).isEqualTo(11);
        assertThat(r.high()).isEqualTo(18);
        assertThat(r.contains(11)).isTrue();
        assertThat(r.contains(18)).isTrue();
        assertThat(r.contains(10)).isFalse();
        assertThat(r.contains(19)).isFalse();
    }

    @Test
    void lower_case_a_and_z_are_upper_cased_like_the_letters_between() {
        assertThat(Postcode.parse("ze1 0az")).hasToString("ZE1 0AZ");
        assertThat(Postcode.parse("ab10 1az")).isEqualTo(Postcode.parse("AB10 1AZ"));
    }
}
