package org.concordat.evaluation.effects;

import java.util.function.DoubleConsumer;

/**
 * A mutable accumulator of count, mean and M2 by Welford's online update, for one thread: the
 * working state behind {@link Summary}. Accept values one by one, {@link #combine} accumulators
 * from other threads or shards, then take an immutable {@link #toSummary()}.
 *
 * <p>Not thread-safe: give each thread its own accumulator and combine them, as {@link
 * Summary#summarizing} does.
 */
public final class RunningStats implements DoubleConsumer {
    private long count;
    private double mean;
    private double m2;

    /** An accumulator that has seen no value. */
    public RunningStats() {}

    /**
     * Adds one value: n ← n + 1, δ = x − mean, mean ← mean + δ/n, M2 ← M2 + δ·(x − mean).
     *
     * @throws IllegalArgumentException when the value is NaN or infinite
     */
    @Override
    public void accept(double value) {
        if (!Double.isFinite(value)) {
            Summary.requireFinite("value", value);
        }
        count++;
        double delta = value - mean;
        mean += delta / count;
        m2 += delta * (value - mean);
    }

    /** Adds the values summarised by {@code other}; returns this accumulator. */
    public RunningStats combine(RunningStats other) {
        return add(other.count, other.mean, other.m2);
    }

    /** Adds the values summarised by {@code summary}; returns this accumulator. */
    public RunningStats add(Summary summary) {
        return add(summary.count(), summary.isEmpty() ? 0.0 : summary.mean(), summary.sumOfSquaredDeviations());
    }

    /**
     * Adds the count, mean and M2 (sum of squared deviations from the mean) of values summarised
     * elsewhere, e.g. a batch of pupil columns.
     */
    public RunningStats add(long otherCount, double otherMean, double otherM2) {
        if (otherCount == 0) {
            return this;
        }
        if (count == 0) {
            count = otherCount;
            mean = otherMean;
            m2 = otherM2;
            return this;
        }
        long n = count + otherCount;
        double delta = otherMean - mean;
        mean += delta * ((double) otherCount / n);
        m2 += otherM2 + delta * delta * ((double) count * otherCount / n);
        count = n;
        return this;
    }

    /** How many values this accumulator has seen. */
    public long count() {
        return count;
    }

    /** The immutable summary of the values seen so far. */
    public Summary toSummary() {
        return Summary.ofMoments(count, mean, Math.max(0.0, m2));
    }
}
