package org.concordat.evaluation.effects;

import org.concordat.internal.base.Checks;

/**
 * A standardised mean difference with the small-sample correction (Hedges' g) and its 95%
 * confidence interval, from two groups' summaries, as the EEF and the eefAnalytics package compute
 * it for a simple two-group comparison:
 *
 * <ul>
 *   <li>pooled standard deviation s = √(((n₁ − 1)s₁² + (n₂ − 1)s₂²) / (n₁ + n₂ − 2));
 *   <li>d = (mean₁ − mean₂) / s;
 *   <li>J = 1 − 3 / (4N − 9), N = n₁ + n₂; g = J·d;
 *   <li>Var(d) = (n₁ + n₂)/(n₁n₂) + d² / (2(n₁ + n₂));
 *   <li>95% CI = g ± 1.96·J·√Var(d).
 * </ul>
 *
 * <p>Group 1 is the intervention (or the "after" measurement) and group 2 the comparison (or
 * "before"), so a positive g favours the intervention. g is unchanged when both groups' values are
 * shifted by the same amount or scaled by the same positive factor. Sources: shared reference
 * evaluation-and-mou.md §3.3; docs/evaluation.md.
 */
public final class HedgesG {
    /** Two-sided 95% normal quantile used by the EEF. */
    private static final double Z_95 = 1.96;

    /** Which two groups an effect size compares. */
    public enum Comparison {
        /** Pupils who took part against a comparison group of pupils who did not. */
        INTERVENTION_VS_COMPARISON,
        /**
         * The same pupils after against before. Treated as two independent groups because the
         * correlation between the two measurements is not known: with positively correlated scores
         * the interval is wider than a paired analysis would give. Without a comparison group the
         * change cannot be attributed to the intervention.
         */
        AFTER_VS_BEFORE
    }

    private final Comparison comparison;
    private final Summary first;
    private final Summary second;
    private final double pooledSd;
    private final double d;
    private final double j;
    private final double varianceOfD;

    private HedgesG(Comparison comparison, Summary first, Summary second, String firstName, String secondName) {
        requireGroup(firstName, first);
        requireGroup(secondName, second);
        long n1 = first.count();
        long n2 = second.count();
        double pooledVariance = (first.sumOfSquaredDeviations() + second.sumOfSquaredDeviations()) / (n1 + n2 - 2);
        if (!(pooledVariance > 0)) {
            throw new IllegalArgumentException(Checks.describe(
                    "pooled standard deviation", Math.sqrt(pooledVariance), "must be above 0: neither group varies"));
        }
        this.comparison = comparison;
        this.first = first;
        this.second = second;
        this.pooledSd = Math.sqrt(pooledVariance);
        this.d = (first.mean() - second.mean()) / pooledSd;
        long n = n1 + n2;
        this.j = 1.0 - 3.0 / (4.0 * n - 9.0);
        this.varianceOfD = (double) n / ((double) n1 * n2) + d * d / (2.0 * n);
    }

    /**
     * The effect of an intervention: intervention group against comparison group.
     *
     * @throws IllegalArgumentException naming the group and its n when a group has fewer than two
     *     values, or when neither group varies
     */
    public static HedgesG of(Summary intervention, Summary comparison) {
        return new HedgesG(
                Comparison.INTERVENTION_VS_COMPARISON, intervention, comparison, "intervention", "comparison");
    }

    /**
     * The change from before to after in the same pupils, as a standardised difference (after −
     * before), treating the two measurements as independent groups.
     *
     * @throws IllegalArgumentException naming the group and its n when a group has fewer than two
     *     values, or when neither group varies
     */
    public static HedgesG afterVersusBefore(Summary before, Summary after) {
        return new HedgesG(Comparison.AFTER_VS_BEFORE, after, before, "after", "before");
    }

    /** Which groups are compared. */
    public Comparison comparison() {
        return comparison;
    }

    /** The intervention (or "after") group's summary. */
    public Summary treated() {
        return first;
    }

    /** The comparison (or "before") group's summary. */
    public Summary reference() {
        return second;
    }

    /** The pooled sample standard deviation, in the outcome's unit. */
    public double pooledStandardDeviation() {
        return pooledSd;
    }

    /** Cohen's d, the uncorrected standardised mean difference. */
    public double cohensD() {
        return d;
    }

    /** The small-sample correction factor J = 1 − 3/(4N − 9). */
    public double correction() {
        return j;
    }

    /** Hedges' g = J·d, in standard deviations. */
    public double g() {
        return j * d;
    }

    /** Var(d) = (n₁ + n₂)/(n₁n₂) + d²/(2(n₁ + n₂)). */
    public double varianceOfD() {
        return varianceOfD;
    }

    /** The standard error of g, J·√Var(d). */
    public double standardError() {
        return j * Math.sqrt(varianceOfD);
    }

    /** The lower end of the 95% confidence interval, g − 1.96·J·√Var(d). */
    public double lower() {
        return g() - Z_95 * standardError();
    }

    /** The upper end of the 95% confidence interval, g + 1.96·J·√Var(d). */
    public double upper() {
        return g() + Z_95 * standardError();
    }

    /** Whether the 95% confidence interval excludes zero. */
    public boolean excludesZero() {
        return lower() > 0 || upper() < 0;
    }

    /** The EEF Toolkit's months of additional progress for g. */
    public MonthsProgress monthsProgress() {
        return MonthsProgress.fromEffectSize(g());
    }

    /** For example {@code HedgesG[g=0.415, 95% CI -0.075..0.905, n=30 vs 34]}. */
    @Override
    public String toString() {
        return String.format(
                java.util.Locale.ROOT,
                "HedgesG[g=%.3f, 95%% CI %.3f..%.3f, n=%d vs %d]",
                g(),
                lower(),
                upper(),
                first.count(),
                second.count());
    }

    private static void requireGroup(String name, Summary group) {
        if (group.count() < 2) {
            throw new IllegalArgumentException(Checks.describe(
                    name + " group n", group.count(), "must be at least 2 to estimate a standard deviation"));
        }
    }
}
