package org.concordat.testkit.quicktheories;

import java.util.List;
import org.concordat.money.Money;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** QuickTheories generators of {@link Money} amounts, for property tests of money arithmetic. */
public final class MoneyGen {
    /**
     * The largest magnitude of {@link #amounts()} in pence (£10 million million): small enough that
     * sums of up to 9,000 such amounts cannot overflow {@code long} pence.
     */
    public static final long AMOUNT_BOUND = 1_000_000_000_000_000L;

    private MoneyGen() {}

    /**
     * Amounts from -£10 million million to +£10 million million ({@link #AMOUNT_BOUND} pence),
     * negative ones included, with about half of them everyday amounts within ±£100,000 so that
     * pennies, zero and small sums are well covered. Sums of a few of these never overflow.
     */
    public static Gen<Money> amounts() {
        return Generate.longRange(-AMOUNT_BOUND, AMOUNT_BOUND, 0)
                .mix(Generate.longRange(-10_000_000, 10_000_000, 0), 50)
                .map(Money::ofPence);
    }

    /** Amounts from zero to +£10 million million, as costs and grants, which are never negative. */
    public static Gen<Money> nonNegativeAmounts() {
        return amounts().map(m -> m.isNegative() ? m.negate() : m);
    }

    /**
     * Amounts over the whole range of {@code long} pence, including the extremes, for testing that
     * arithmetic either is exact or throws {@link ArithmeticException}.
     */
    public static Gen<Money> anyAmounts() {
        return Generate.longRange(Long.MIN_VALUE, Long.MAX_VALUE, 0)
                .mix(Generate.pick(List.of(Long.MIN_VALUE, Long.MAX_VALUE, -1L, 0L, 1L)), 10)
                .map(Money::ofPence);
    }
}
