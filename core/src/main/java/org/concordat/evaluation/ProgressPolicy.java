package org.concordat.evaluation;

import java.math.BigDecimal;
import java.util.Objects;
import org.concordat.internal.base.Checks;

/**
 * How far behind its trajectory a measure may be and still be {@link ProgressStatus#AT_RISK}
 * (amber) rather than {@link ProgressStatus#OFF_TRACK} (red): either a fraction of the planned
 * change from baseline to final target (default 10%, as in local-government KPI practice) or an
 * absolute amount in the measure's unit.
 */
public final class ProgressPolicy {
    private static final ProgressPolicy DEFAULTS = new ProgressPolicy(new BigDecimal("0.10"), false);

    private final BigDecimal tolerance;
    private final boolean absolute;

    private ProgressPolicy(BigDecimal tolerance, boolean absolute) {
        this.tolerance = tolerance;
        this.absolute = absolute;
    }

    /** Tolerance of 10% of the planned change. */
    public static ProgressPolicy defaults() {
        return DEFAULTS;
    }

    /**
     * Tolerance as a fraction of the planned change (0.1 for 10%).
     *
     * @throws IllegalArgumentException when the fraction is negative
     */
    public static ProgressPolicy relative(BigDecimal fraction) {
        return new ProgressPolicy(requireNonNegative(fraction), false);
    }

    /**
     * Tolerance as an absolute amount in the measure's unit.
     *
     * @throws IllegalArgumentException when the amount is negative
     */
    public static ProgressPolicy absolute(BigDecimal amount) {
        return new ProgressPolicy(requireNonNegative(amount), true);
    }

    /** The tolerance for {@code trajectory}, in the measure's unit. */
    public BigDecimal toleranceFor(Trajectory trajectory) {
        return absolute
                ? tolerance
                : trajectory.finalTarget().subtract(trajectory.baseline()).abs().multiply(tolerance);
    }

    private static BigDecimal requireNonNegative(BigDecimal value) {
        if (value.signum() < 0) {
            throw new IllegalArgumentException(Checks.describe("tolerance", value, "must not be negative"));
        }
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProgressPolicy p && p.absolute == absolute && p.tolerance.compareTo(tolerance) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(tolerance.stripTrailingZeros(), absolute);
    }

    @Override
    public String toString() {
        return "ProgressPolicy[" + tolerance.toPlainString() + (absolute ? " absolute" : " of planned change") + "]";
    }
}
