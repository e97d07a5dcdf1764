package org.concordat.examples;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.concordat.Concordat;
import org.concordat.calendar.AcademicTerm;
import org.concordat.partnership.Member;
import org.concordat.partnership.Person;
import org.concordat.partnership.Role;
import org.concordat.plan.PartnershipPlan;
import org.concordat.report.NewsletterReport;
import org.concordat.rules.Rulebooks;

/**
 * A design and technology partnership of seven secondary schools (examples/plans/dt-partnership.yaml):
 * validates it under the STEM partnership rulebook, lists each school's champion, and renders the
 * termly newsletter for spring 2026 as Markdown.
 */
public final class DesignTechnologyPartnership {
    private DesignTechnologyPartnership() {}

    /** Runs the example; {@code args[0]} may name another plan file. */
    public static void main(String[] args) {
        PartnershipPlan plan = ExamplePlans.read("dt-partnership.yaml", args);
        ExamplePlans.validate(plan, Rulebooks.stemPartnership());

        System.out.println();
        System.out.println("Champions:");
        for (Member m : plan.partnership().members()) {
            String school = plan.institution(m.institutionId()).orElseThrow().name();
            String champions = String.join(
                    ", ",
                    plan.people(m.institutionId(), Role.CHAMPION).stream()
                            .map(Person::name)
                            .toList());
            System.out.printf("  %-28s %s%n", school, champions);
        }

        System.out.println();
        try (Concordat concordat = Concordat.open(Map.of("concordat.store", "memory"))) {
            byte[] newsletter =
                    concordat.render(NewsletterReport.of(plan, AcademicTerm.parse("2025/26 spring")), "markdown");
            System.out.println(new String(newsletter, StandardCharsets.UTF_8));
        }
    }
}
