package org.concordat.evaluation;

import java.util.Locale;
import java.util.Objects;
import org.concordat.internal.Checks;
import org.concordat.plan.EvidenceDesign;

/**
 * An effect size on an outcome together with the design that produced it, worded so that it never
 * claims more than the design supports: a before-and-after change is "changed", a difference from
 * an unmatched group "differed", a matched or difference-in-differences comparison "was higher
 * than … consistent with an effect", and only a randomised or regression-discontinuity design says
 * the intervention "raised" the outcome. Months of progress are given only where a comparison
 * group supports reading the difference as progress.
 */
public final class EffectFinding {
    private final String outcome;
    private final HedgesG effect;
    private final Evidence evidence;

    private EffectFinding(String outcome, HedgesG effect, Evidence evidence) {
        this.outcome = outcome;
        this.effect = effect;
        this.evidence = evidence;
    }

    /**
     * An effect finding.
     *
     * @param outcome what was measured, e.g. "KS2 maths scaled score"
     * @throws IllegalArgumentException when the design does not fit the comparison: an after-versus-
     *     before effect size needs {@link EvidenceDesign#BEFORE_AFTER_NO_COMPARISON}; an intervention-
     *     versus-comparison one cannot come from a self-reported survey or a design without a
     *     comparison group
     */
    public static EffectFinding of(String outcome, HedgesG effect, EvidenceDesign design) {
        Checks.requireNonBlank("outcome", outcome);
        Objects.requireNonNull(effect, "effect");
        boolean beforeAfter = effect.comparison() == HedgesG.Comparison.AFTER_VS_BEFORE;
        if (beforeAfter != (design == EvidenceDesign.BEFORE_AFTER_NO_COMPARISON)
                || design == EvidenceDesign.SELF_REPORTED_SURVEY) {
            throw new IllegalArgumentException(
                    Checks.describe("design", design, "does not fit a " + effect.comparison() + " effect size"));
        }
        return new EffectFinding(outcome, effect, Evidence.of(design));
    }

    /** What was measured. */
    public String outcome() {
        return outcome;
    }

    /** The effect size. */
    public HedgesG effect() {
        return effect;
    }

    /** The design and its Maryland level. */
    public Evidence evidence() {
        return evidence;
    }

    /** The finding in words, followed by the design's caveat. */
    public String statement() {
        String stats = String.format(
                Locale.ROOT,
                "g = %.2f, 95%% CI %.2f to %.2f; n = %d and %d",
                effect.g(),
                effect.lower(),
                effect.upper(),
                effect.treated().count(),
                effect.reference().count());
        // The verb carries the sign ("raised", "lower"), so the months are given as a magnitude.
        String months = Math.abs(effect.monthsProgress().months()) + " months' progress";
        String text = switch (evidence.claim()) {
            case DESCRIPTIVE ->
                effect.comparison() == HedgesG.Comparison.AFTER_VS_BEFORE
                        ? String.format(Locale.ROOT, "%s changed between the two measurements (%s).", outcome, stats)
                        : String.format(
                                Locale.ROOT,
                                "%s of participating pupils differed from that of non-participating pupils (%s).",
                                outcome,
                                stats);
            case SUGGESTIVE ->
                String.format(
                        Locale.ROOT,
                        "%s of participating pupils was %s than that of a comparison group (%s), a difference of"
                                + " about %s consistent with an effect of the intervention.",
                        outcome,
                        effect.g() >= 0 ? "higher" : "lower",
                        stats,
                        months);
            case CAUSAL ->
                String.format(
                        Locale.ROOT,
                        "The intervention %s %s by about %s (%s).",
                        effect.g() >= 0 ? "raised" : "lowered",
                        outcome,
                        months,
                        stats);
            case REPORTED_VIEWS -> throw new IllegalStateException("unreachable: refused by of()");
        };
        return text + " " + evidence.claim().caveat();
    }

    @Override
    public String toString() {
        return "EffectFinding[" + outcome + ", " + effect + ", " + evidence + "]";
    }
}
