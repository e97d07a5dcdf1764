package org.concordat.evaluation.effects;

import java.util.function.ToDoubleFunction;
import java.util.stream.Collector;
import org.concordat.internal.base.Checks;

/**
 * The count, mean and sum of squared deviations (M2) of a set of values: an immutable, mergeable
 * partial result. Two summaries of disjoint parts of a data set {@link #merge merge} into the
 * summary of the whole (Chan, Golub and LeVeque 1979), so a summary can be built in one pass, in a
 * parallel stream or over shards, and the results agree up to floating-point rounding.
 *
 * <p>Build one with {@link #of(double...)}, a {@link RunningStats} accumulator, {@link
 * #summarizing(ToDoubleFunction)} as a stream collector, or from published figures with {@link
 * #ofDescriptive(long, double, double)}.
 */
public final class Summary {
    private static final Summary EMPTY = new Summary(0, 0.0, 0.0);

    private final long count;
    private final double mean;
    private final double m2;

    private Summary(long count, double mean, double m2) {
        this.count = count;
        this.mean = mean;
        this.m2 = m2;
    }

    /** The summary of no values. */
    public static Summary empty() {
        return EMPTY;
    }

    /**
     * The summary of {@code values}, in one Welford pass.
     *
     * @throws IllegalArgumentException naming the first value that is NaN or infinite
     */
    public static Summary of(double... values) {
        RunningStats stats = new RunningStats();
        for (double v : values) {
            stats.accept(v);
        }
        return stats.toSummary();
    }

    /**
     * A summary from its moments: count, mean and M2 (the sum of squared deviations from the mean).
     *
     * @throws IllegalArgumentException when count or M2 is negative, a moment is not finite, or a
     *     count of zero comes with a non-zero mean or M2
     */
    public static Summary ofMoments(long count, double mean, double m2) {
        Checks.requireNonNegative("count", count);
        requireFinite("mean", mean);
        requireFinite("m2", m2);
        if (m2 < 0) {
            throw new IllegalArgumentException(Checks.describe("m2", m2, "must not be negative"));
        }
        if (count == 0) {
            if (mean != 0 || m2 != 0) {
                throw new IllegalArgumentException(
                        Checks.describe("count", count, "an empty summary has mean 0 and m2 0"));
            }
            return EMPTY;
        }
        if (count == 1 && m2 != 0) {
            throw new IllegalArgumentException(Checks.describe("m2", m2, "must be 0 for a single value"));
        }
        return new Summary(count, mean, m2);
    }

    /**
     * A summary from published descriptive statistics: group size, mean and <em>sample</em>
     * standard deviation (divisor n − 1), as reported in evaluation reports.
     *
     * @throws IllegalArgumentException when n is below 1, the standard deviation is negative or a
     *     figure is not finite
     */
    public static Summary ofDescriptive(long n, double mean, double sampleStandardDeviation) {
        if (n < 1) {
            throw new IllegalArgumentException(Checks.describe("n", n, "must be at least 1"));
        }
        requireFinite("standard deviation", sampleStandardDeviation);
        if (sampleStandardDeviation < 0) {
            throw new IllegalArgumentException(
                    Checks.describe("standard deviation", sampleStandardDeviation, "must not be negative"));
        }
        double m2 = n == 1 ? 0.0 : sampleStandardDeviation * sampleStandardDeviation * (n - 1);
        return ofMoments(n, mean, m2);
    }

    /**
     * A collector that summarises {@code value} of each element in one pass per thread and merges
     * the threads' partial results; suitable for parallel streams.
     */
    public static <T> Collector<T, RunningStats, Summary> summarizing(ToDoubleFunction<? super T> value) {
        return Collector.of(
                RunningStats::new,
                (stats, t) -> stats.accept(value.applyAsDouble(t)),
                RunningStats::combine,
                RunningStats::toSummary,
                Collector.Characteristics.UNORDERED);
    }

    /**
     * The summary of this summary's values and {@code other}'s together (Chan et al. pairwise
     * update): n = nA + nB, δ = meanB − meanA, mean = meanA + δ·nB/n, M2 = M2A + M2B + δ²·nA·nB/n.
     * Associative and commutative up to floating-point rounding.
     */
    public Summary merge(Summary other) {
        if (other.count == 0) {
            return this;
        }
        if (count == 0) {
            return other;
        }
        long n = count + other.count;
        double delta = other.mean - mean;
        double newMean = mean + delta * ((double) other.count / n);
        double newM2 = m2 + other.m2 + delta * delta * ((double) count * other.count / n);
        return new Summary(n, newMean, newM2);
    }

    /** How many values were summarised. */
    public long count() {
        return count;
    }

    /** Whether no value was summarised. */
    public boolean isEmpty() {
        return count == 0;
    }

    /** The arithmetic mean, in the values' unit; NaN when the summary is empty. */
    public double mean() {
        return count == 0 ? Double.NaN : mean;
    }

    /** The sum of the values (count × mean); 0 when empty. */
    public double sum() {
        return count * mean;
    }

    /** M2, the sum of squared deviations from the mean, in the values' unit squared. */
    public double sumOfSquaredDeviations() {
        return m2;
    }

    /** The population variance M2 / n; NaN when empty. */
    public double populationVariance() {
        return count == 0 ? Double.NaN : m2 / count;
    }

    /** The sample variance M2 / (n − 1); NaN for fewer than two values. */
    public double sampleVariance() {
        return count < 2 ? Double.NaN : m2 / (count - 1);
    }

    /** The sample standard deviation √(M2 / (n − 1)); NaN for fewer than two values. */
    public double sampleStandardDeviation() {
        return Math.sqrt(sampleVariance());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Summary s
                && s.count == count
                && Double.compare(s.mean, mean) == 0
                && Double.compare(s.m2, m2) == 0;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(count) * 31 * 31 + Double.hashCode(mean) * 31 + Double.hashCode(m2);
    }

    /** For example {@code Summary[n=8, mean=5.0, m2=32.0]}. */
    @Override
    public String toString() {
        return "Summary[n=" + count + ", mean=" + mean() + ", m2=" + m2 + "]";
    }

    static double requireFinite(String field, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(Checks.describe(field, value, "must be a finite number"));
        }
        return value;
    }
}
