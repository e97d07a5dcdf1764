package org.concordat.testkit.quicktheories;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Draws values from one randomness source, so a generator of a value with many parts reads top to
 * bottom. Every draw goes through QuickTheories, so failures still shrink: sizes towards 0,
 * choices towards the first option.
 */
final class Draw {
    private final RandomnessSource in;

    Draw(RandomnessSource in) {
        this.in = in;
    }

    <T> T one(Gen<T> gen) {
        return gen.generate(in);
    }

    int between(int low, int high) {
        return Generate.range(low, high).generate(in);
    }

    /** True about {@code percent} times in a hundred; shrinks to false. */
    boolean chance(int percent) {
        return between(0, 99) >= 100 - percent;
    }

    <T> Optional<T> maybe(Gen<T> gen) {
        return chance(60) ? Optional.of(one(gen)) : Optional.empty();
    }

    <T> T pick(List<T> options) {
        return options.get(between(0, options.size() - 1));
    }

    <T> List<T> list(Gen<T> gen, int max) {
        int n = between(0, max);
        List<T> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(one(gen));
        }
        return out;
    }

    /** Some of {@code options}, each at most once, in their order. */
    <T> List<T> subset(List<T> options) {
        List<T> out = new ArrayList<>();
        for (T t : options) {
            if (chance(50)) {
                out.add(t);
            }
        }
        return out;
    }
}
