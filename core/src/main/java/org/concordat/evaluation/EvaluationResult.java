package org.concordat.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.concordat.plan.PupilGroup;

/**
 * The findings of an {@link Evaluation} as of a date, by objective, measure, institution and group,
 * the gaps between pupil groups and the effect findings: every figure in it has passed disclosure control, so it may
 * be published whole.
 */
public final class EvaluationResult {
    private final LocalDate asOf;
    private final List<Finding> findings;
    private final List<GapFinding> gaps;
    private final List<PublishedEffect> effects;
    private final List<DataLeftOut> dataLeftOut;
    private final List<String> dataNotUsed;

    EvaluationResult(
            LocalDate asOf,
            List<Finding> findings,
            List<GapFinding> gaps,
            List<PublishedEffect> effects,
            List<DataLeftOut> dataLeftOut,
            List<String> dataNotUsed) {
        this.asOf = asOf;
        this.dataLeftOut = List.copyOf(dataLeftOut);
        this.dataNotUsed = List.copyOf(dataNotUsed);
        this.findings = List.copyOf(findings);
        this.gaps = List.copyOf(gaps);
        this.effects = List.copyOf(effects);
    }

    /**
     * The effect findings the evaluation was given ({@link Evaluation#withEffects}), in that order,
     * as disclosure control let them be published.
     */
    public List<PublishedEffect> effects() {
        return effects;
    }

    /**
     * The gaps between pupil groups, when the evaluation was given them ({@link
     * Evaluation#withGaps}), protected together with the findings; each institution then the
     * partnership, by year and group.
     */
    public List<GapFinding> gaps() {
        return gaps;
    }

    /**
     * The institutions' values an evaluation {@link Evaluation#underAgreement() under the agreement}
     * left out, each with why; empty otherwise, or when every value was covered.
     */
    public List<DataLeftOut> dataLeftOut() {
        return dataLeftOut;
    }

    /**
     * What was left out, in words, for every report to print: one line per reason and day, counting
     * institutions, e.g. {@code 2 schools' data not used: no data-sharing agreement approved by
     * their governing body on 1 March 2026}. Empty when nothing was left out.
     */
    public List<String> dataNotUsed() {
        return dataNotUsed;
    }

    /** The as-of date. */
    public LocalDate asOf() {
        return asOf;
    }

    /** Every finding, in plan order of objectives and measures, then by institution and group. */
    public List<Finding> findings() {
        return findings;
    }

    /** The findings for one objective. */
    public List<Finding> forObjective(String objectiveId) {
        return findings.stream()
                .filter(f -> f.objectiveId().equals(objectiveId))
                .toList();
    }

    /** The findings for one measure. */
    public List<Finding> forMeasure(String measureId) {
        return findings.stream().filter(f -> f.measureId().equals(measureId)).toList();
    }

    /** The finding for a measure, institution (empty: partnership) and group, if any. */
    public Optional<Finding> find(String measureId, Optional<String> institution, PupilGroup group) {
        return findings.stream()
                .filter(f -> f.measureId().equals(measureId)
                        && f.institution().equals(institution)
                        && f.group().equals(group))
                .findFirst();
    }

    /**
     * Equal when the as-of date, the findings, gaps and effect findings (in order) and what was left
     * out are equal: the same evaluation run twice gives equal results.
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof EvaluationResult r
                && r.asOf.equals(asOf)
                && r.findings.equals(findings)
                && r.gaps.equals(gaps)
                && r.effects.equals(effects)
                && r.dataLeftOut.equals(dataLeftOut)
                && r.dataNotUsed.equals(dataNotUsed);
    }

    @Override
    public int hashCode() {
        return Objects.hash(asOf, findings, gaps, effects, dataLeftOut, dataNotUsed);
    }

    @Override
    public String toString() {
        return "EvaluationResult[as of " + asOf + ", " + findings.size() + " findings]";
    }
}
