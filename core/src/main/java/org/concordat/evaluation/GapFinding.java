package org.concordat.evaluation;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.concordat.calendar.AcademicYear;
import org.concordat.evaluation.disclosure.Figure;
import org.concordat.evaluation.effects.Evidence;
import org.concordat.evaluation.pupils.GroupGap;
import org.concordat.plan.EvidenceDesign;
import org.concordat.plan.PupilGroup;
import org.jspecify.annotations.Nullable;

/**
 * A {@link GroupGap} as an evaluation publishes it, after the disclosure control of the whole
 * evaluation (see {@link Evaluation}): the gap to two decimal places, the rounded numbers of pupils
 * on each side, and the change since the baseline year. When any figure it rests on is withheld,
 * the gap, both n and the change are all {@code c}; the change is also {@code c} when the baseline
 * year's gap is withheld, since baseline = current − change.
 */
public final class GapFinding {
    private final String measureId;
    private final @Nullable String institution;
    private final AcademicYear year;
    private final PupilGroup group;
    private final Figure gap;
    private final Figure groupN;
    private final Figure othersN;
    private final @Nullable AcademicYear baseline;
    private final Figure change;

    GapFinding(
            String measureId,
            @Nullable String institution,
            AcademicYear year,
            PupilGroup group,
            Figure gap,
            Figure groupN,
            Figure othersN,
            @Nullable AcademicYear baseline,
            Figure change) {
        this.measureId = measureId;
        this.institution = institution;
        this.year = year;
        this.group = group;
        this.gap = gap;
        this.groupN = groupN;
        this.othersN = othersN;
        this.baseline = baseline;
        this.change = change;
    }

    /** The outcome's measure id. */
    public String measureId() {
        return measureId;
    }

    /** The institution, empty for the whole partnership. */
    public Optional<String> institution() {
        return Optional.ofNullable(institution);
    }

    /** The academic year. */
    public AcademicYear year() {
        return year;
    }

    /** The pupil group compared with the other pupils. */
    public PupilGroup group() {
        return group;
    }

    /** Others' mean − group's mean, to two places, or {@code c} when withheld. */
    public Figure gap() {
        return gap;
    }

    /** Whether the gap is withheld by disclosure control. */
    public boolean withheld() {
        return !gap.isShown();
    }

    /** Pupils in the group, rounded under the policy, or {@code c} when withheld. */
    public Figure groupN() {
        return groupN;
    }

    /** The other pupils, rounded under the policy, or {@code c} when withheld. */
    public Figure othersN() {
        return othersN;
    }

    /** The baseline year the change is measured from, empty when there is none. */
    public Optional<AcademicYear> baseline() {
        return Optional.ofNullable(baseline);
    }

    /**
     * This year's gap − the baseline year's, to two places; {@code z} without a baseline, {@code c}
     * when either year's gap is withheld.
     */
    public Figure changeSinceBaseline() {
        return change;
    }

    /** Cross-sectional, or before-and-after when a change since baseline is shown. */
    public Evidence evidence() {
        return Evidence.of(
                change.isShown()
                        ? EvidenceDesign.BEFORE_AFTER_NO_COMPARISON
                        : EvidenceDesign.CROSS_SECTIONAL_COMPARISON);
    }

    /**
     * The finding in words that describe without attributing, e.g. {@code In 2024/25 at the
     * partnership, the gap in KS2 maths between pupils with FSM_ELIGIBLE=Y and other pupils was 4.20
     * (30 and 120 pupils); it narrowed by 1.10 since 2022/23.} A withheld gap says only that it is
     * not shown.
     */
    public String statement(String outcome) {
        String where = institution == null ? "the partnership" : institution;
        if (withheld()) {
            return String.format(
                    Locale.ROOT,
                    "In %s at %s, the gap in %s for pupils with %s is not shown: disclosure control.",
                    year,
                    where,
                    outcome,
                    group);
        }
        String text = String.format(
                Locale.ROOT,
                "In %s at %s, the gap in %s between pupils with %s and other pupils was %s (%s and %s pupils)",
                year,
                where,
                outcome,
                group,
                gap,
                groupN,
                othersN);
        if (change.isShown()) {
            int sign = change.value().orElseThrow().signum();
            String moved = sign < 0 ? "narrowed" : sign > 0 ? "widened" : "did not change";
            text += String.format(
                    Locale.ROOT,
                    "; it %s%s since %s",
                    moved,
                    sign == 0 ? "" : " by " + change.value().orElseThrow().abs().toPlainString(),
                    baseline);
        }
        return text + ". " + evidence().claim().caveat();
    }

    /** Equal when every published part (measure, scope, year, group, figures, baseline) is equal. */
    @Override
    public boolean equals(Object o) {
        return o instanceof GapFinding g
                && g.measureId.equals(measureId)
                && Objects.equals(g.institution, institution)
                && g.year.equals(year)
                && g.group.equals(group)
                && g.gap.equals(gap)
                && g.groupN.equals(groupN)
                && g.othersN.equals(othersN)
                && Objects.equals(g.baseline, baseline)
                && g.change.equals(change);
    }

    @Override
    public int hashCode() {
        return Objects.hash(measureId, institution, year, group, gap, groupN, othersN, baseline, change);
    }

    @Override
    public String toString() {
        return "GapFinding[" + measureId + ", " + (institution == null ? "partnership" : institution) + ", " + year
                + ", " + group + ", gap=" + gap + ", n=" + groupN + "/" + othersN + ", change=" + change + "]";
    }
}
