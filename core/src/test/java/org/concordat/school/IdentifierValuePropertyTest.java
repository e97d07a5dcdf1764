package org.concordat.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Identifiers are values: two are equal exactly when their canonical text is, equal ones hash
 * alike, and the numeric ones never share a hash code, so a map keyed by schools does not
 * degrade into a list.
 */
class IdentifierValuePropertyTest {

    private static final Gen<Integer> URNS = SourceDSL.integers().between(100_000, 999_999);
    private static final Gen<Integer> UKPRNS = SourceDSL.integers().between(0, 99_999_999);
    private static final Gen<Integer> LA_CODES = SourceDSL.integers().between(0, 999);
    private static final Gen<Integer> ESTABLISHMENTS = SourceDSL.integers().between(0, 9999);
    private static final Gen<Integer> AGES = SourceDSL.integers().between(0, 99);

    @Test
    void urns_are_equal_exactly_when_their_numbers_are() {
        qt().forAll(URNS, URNS).checkAssert((a, b) -> {
            Urn x = Urn.of(a);
            Urn y = Urn.of(b);
            assertThat(x.equals(y)).isEqualTo(a.equals(b));
            assertThat(x.hashCode() == y.hashCode()).isEqualTo(a.equals(b));
            assertThat(x.equals(Urn.parse(x.toString()))).isTrue();
        });
    }

    @Test
    void ukprns_are_equal_exactly_when_their_numbers_are() {
        qt().forAll(UKPRNS, UKPRNS).checkAssert((a, b) -> {
            Ukprn x = Ukprn.of(a);
            Ukprn y = Ukprn.of(b);
            assertThat(x.equals(y)).isEqualTo(a.equals(b));
            assertThat(x.hashCode() == y.hashCode()).isEqualTo(a.equals(b));
            assertThat(x.equals(Ukprn.parse(x.toString()))).isTrue();
        });
    }

    @Test
    // The equals of another type is the point of the last line: a ULN is never equal to its text.
    @SuppressWarnings("EqualsIncompatibleType")
    void ulns_are_equal_exactly_when_their_digits_are() {
        // Check digits make most ten-digit numbers invalid: build valid ones from two known ULNs.
        Uln a = Uln.parse("9276308686");
        Uln b = Uln.parse("1000000000");
        assertThat(a).isEqualTo(Uln.parse(" 9276308686 ")).isNotEqualTo(b);
        assertThat(a.hashCode()).isEqualTo(Uln.parse("9276308686").hashCode()).isNotEqualTo(b.hashCode());
        assertThat(a.equals("9276308686")).isFalse();
    }

    @Test
    void dfe_numbers_are_equal_exactly_when_both_parts_are_and_never_share_a_hash_code() {
        qt().forAll(LA_CODES, ESTABLISHMENTS, LA_CODES, ESTABLISHMENTS).checkAssert((la1, e1, la2, e2) -> {
            LaEstab x = LaEstab.of(la1, e1);
            LaEstab y = LaEstab.of(la2, e2);
            boolean same = la1.equals(la2) && e1.equals(e2);
            assertThat(x.equals(y)).isEqualTo(same);
            assertThat(x.hashCode() == y.hashCode()).isEqualTo(same);
            assertThat(x.equals(LaEstab.parse(x.toString()))).isTrue();
        });
    }

    @Test
    void age_ranges_are_equal_exactly_when_both_ends_are() {
        qt().forAll(AGES, AGES, AGES, AGES).checkAssert((a, b, c, d) -> {
            AgeRange x = AgeRange.of(Math.min(a, b), Math.max(a, b));
            AgeRange y = AgeRange.of(Math.min(c, d), Math.max(c, d));
            boolean same = x.low() == y.low() && x.high() == y.high();
            assertThat(x.equals(y)).isEqualTo(same);
            if (same) {
                assertThat(x.hashCode()).isEqualTo(y.hashCode());
            }
            assertThat(x).isEqualTo(AgeRange.parse(x.toString()));
        });
    }

    @Test
    // Comparing different types is what this test checks: equals must answer false, not throw.
    @SuppressWarnings("EqualsIncompatibleType")
    void identifiers_of_different_kinds_are_never_equal() {
        assertThat(Urn.of(100_006).equals(Ukprn.of(100_006))).isFalse();
        assertThat(Ukprn.of(100_006).equals(Urn.of(100_006))).isFalse();
        assertThat(AgeRange.of(11, 18).equals("11-18")).isFalse();
    }
}
