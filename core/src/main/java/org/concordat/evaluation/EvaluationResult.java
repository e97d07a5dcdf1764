package org.concordat.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.concordat.plan.PupilGroup;

/** The findings of an {@link Evaluation} as of a date, by objective, measure, institution and group. */
public final class EvaluationResult {
    private final LocalDate asOf;
    private final List<Finding> findings;

    EvaluationResult(LocalDate asOf, List<Finding> findings) {
        this.asOf = asOf;
        this.findings = List.copyOf(findings);
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

    @Override
    public String toString() {
        return "EvaluationResult[as of " + asOf + ", " + findings.size() + " findings]";
    }
}
