package org.concordat.evaluation;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.concordat.calendar.Period;
import org.concordat.evaluation.disclosure.Figure;
import org.concordat.evaluation.effects.Evidence;
import org.concordat.evaluation.effects.HedgesG;
import org.concordat.internal.base.Checks;
import org.concordat.plan.EvidenceDesign;
import org.concordat.plan.PupilGroup;
import org.jspecify.annotations.Nullable;

/**
 * An effect size on an outcome together with the design that produced it, worded so that it never
 * claims more than the design supports: a before-and-after change is "changed", a difference from
 * an unmatched group "differed", a matched or difference-in-differences comparison "was higher
 * than … consistent with an effect", and only a randomised or regression-discontinuity design says
 * the intervention "raised" the outcome. Months of progress are given only where a comparison
 * group supports reading the difference as progress.
 *
 * <p>An effect finding is an analysis, not yet something to publish: its groups' n are the counts
 * disclosure control protects. It is published only through an evaluation ({@link
 * Evaluation#withEffects}, {@link EvaluationResult#effects()}), which withholds it whole when a group
 * is about too few pupils or rests on a withheld figure, and rounds the n it shows. Say which
 * published figures its groups are with {@link #about(Cell, Cell)}, so that it is protected together
 * with them.
 */
public final class EffectFinding {
    private final String outcome;
    private final HedgesG effect;
    private final Evidence evidence;
    private final @Nullable Cell treatedCell;
    private final @Nullable Cell referenceCell;

    private EffectFinding(
            String outcome,
            HedgesG effect,
            Evidence evidence,
            @Nullable Cell treatedCell,
            @Nullable Cell referenceCell) {
        this.outcome = outcome;
        this.effect = effect;
        this.evidence = evidence;
        this.treatedCell = treatedCell;
        this.referenceCell = referenceCell;
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
        return new EffectFinding(outcome, effect, Evidence.of(design), null, null);
    }

    /**
     * A copy that says which figures of the evaluation its groups are: the treated (or "after")
     * group is the figure {@code treated}, the comparison (or "before") group the figure {@code
     * reference}. Its groups' n then join the evaluation's linked tables, and the finding is
     * withheld whenever either figure is, as a small figure or as a complement.
     */
    public EffectFinding about(Cell treated, Cell reference) {
        return new EffectFinding(
                outcome,
                effect,
                evidence,
                Objects.requireNonNull(treated, "treated"),
                Objects.requireNonNull(reference, "reference"));
    }

    /** The figure the treated (or "after") group is, when given by {@link #about}. */
    public Optional<Cell> treatedCell() {
        return Optional.ofNullable(treatedCell);
    }

    /** The figure the comparison (or "before") group is, when given by {@link #about}. */
    public Optional<Cell> referenceCell() {
        return Optional.ofNullable(referenceCell);
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

    /**
     * The finding in words with its groups' n as {@code treatedN} and {@code referenceN} show them,
     * followed by the design's caveat. Not public: the only statement published is the one
     * disclosure control decided on ({@link PublishedEffect#statement()}).
     */
    String statement(Figure treatedN, Figure referenceN) {
        String stats = String.format(
                Locale.ROOT,
                "g = %.2f, 95%% CI %.2f to %.2f; n = %s and %s",
                effect.g(),
                effect.lower(),
                effect.upper(),
                treatedN,
                referenceN);
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

    /**
     * One figure an evaluation publishes: a measure's value for an institution (empty: the
     * partnership), a period and a pupil group. Names a group of an {@link EffectFinding} so that
     * disclosure control treats both as the same cell.
     */
    public static final class Cell {
        private final String measureId;
        private final @Nullable String institution;
        private final Period period;
        private final PupilGroup group;

        private Cell(String measureId, @Nullable String institution, Period period, PupilGroup group) {
            this.measureId = Checks.requireNonBlank("cell.measureId", measureId);
            this.institution = institution == null ? null : Checks.requireNonBlank("cell.institution", institution);
            this.period = Objects.requireNonNull(period, "period");
            this.group = Objects.requireNonNull(group, "group");
        }

        /**
         * The figure of {@code measureId} for {@code institution} (empty: the partnership), {@code
         * period} and {@code group}.
         *
         * @throws IllegalArgumentException naming the field when an id is blank
         */
        public static Cell of(String measureId, Optional<String> institution, Period period, PupilGroup group) {
            return new Cell(measureId, institution.orElse(null), period, group);
        }

        /** The measure's id. */
        public String measureId() {
            return measureId;
        }

        /** The institution, empty for the partnership. */
        public Optional<String> institution() {
            return Optional.ofNullable(institution);
        }

        /** The period the figure describes. */
        public Period period() {
            return period;
        }

        /** The pupil group. */
        public PupilGroup group() {
            return group;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Cell c
                    && c.measureId.equals(measureId)
                    && Objects.equals(c.institution, institution)
                    && c.period.equals(period)
                    && c.group.equals(group);
        }

        @Override
        public int hashCode() {
            return Objects.hash(measureId, institution, period, group);
        }

        @Override
        public String toString() {
            return "Cell[" + measureId + ", " + (institution == null ? "partnership" : institution) + ", " + period
                    + ", " + group + "]";
        }
    }
}
