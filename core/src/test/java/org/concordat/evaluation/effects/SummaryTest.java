package org.concordat.evaluation.effects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SummaryTest {

    @Test
    void summarises_a_small_integer_data_set_exactly() {
        // 2,4,4,4,5,5,7,9: mean 5, squared deviations 9+1+1+1+0+0+4+16 = 32.
        Summary s = Summary.of(2, 4, 4, 4, 5, 5, 7, 9);
        assertThat(s.count()).isEqualTo(8);
        assertThat(s.mean()).isEqualTo(5.0);
        assertThat(s.sumOfSquaredDeviations()).isEqualTo(32.0);
        assertThat(s.populationVariance()).isEqualTo(4.0);
        assertThat(s.sampleVariance()).isEqualTo(32.0 / 7);
        assertThat(s.sum()).isEqualTo(40.0);
    }

    @Test
    void merging_two_exact_halves_gives_the_exact_whole() {
        Summary left = Summary.of(2, 4, 4, 4);
        Summary right = Summary.of(5, 5, 7, 9);
        assertThat(left.merge(right)).isEqualTo(Summary.of(2, 4, 4, 4, 5, 5, 7, 9));
        assertThat(right.merge(left).sumOfSquaredDeviations()).isEqualTo(32.0);
    }

    @Test
    void keeps_precision_for_large_values_with_a_small_spread() {
        // The naive Σx² − n·mean² formula loses every digit here; Welford keeps them.
        Summary s = Summary.of(1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16);
        assertThat(s.mean()).isEqualTo(1e9 + 10);
        assertThat(s.sampleVariance()).isEqualTo(30.0);
    }

    @Test
    void the_empty_summary_is_the_identity_of_merge() {
        Summary s = Summary.of(1, 2, 3);
        assertThat(s.merge(Summary.empty())).isSameAs(s);
        assertThat(Summary.empty().merge(s)).isSameAs(s);
        assertThat(Summary.empty().mean()).isNaN();
        assertThat(Summary.empty().sampleVariance()).isNaN();
        assertThat(Summary.of(3).sampleVariance()).isNaN();
        assertThat(Summary.empty().isEmpty()).isTrue();
        assertThat(Summary.empty().toString()).isEqualTo("Summary[n=0, mean=NaN, m2=0.0]");
    }

    @Test
    void builds_from_published_descriptive_statistics() {
        Summary s = Summary.ofDescriptive(10, 100.0, 15.0);
        assertThat(s.sampleStandardDeviation()).isCloseTo(15.0, within(1e-12));
        assertThat(s.sumOfSquaredDeviations()).isEqualTo(225.0 * 9);
        assertThat(Summary.ofDescriptive(1, 4.0, 0.0).sampleVariance()).isNaN();
    }

    @Test
    void refuses_values_that_cannot_be_summarised() {
        assertThatThrownBy(() -> Summary.of(1, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("value \"NaN\": must be a finite number");
        assertThatThrownBy(() -> Summary.ofDescriptive(0, 1, 1)).hasMessage("n \"0\": must be at least 1");
        assertThatThrownBy(() -> Summary.ofDescriptive(5, 1, -1))
                .hasMessage("standard deviation \"-1.0\": must not be negative");
        assertThatThrownBy(() -> Summary.ofMoments(-1, 0, 0)).hasMessage("count \"-1\": must not be negative");
        assertThatThrownBy(() -> Summary.ofMoments(2, 0, -1)).hasMessage("m2 \"-1.0\": must not be negative");
        assertThatThrownBy(() -> Summary.ofMoments(0, 1, 0))
                .hasMessage("count \"0\": an empty summary has mean 0 and m2 0");
        assertThatThrownBy(() -> Summary.ofMoments(1, 1, 2)).hasMessage("m2 \"2.0\": must be 0 for a single value");
        assertThatThrownBy(() -> Summary.ofMoments(1, Double.POSITIVE_INFINITY, 0))
                .hasMessage("mean \"Infinity\": must be a finite number");
    }

    @Test
    void compares_by_value() {
        assertThat(Summary.of(1, 2)).isEqualTo(Summary.of(1, 2)).hasSameHashCodeAs(Summary.of(1, 2));
        assertThat(Summary.of(1, 2)).isNotEqualTo(Summary.of(1, 3)).isNotEqualTo("x");
    }

    @Test
    void the_collector_gives_the_same_summary_sequentially_and_in_parallel() {
        List<Integer> values = IntStream.rangeClosed(1, 100_000).boxed().toList();
        Summary sequential = values.stream().collect(Summary.summarizing(i -> i));
        Summary parallel = values.parallelStream().collect(Summary.summarizing(i -> i));
        // 1..N: mean (N+1)/2, M2 = N(N²−1)/12, both exact in double for N = 100000.
        double n = 100_000;
        assertThat(sequential.mean()).isEqualTo((n + 1) / 2);
        assertThat(sequential.sumOfSquaredDeviations()).isCloseTo(n * (n * n - 1) / 12, within(1e-3));
        assertThat(parallel.count()).isEqualTo(100_000);
        assertThat(parallel.mean()).isCloseTo(sequential.mean(), within(1e-9));
        assertThat(parallel.sumOfSquaredDeviations())
                .isCloseTo(sequential.sumOfSquaredDeviations(), within(1e-9 * sequential.sumOfSquaredDeviations()));
    }

    @Test
    void running_stats_add_summaries_and_combine() {
        RunningStats stats = new RunningStats();
        stats.add(Summary.of(2, 4, 4, 4)).add(Summary.empty());
        RunningStats other = new RunningStats();
        other.accept(5);
        other.accept(5);
        other.accept(7);
        other.accept(9);
        assertThat(stats.combine(other).combine(new RunningStats()).toSummary())
                .isEqualTo(Summary.of(2, 4, 4, 4, 5, 5, 7, 9));
        assertThat(stats.count()).isEqualTo(8);
        assertThat(new RunningStats().combine(other).toSummary()).isEqualTo(Summary.of(5, 5, 7, 9));
    }

    /**
     * Splitting a list anywhere and merging the halves gives the one-pass summary. Tolerance: both
     * paths are backward stable (Chan et al. 1979), so the error in M2 is bounded by a small multiple
     * of n·ε·Σx²; with n ≤ 200 and ε ≈ 2.2e-16 that is below 1e-12·(Σx² + 1), and the mean's error
     * below 1e-12·(max|x| + 1). We allow 1e-9 of those scales: a thousand times the bound, yet far
     * below any error a wrong formula would make.
     */
    @Test
    void splitting_anywhere_and_merging_equals_one_pass() {
        qt().forAll(
                        lists().of(doubles().between(-1e6, 1e6)).ofSizeBetween(0, 200),
                        integers().between(0, 200))
                .checkAssert((values, cut) -> {
                    int at = Math.min(cut, values.size());
                    Summary whole = of(values);
                    Summary merged = of(values.subList(0, at)).merge(of(values.subList(at, values.size())));
                    assertClose(merged, whole, values);
                    assertClose(merged, exact(values), values);
                });
    }

    @Test
    void merge_is_associative_and_commutative_within_tolerance() {
        qt().forAll(
                        lists().of(doubles().between(-1e6, 1e6)).ofSizeBetween(0, 60),
                        lists().of(doubles().between(-1e6, 1e6)).ofSizeBetween(0, 60),
                        lists().of(doubles().between(-1e6, 1e6)).ofSizeBetween(0, 60))
                .checkAssert((a, b, c) -> {
                    List<Double> all = new java.util.ArrayList<>(a);
                    all.addAll(b);
                    all.addAll(c);
                    Summary left = of(a).merge(of(b)).merge(of(c));
                    Summary right = of(a).merge(of(b).merge(of(c)));
                    Summary swapped = of(c).merge(of(a)).merge(of(b));
                    assertClose(left, right, all);
                    assertClose(left, swapped, all);
                });
    }

    private static Summary of(List<Double> values) {
        return Summary.of(values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** An independent two-pass computation in exact decimal arithmetic. */
    private static Summary exact(List<Double> values) {
        if (values.isEmpty()) {
            return Summary.empty();
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (double v : values) {
            sum = sum.add(new BigDecimal(v));
        }
        BigDecimal mean = sum.divide(BigDecimal.valueOf(values.size()), MathContext.DECIMAL128);
        BigDecimal m2 = BigDecimal.ZERO;
        for (double v : values) {
            BigDecimal d = new BigDecimal(v).subtract(mean);
            m2 = m2.add(d.multiply(d));
        }
        // DECIMAL128 rounds the mean, leaving a residue of ~1e-59 in M2 for a single value.
        return Summary.ofMoments(values.size(), mean.doubleValue(), values.size() == 1 ? 0.0 : m2.doubleValue());
    }

    private static void assertClose(Summary actual, Summary expected, List<Double> values) {
        double maxAbs = values.stream().mapToDouble(Math::abs).max().orElse(0);
        double sumSq = values.stream().mapToDouble(v -> v * v).sum();
        assertThat(actual.count()).isEqualTo(expected.count());
        if (expected.isEmpty()) {
            assertThat(actual.isEmpty()).isTrue();
            return;
        }
        assertThat(actual.mean()).isCloseTo(expected.mean(), within(1e-9 * (maxAbs + 1)));
        assertThat(actual.sumOfSquaredDeviations())
                .isCloseTo(expected.sumOfSquaredDeviations(), within(1e-9 * (sumSq + 1)));
    }
}
