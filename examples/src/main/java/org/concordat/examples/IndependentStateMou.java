package org.concordat.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.concordat.Concordat;
import org.concordat.agreement.AgreementVersion;
import org.concordat.agreement.Approval;
import org.concordat.plan.PartnershipPlan;
import org.concordat.report.MouReport;
import org.concordat.rules.Rulebooks;

/**
 * A DfE-style MOU between an independent school, a university and three state schools
 * (examples/plans/independent-state-mou.yaml): validates it under DfE guidance, prints every
 * governing body's approval, and writes the MOU as one HTML page to target/independent-state-mou.html.
 */
public final class IndependentStateMou {
    private IndependentStateMou() {}

    /** Runs the example; {@code args[0]} may name another plan file. */
    public static void main(String[] args) throws IOException {
        PartnershipPlan plan = ExamplePlans.read("independent-state-mou.yaml", args);
        ExamplePlans.validate(plan, Rulebooks.dfeGuidance());

        AgreementVersion inForce = plan.agreement().orElseThrow().versions().get(0);
        System.out.println();
        System.out.println("Approvals of version " + inForce.number() + ":");
        for (Approval a : inForce.approvals()) {
            System.out.printf(
                    "  %-36s %-30s %s  %s%n",
                    plan.institution(a.institutionId()).orElseThrow().name(),
                    a.governingBody(),
                    a.date(),
                    a.minuteReference());
        }
        System.out.println("Work may start from " + inForce.fullyApprovedOn().orElseThrow());

        Path out = Path.of("target", "independent-state-mou.html");
        Files.createDirectories(out.getParent());
        try (Concordat concordat = Concordat.open(Map.of("concordat.store", "memory"))) {
            Files.write(out, concordat.render(MouReport.of(plan), "html"));
        }
        System.out.println("Wrote " + out.toAbsolutePath());
    }
}
