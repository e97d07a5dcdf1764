package org.concordat.examples;

import java.math.BigDecimal;
import java.util.List;
import org.concordat.calendar.Period;
import org.concordat.evaluation.Evaluation;
import org.concordat.evaluation.EvaluationResult;
import org.concordat.evaluation.Finding;
import org.concordat.evaluation.Observation;
import org.concordat.plan.PartnershipPlan;
import org.concordat.rules.Rulebooks;

/**
 * A national lead provider's network of five regional delivery partners with quality assurance
 * (examples/plans/national-network.yaml): validates it under DfE guidance, then evaluates it from
 * a term's monitoring returns (aggregate figures, as delivery partners would send them) and prints
 * where each measure stands.
 */
public final class NationalDeliveryNetwork {
    private NationalDeliveryNetwork() {}

    /** Runs the example; {@code args[0]} may name another plan file. */
    public static void main(String[] args) {
        PartnershipPlan plan = ExamplePlans.read("national-network.yaml", args);
        ExamplePlans.validate(plan, Rulebooks.dfeGuidance());

        Period spring = Period.parse("2026-01-05/2026-02-13");
        List<Observation> returns = List.of(
                Observation.builder()
                        .measureId("M1")
                        .period(spring)
                        .value(BigDecimal.valueOf(4))
                        .n(5)
                        .source("QA visits")
                        .build(),
                Observation.builder()
                        .measureId("M2")
                        .period(Period.parse("2025-09-01/2026-02-13"))
                        .value(new BigDecimal("87.5"))
                        .n(640)
                        .source("programme records")
                        .build());
        EvaluationResult result = Evaluation.of(plan, returns).asOf(ExamplePlans.AS_OF);
        System.out.println();
        System.out.println("Findings as of " + result.asOf() + ":");
        for (Finding f : result.findings()) {
            System.out.printf("  %-9s %s %s: %s (%s)%n", f.status(), f.measureId(), f.group(), f.value(), f.reason());
        }
    }
}
