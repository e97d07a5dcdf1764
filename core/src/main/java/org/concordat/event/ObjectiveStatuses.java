package org.concordat.event;

import java.util.LinkedHashMap;
import java.util.Map;
import org.concordat.evaluation.EvaluationResult;
import org.concordat.evaluation.Finding;
import org.concordat.plan.Objective;
import org.concordat.plan.PartnershipPlan;

/**
 * Judges each objective from an evaluation: the worst status among the partnership-wide findings
 * (not those of a single institution; any pupil group) of its measures — off track before at risk before on track
 * or achieved; {@link ObjectiveStatus#NOT_JUDGED} when none of its measures has data.
 */
public final class ObjectiveStatuses {
    private ObjectiveStatuses() {}

    /** The status of every objective of {@code plan} in {@code result}, keyed by objective id. */
    public static Map<String, ObjectiveStatus> of(PartnershipPlan plan, EvaluationResult result) {
        Map<String, ObjectiveStatus> out = new LinkedHashMap<>();
        for (Objective objective : plan.objectives()) {
            ObjectiveStatus worst = ObjectiveStatus.NOT_JUDGED;
            for (Finding f : result.forObjective(objective.id())) {
                if (f.institution().isPresent()) {
                    continue;
                }
                ObjectiveStatus s = StatusMapping.objective(f.status());
                if (rank(s) > rank(worst)) {
                    worst = s;
                }
            }
            out.put(objective.id(), worst);
        }
        return out;
    }

    private static int rank(ObjectiveStatus s) {
        return switch (s) {
            case NOT_JUDGED -> 0;
            case ON_TRACK -> 1;
            case AT_RISK -> 2;
            case OFF_TRACK -> 3;
        };
    }
}
