package org.concordat.testkit.quicktheories;

import org.concordat.testkit.Choices;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * The testkit's neutral {@link Choices} drawn from a QuickTheories randomness source, so that a
 * sample built by a neutral sampler shrinks like any QuickTheories value: each choice toward the low
 * end of its range.
 */
final class SourceChoices implements Choices {
    private final RandomnessSource in;

    private SourceChoices(RandomnessSource in) {
        this.in = in;
    }

    /** A generator of what {@code sampler} builds from choices drawn through QuickTheories. */
    static <T> Gen<T> gen(java.util.function.Function<Choices, T> sampler) {
        return in -> sampler.apply(new SourceChoices(in));
    }

    @Override
    public long between(long low, long high) {
        if (high < low) {
            throw new IllegalArgumentException("choice range \"" + low + ".." + high + "\": high is below low");
        }
        return Generate.longRange(low, high, low).generate(in);
    }
}
