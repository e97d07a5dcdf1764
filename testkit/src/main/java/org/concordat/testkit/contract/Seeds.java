package org.concordat.testkit.contract;

import java.util.function.Consumer;
import org.concordat.testkit.Choices;

/**
 * Runs a contract's property over a fixed run of seeds, without a property-testing library: the
 * same seeds every run, so a failure repeats, and the failure names its seed so {@code
 * Choices.seeded(seed)} rebuilds the case.
 */
final class Seeds {
    private Seeds() {}

    static void forEach(String property, int count, Consumer<Choices> body) {
        for (long seed = 0; seed < count; seed++) {
            try {
                body.accept(Choices.seeded(seed));
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError(
                        property + ": fails for seed " + seed + " (Choices.seeded(" + seed + ")): " + e.getMessage(),
                        e);
            }
        }
    }
}
