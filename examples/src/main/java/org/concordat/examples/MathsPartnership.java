package org.concordat.examples;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import org.concordat.Concordat;
import org.concordat.PlanVersion;
import org.concordat.agreement.AgreementVersion;
import org.concordat.partnership.Member;
import org.concordat.partnership.Partnership;
import org.concordat.plan.PartnershipPlan;
import org.concordat.rules.Rulebooks;

/**
 * A maths partnership that grew from 6 to 17 schools (examples/plans/maths-partnership.yaml):
 * validates it under the STEM partnership rulebook (where its size is a warning, not an error),
 * shows how it grew and how each amendment of the MOU needed approval again, and keeps the plan in
 * an in-memory store with its history.
 */
public final class MathsPartnership {
    private MathsPartnership() {}

    /** Runs the example; {@code args[0]} may name another plan file. */
    public static void main(String[] args) {
        PartnershipPlan plan = ExamplePlans.read("maths-partnership.yaml", args);
        ExamplePlans.validate(plan, Rulebooks.stemPartnership());

        Map<LocalDate, Integer> joined = new TreeMap<>();
        for (Member m : plan.partnership().members()) {
            joined.merge(m.joined(), 1, Integer::sum);
        }
        System.out.println();
        System.out.println("Growth:");
        int total = 0;
        for (Map.Entry<LocalDate, Integer> e : joined.entrySet()) {
            total += e.getValue();
            System.out.printf("  %s  +%d schools, %d in all%n", e.getKey(), e.getValue(), total);
        }
        System.out.println("Memorandum versions:");
        for (AgreementVersion v : plan.agreement().orElseThrow().versions()) {
            System.out.printf(
                    "  version %d (%s): %d parties, %d governing body approvals%n",
                    v.number(), v.status(), v.parties().size(), v.approvals().size());
        }

        try (Concordat concordat = Concordat.open(Map.of("concordat.store", "memory"))) {
            PlanVersion first = concordat.plans().create(plan);
            PartnershipPlan renamed = plan.withPartnership(Partnership.builder()
                    .from(plan.partnership())
                    .name("South Birmingham Maths Hub Partnership")
                    .build());
            concordat.plans().save(renamed, first.version());
            System.out.println("Stored versions:");
            for (PlanVersion v : concordat.plans().history(plan.partnership().id())) {
                System.out.printf(
                        "  %d  %s%n", v.version(), v.plan().partnership().name());
            }
            Instant beforeRename = first.savedAt();
            System.out.println(
                    "As it stood at " + beforeRename.atOffset(ZoneOffset.UTC).toLocalDate() + ": "
                            + concordat
                                    .plans()
                                    .asOf(plan.partnership().id(), beforeRename)
                                    .orElseThrow()
                                    .plan()
                                    .partnership()
                                    .name());
        }
    }
}
