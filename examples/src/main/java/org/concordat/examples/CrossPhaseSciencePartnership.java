package org.concordat.examples;

import java.util.List;
import org.concordat.plan.Activity;
import org.concordat.plan.PartnershipPlan;
import org.concordat.rules.Rulebooks;

/**
 * A cross-phase science partnership from nursery to university that carried on after its grant
 * ended (examples/plans/cross-phase-science.yaml): validates it under DfE guidance and shows which
 * activities the grant paid for and which the members now run from their own budgets.
 */
public final class CrossPhaseSciencePartnership {
    private CrossPhaseSciencePartnership() {}

    /** Runs the example; {@code args[0]} may name another plan file. */
    public static void main(String[] args) {
        PartnershipPlan plan = ExamplePlans.read("cross-phase-science.yaml", args);
        ExamplePlans.validate(plan, Rulebooks.dfeGuidance());

        List<Activity> funded = plan.activities().stream()
                .filter(a -> a.fundingSourceId().isPresent())
                .toList();
        List<Activity> unfunded = plan.activities().stream()
                .filter(a -> a.fundingSourceId().isEmpty())
                .toList();
        System.out.println();
        System.out.println("Paid for by the grant (ended July 2025):");
        funded.forEach(a -> System.out.printf(
                "  %-4s %-60s %s%n", a.id(), a.title(), a.cost().orElseThrow()));
        System.out.println("Run by the members without external funding:");
        unfunded.forEach(a -> System.out.printf("  %-4s %s%n", a.id(), a.title()));
        System.out.println();
        System.out.println("Phases: " + plan.partnership().focus().phases());
    }
}
