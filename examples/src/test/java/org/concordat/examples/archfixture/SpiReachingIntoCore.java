package org.concordat.examples.archfixture;

import org.concordat.internal.base.Checks;

/** Deliberately breaks the SPI rule: a contract-like class that depends on core. */
public final class SpiReachingIntoCore {
    private SpiReachingIntoCore() {}

    /** Depends on a core class, which the SPI rule must report. */
    public static long pence(long value) {
        return Checks.requireNonNegative("pence", value);
    }
}
