package org.concordat.testkit;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Where the framework-neutral samplers of this testkit get their random choices: a number in a
 * range, nothing else. {@link #seeded(long)} draws them from a seeded {@link SplittableRandom}, so
 * a plain loop or any property-testing library can replay a sample from its seed; the
 * {@code concordat-testkit-quicktheories} module draws them from QuickTheories, so every choice
 * shrinks toward the low end of its range.
 */
@FunctionalInterface
public interface Choices {

    /**
     * A number from {@code low} to {@code high}, both inclusive; implementations that shrink move
     * it toward {@code low}.
     *
     * @throws IllegalArgumentException when {@code high} is below {@code low}
     */
    long between(long low, long high);

    /** Choices from a {@link SplittableRandom} seeded with {@code seed}: the same seed, the same choices. */
    static Choices seeded(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        return (low, high) -> {
            if (high < low) {
                throw new IllegalArgumentException("choice range \"" + low + ".." + high + "\": high is below low");
            }
            long span = high - low;
            if (span >= 0 && span < Long.MAX_VALUE) {
                return low + random.nextLong(span + 1);
            }
            // The range is wider than a long can count: draw until a value falls inside.
            long value;
            do {
                value = random.nextLong();
            } while (value < low || value > high);
            return value;
        };
    }

    /** An int from {@code low} to {@code high}, both inclusive. */
    default int between(int low, int high) {
        return Math.toIntExact(between((long) low, (long) high));
    }

    /** True about {@code percent} times in a hundred; shrinks to false. */
    default boolean chance(int percent) {
        return between(0, 99) >= 100 - percent;
    }

    /** One of {@code options}; shrinks toward the first. */
    default <T> T pick(List<T> options) {
        return options.get(between(0, options.size() - 1));
    }
}
