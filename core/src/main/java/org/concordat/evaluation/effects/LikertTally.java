package org.concordat.evaluation.effects;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collector;
import org.concordat.internal.base.Checks;

/**
 * Counts of each {@link LikertResponse} to one survey item: an immutable, mergeable partial result
 * (tallies of separate schools or batches {@link #merge} into the tally of all).
 */
public final class LikertTally {
    private static final LikertResponse[] RESPONSES = LikertResponse.values();
    private static final LikertTally EMPTY = new LikertTally(new long[RESPONSES.length]);

    private final long[] counts;

    private LikertTally(long[] counts) {
        this.counts = counts;
    }

    /** The tally of no responses. */
    public static LikertTally empty() {
        return EMPTY;
    }

    /**
     * The tally of the given counts; responses not named count 0.
     *
     * @throws IllegalArgumentException naming the response whose count is negative
     */
    public static LikertTally of(Map<LikertResponse, Long> counts) {
        long[] c = new long[RESPONSES.length];
        counts.forEach((response, n) -> c[response.ordinal()] = Checks.requireNonNegative("count of " + response, n));
        return new LikertTally(c);
    }

    /** The tally of {@code responses}. */
    public static LikertTally of(LikertResponse... responses) {
        long[] c = new long[RESPONSES.length];
        for (LikertResponse r : responses) {
            c[r.ordinal()]++;
        }
        return new LikertTally(c);
    }

    /** A collector tallying a stream of responses; partial tallies merge, so it runs in parallel. */
    public static Collector<LikertResponse, long[], LikertTally> collector() {
        return Collector.of(
                () -> new long[RESPONSES.length],
                (c, r) -> c[r.ordinal()]++,
                (a, b) -> {
                    for (int i = 0; i < a.length; i++) {
                        a[i] += b[i];
                    }
                    return a;
                },
                LikertTally::new,
                Collector.Characteristics.UNORDERED);
    }

    /** The tally of this tally's responses and {@code other}'s together. */
    public LikertTally merge(LikertTally other) {
        long[] c = counts.clone();
        for (int i = 0; i < c.length; i++) {
            c[i] = Math.addExact(c[i], other.counts[i]);
        }
        return new LikertTally(c);
    }

    /** How many times {@code response} was given. */
    public long count(LikertResponse response) {
        return counts[response.ordinal()];
    }

    /** The counts of every response, in scale order. */
    public Map<LikertResponse, Long> counts() {
        Map<LikertResponse, Long> map = new EnumMap<>(LikertResponse.class);
        for (LikertResponse r : RESPONSES) {
            map.put(r, counts[r.ordinal()]);
        }
        return map;
    }

    /** Responses on the five-point scale, the base of "% agree". */
    public long valid() {
        long n = 0;
        for (LikertResponse r : RESPONSES) {
            n += r.isValid() ? counts[r.ordinal()] : 0;
        }
        return n;
    }

    /** Agree plus strongly agree. */
    public long agreeing() {
        return count(LikertResponse.AGREE) + count(LikertResponse.STRONGLY_AGREE);
    }

    /** Everyone who returned the survey, including "don't know" and blank answers to this item. */
    public long respondents() {
        return Arrays.stream(counts).sum();
    }

    /**
     * The agreement rate of this item for a survey sent to {@code invited} people.
     *
     * @throws IllegalArgumentException when fewer were invited than responded
     */
    public SurveyAgreement agreement(long invited) {
        return SurveyAgreement.of(this, invited);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LikertTally t && Arrays.equals(t.counts, counts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "LikertTally" + counts();
    }
}
