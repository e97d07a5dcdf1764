package org.concordat.evaluation.effects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;

class HedgesGTest {

    /**
     * Test vector computed independently (Python, double precision) from the reference formulas:
     * n₁ = 30, mean 52.4, sd 9.8 against n₂ = 34, mean 48.1, sd 10.6.
     */
    @Test
    void matches_the_independently_computed_test_vector() {
        HedgesG es = HedgesG.of(Summary.ofDescriptive(30, 52.4, 9.8), Summary.ofDescriptive(34, 48.1, 10.6));
        assertThat(es.pooledStandardDeviation()).isCloseTo(10.233594266576295, within(1e-12));
        assertThat(es.cohensD()).isCloseTo(0.42018472571695825, within(1e-12));
        assertThat(es.correction()).isCloseTo(0.9878542510121457, within(1e-15));
        assertThat(es.g()).isCloseTo(0.4150812675098697, within(1e-12));
        assertThat(es.varianceOfD()).isCloseTo(0.06412443556832377, within(1e-12));
        assertThat(es.lower()).isCloseTo(-0.07521741036899293, within(1e-12));
        assertThat(es.upper()).isCloseTo(0.9053799453887323, within(1e-12));
        assertThat(es.excludesZero()).isFalse();
        assertThat(es.comparison()).isEqualTo(HedgesG.Comparison.INTERVENTION_VS_COMPARISON);
        assertThat(es.monthsProgress().months()).isEqualTo(5);
        assertThat(es).hasToString("HedgesG[g=0.415, 95% CI -0.075..0.905, n=30 vs 34]");
    }

    @Test
    void matches_a_hand_computed_equal_groups_vector() {
        // d = 5/15 = 1/3; N = 100; J = 1 − 3/391; Var(d) = 100/2500 + (1/9)/200.
        HedgesG es = HedgesG.of(Summary.ofDescriptive(50, 105, 15), Summary.ofDescriptive(50, 100, 15));
        double j = 1 - 3.0 / 391;
        double var = 0.04 + (1.0 / 9) / 200;
        assertThat(es.g()).isCloseTo(j / 3, within(1e-15));
        assertThat(es.varianceOfD()).isCloseTo(var, within(1e-15));
        assertThat(es.upper() - es.g()).isCloseTo(1.96 * j * Math.sqrt(var), within(1e-12));
        assertThat(es.treated().mean()).isEqualTo(105);
        assertThat(es.reference().mean()).isEqualTo(100);
    }

    @Test
    void after_versus_before_is_positive_when_scores_rise() {
        HedgesG es = HedgesG.afterVersusBefore(Summary.of(10, 12, 14), Summary.of(13, 15, 17));
        assertThat(es.comparison()).isEqualTo(HedgesG.Comparison.AFTER_VS_BEFORE);
        // pooled sd 2, d = 1.5, J = 1 − 3/15 = 0.8.
        assertThat(es.cohensD()).isEqualTo(1.5);
        assertThat(es.g()).isCloseTo(1.2, within(1e-12));
        assertThat(es.treated().mean()).isEqualTo(15);
    }

    @Test
    void refuses_groups_too_small_naming_their_n() {
        assertThatThrownBy(() -> HedgesG.of(Summary.of(1), Summary.of(1, 2, 3)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("intervention group n \"1\": must be at least 2 to estimate a standard deviation");
        assertThatThrownBy(() -> HedgesG.afterVersusBefore(Summary.empty(), Summary.of(1, 2, 3)))
                .hasMessage("before group n \"0\": must be at least 2 to estimate a standard deviation");
        assertThatThrownBy(() -> HedgesG.of(Summary.of(2, 2), Summary.of(3, 3)))
                .hasMessage("pooled standard deviation \"0.0\": must be above 0: neither group varies");
    }

    @Test
    void swapping_the_groups_negates_g_and_mirrors_the_interval() {
        Summary a = Summary.ofDescriptive(30, 52.4, 9.8);
        Summary b = Summary.ofDescriptive(34, 48.1, 10.6);
        HedgesG ab = HedgesG.of(a, b);
        HedgesG ba = HedgesG.of(b, a);
        assertThat(ba.g()).isCloseTo(-ab.g(), within(1e-15));
        assertThat(ba.lower()).isCloseTo(-ab.upper(), within(1e-12));
    }

    @Test
    void g_is_invariant_under_shifting_and_scaling_both_groups() {
        qt().forAll(
                        lists().of(integers().between(-500, 500)).ofSizeBetween(2, 40),
                        lists().of(integers().between(-500, 500)).ofSizeBetween(2, 40),
                        doubles().between(-1e4, 1e4),
                        doubles().between(0.01, 100))
                .assuming((a, b, shift, scale) -> !(constant(a) && constant(b)))
                .checkAssert((a, b, shift, scale) -> {
                    HedgesG plain = HedgesG.of(summary(a, 0, 1), summary(b, 0, 1));
                    HedgesG moved = HedgesG.of(summary(a, shift, scale), summary(b, shift, scale));
                    // Relative error from shifting by up to 1e4 and scaling is a few ulps of the
                    // shifted magnitude over the spread: 1e-7 absolute is far above it.
                    assertThat(moved.g()).isCloseTo(plain.g(), within(1e-7 * (1 + Math.abs(plain.g()))));
                    assertThat(moved.upper()).isCloseTo(plain.upper(), within(1e-7 * (1 + Math.abs(plain.upper()))));
                });
    }

    private static boolean constant(List<Integer> values) {
        return values.stream().distinct().count() == 1;
    }

    private static Summary summary(List<Integer> values, double shift, double scale) {
        return Summary.of(values.stream().mapToDouble(v -> v * scale + shift).toArray());
    }
}
