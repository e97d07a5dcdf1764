package org.concordat.evaluation.effects;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Months of additional progress for an effect size, by the Education Endowment Foundation's
 * Teaching and Learning Toolkit conversion table: the effect size is first rounded half up to two
 * decimal places, its magnitude is looked up in the bands below, and a negative effect size gets
 * the same number of months, negative.
 *
 * <pre>
 * months  effect size     description
 *   0     0.00 – 0.01     Very low or no impact
 *   1     0.02 – 0.09     Low impact
 *   2     0.10 – 0.18     Low impact
 *   3     0.19 – 0.26     Moderate impact
 *   4     0.27 – 0.35     Moderate impact
 *   5     0.36 – 0.44     Moderate impact
 *   6     0.45 – 0.52     High impact
 *   7     0.53 – 0.61     High impact
 *   8     0.62 – 0.69     High impact
 *   9     0.70 – 0.78     Very high impact
 *  10     0.79 – 0.87     Very high impact
 *  11     0.88 – 0.95     Very high impact
 *  12     0.96 – 1.00     Very high impact
 * </pre>
 *
 * <p>The table stops at 1.00; larger effect sizes give 12 months and {@link #beyondTable()} true.
 * EEF's project-report conversion differs slightly and is not implemented. Source: EEF, "About
 * the Toolkits: attainment" (shared reference evaluation-and-mou.md §3.1).
 */
public final class MonthsProgress {
    private static final BigDecimal[] UPPER = {
        new BigDecimal("0.01"), new BigDecimal("0.09"), new BigDecimal("0.18"), new BigDecimal("0.26"),
        new BigDecimal("0.35"), new BigDecimal("0.44"), new BigDecimal("0.52"), new BigDecimal("0.61"),
        new BigDecimal("0.69"), new BigDecimal("0.78"), new BigDecimal("0.87"), new BigDecimal("0.95"),
        new BigDecimal("1.00")
    };

    private final BigDecimal effectSize;
    private final int months;
    private final boolean beyondTable;

    private MonthsProgress(BigDecimal effectSize, int months, boolean beyondTable) {
        this.effectSize = effectSize;
        this.months = months;
        this.beyondTable = beyondTable;
    }

    /**
     * Converts an effect size (in standard deviations) to months of additional progress.
     *
     * @throws IllegalArgumentException when the effect size is NaN or infinite
     */
    public static MonthsProgress fromEffectSize(double effectSize) {
        Summary.requireFinite("effect size", effectSize);
        // BigDecimal.valueOf uses the shortest decimal form, so 0.095 rounds to 0.10 as written.
        BigDecimal rounded = BigDecimal.valueOf(effectSize).setScale(2, RoundingMode.HALF_UP);
        BigDecimal magnitude = rounded.abs();
        int band = UPPER.length - 1;
        boolean beyond = magnitude.compareTo(UPPER[UPPER.length - 1]) > 0;
        for (int i = 0; i < UPPER.length; i++) {
            if (magnitude.compareTo(UPPER[i]) <= 0) {
                band = i;
                break;
            }
        }
        return new MonthsProgress(rounded, rounded.signum() < 0 ? -band : band, beyond);
    }

    /** The effect size rounded half up to two decimal places, as looked up. */
    public BigDecimal effectSize() {
        return effectSize;
    }

    /** Months of additional progress, negative for a negative effect, between −12 and 12. */
    public int months() {
        return months;
    }

    /** Whether the effect size's magnitude exceeds 1.00, the end of the EEF table. */
    public boolean beyondTable() {
        return beyondTable;
    }

    /** The EEF's words for the band: "Very low or no impact" … "Very high impact". */
    public String description() {
        int m = Math.abs(months);
        if (m == 0) {
            return "Very low or no impact";
        } else if (m <= 2) {
            return "Low impact";
        } else if (m <= 5) {
            return "Moderate impact";
        } else if (m <= 8) {
            return "High impact";
        }
        return "Very high impact";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MonthsProgress p
                && p.months == months
                && p.beyondTable == beyondTable
                && p.effectSize.equals(effectSize);
    }

    @Override
    public int hashCode() {
        return effectSize.hashCode() * 31 + months;
    }

    /** For example {@code +3 months (effect size 0.21, Moderate impact)}. */
    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "%+d months (effect size %s, %s%s)",
                months,
                effectSize.toPlainString(),
                description(),
                beyondTable ? ", beyond the table" : "");
    }
}
