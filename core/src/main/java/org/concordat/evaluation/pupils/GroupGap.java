package org.concordat.evaluation.pupils;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.concordat.calendar.AcademicYear;
import org.concordat.evaluation.disclosure.DisclosurePolicy;
import org.concordat.evaluation.disclosure.Figure;
import org.concordat.evaluation.disclosure.Symbol;
import org.concordat.evaluation.effects.Evidence;
import org.concordat.evaluation.effects.Summary;
import org.concordat.plan.EvidenceDesign;
import org.concordat.plan.PupilGroup;
import org.jspecify.annotations.Nullable;

/**
 * The gap in an outcome between a pupil group and the other pupils (those with another known code
 * for the same characteristic) in one institution or the whole partnership, in one academic year:
 * gap = others' mean − group's mean, so a positive gap means the group is behind its peers, and
 * the gap of a group against the rest is minus the rest's against it. Optionally with its change
 * since a baseline year (negative: the gap narrowed).
 *
 * <p>The evidence is descriptive: a gap at one time is a cross-sectional comparison and its change
 * a before-and-after change with no comparison group; neither is attributed to the partnership.
 */
public final class GroupGap {
    private final @Nullable String institution;
    private final AcademicYear year;
    private final PupilGroup group;
    private final Summary groupSummary;
    private final Summary others;
    private final @Nullable AcademicYear baseline;
    private final double change;

    GroupGap(
            @Nullable String institution,
            AcademicYear year,
            PupilGroup group,
            Summary groupSummary,
            Summary others,
            @Nullable AcademicYear baseline,
            double change) {
        this.institution = institution;
        this.year = year;
        this.group = group;
        this.groupSummary = groupSummary;
        this.others = others;
        this.baseline = baseline;
        this.change = change;
    }

    /** The gap between two summaries: mean of {@code others} − mean of {@code group}. */
    public static double between(Summary group, Summary others) {
        return others.mean() - group.mean();
    }

    /** The institution, empty for the whole partnership. */
    public Optional<String> institution() {
        return Optional.ofNullable(institution);
    }

    /** The academic year. */
    public AcademicYear year() {
        return year;
    }

    /** The pupil group, e.g. FSM_ELIGIBLE=Y. */
    public PupilGroup group() {
        return group;
    }

    /** The group's outcome summary (n, mean). */
    public Summary groupSummary() {
        return groupSummary;
    }

    /** The other pupils' outcome summary (n, mean). */
    public Summary others() {
        return others;
    }

    /** Others' mean − group's mean, in the outcome's unit; positive when the group is behind. */
    public double gap() {
        return between(groupSummary, others);
    }

    /** The baseline year the change is measured from, when one was asked for and has data. */
    public Optional<AcademicYear> baseline() {
        return Optional.ofNullable(baseline);
    }

    /** This year's gap − the baseline year's gap; negative when the gap narrowed. */
    public Optional<Double> changeSinceBaseline() {
        return baseline == null ? Optional.empty() : Optional.of(change);
    }

    /** Cross-sectional, or before-and-after when a change since baseline is given. */
    public Evidence evidence() {
        return Evidence.of(
                baseline == null
                        ? EvidenceDesign.CROSS_SECTIONAL_COMPARISON
                        : EvidenceDesign.BEFORE_AFTER_NO_COMPARISON);
    }

    /** Whether either group is about fewer pupils than the policy's threshold. */
    public boolean isDisclosive(DisclosurePolicy policy) {
        return policy.isDisclosive(groupSummary.count()) || policy.isDisclosive(others.count());
    }

    /** The gap as it may be shown: suppressed ({@code c}) when either group is too small. */
    public Figure shownGap(DisclosurePolicy policy, int decimals) {
        if (isDisclosive(policy)) {
            return Figure.withheld(Symbol.CONFIDENTIAL);
        }
        return Figure.of(java.math.BigDecimal.valueOf(gap()).setScale(decimals, java.math.RoundingMode.HALF_UP));
    }

    /**
     * The finding in words that describe without attributing, e.g. {@code In 2024/25 at the
     * partnership, the gap in KS2 maths between pupils with FSM_ELIGIBLE=Y and other pupils was 4.2
     * (30 and 120 pupils); it narrowed by 1.1 since 2022/23.}
     */
    public String statement(String outcome, DisclosurePolicy policy) {
        String where = institution == null ? "the partnership" : institution;
        if (isDisclosive(policy)) {
            return String.format(
                    Locale.ROOT,
                    "In %s at %s, the gap in %s for pupils with %s is not shown: too few pupils.",
                    year,
                    where,
                    outcome,
                    group);
        }
        String text = String.format(
                Locale.ROOT,
                "In %s at %s, the gap in %s between pupils with %s and other pupils was %s (%d and %d pupils)",
                year,
                where,
                outcome,
                group,
                shownGap(policy, 1),
                groupSummary.count(),
                others.count());
        if (baseline != null) {
            String moved = change < 0 ? "narrowed" : change > 0 ? "widened" : "did not change";
            text += String.format(
                    Locale.ROOT,
                    "; it %s%s since %s",
                    moved,
                    change == 0 ? "" : String.format(Locale.ROOT, " by %.1f", Math.abs(change)),
                    baseline);
        }
        return text + ". " + evidence().claim().caveat();
    }

    /** Equal when the scope, year, group, both summaries, baseline and change are equal. */
    @Override
    public boolean equals(Object o) {
        return o instanceof GroupGap g
                && Objects.equals(g.institution, institution)
                && g.year.equals(year)
                && g.group.equals(group)
                && g.groupSummary.equals(groupSummary)
                && g.others.equals(others)
                && Objects.equals(g.baseline, baseline)
                && Double.compare(g.change, change) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(institution, year, group, groupSummary, others, baseline, change);
    }

    @Override
    public String toString() {
        return "GroupGap[" + (institution == null ? "partnership" : institution) + ", " + year + ", " + group
                + ", gap=" + gap() + ", n=" + groupSummary.count() + "/" + others.count()
                + (baseline == null ? "" : ", change since " + baseline + "=" + change) + "]";
    }
}
