package org.concordat.examples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.concordat.io.Plans;
import org.concordat.plan.PartnershipPlan;
import org.concordat.rules.Rulebook;
import org.concordat.rules.ValidationReport;
import org.concordat.rules.ValidationSettings;
import org.concordat.rules.Violation;

/** Finds, reads and validates the example plans for the programs in this package. */
final class ExamplePlans {
    /** The date every example judges its plan on, so the output is the same every day. */
    static final LocalDate AS_OF = LocalDate.of(2026, 3, 2);

    private ExamplePlans() {}

    /**
     * The plan named {@code name} in examples/plans/, found from the repository root or from the
     * examples module; {@code args[0]}, when given, names the file instead.
     */
    static PartnershipPlan read(String name, String[] args) {
        Path file = args.length > 0 ? Path.of(args[0]) : locate(name);
        return Plans.read(file);
    }

    static Path locate(String name) {
        for (Path dir :
                new Path[] {Path.of("examples", "plans"), Path.of("plans"), Path.of("..", "examples", "plans")}) {
            Path file = dir.resolve(name);
            if (Files.isRegularFile(file)) {
                return file;
            }
        }
        throw new IllegalStateException(
                "example plan " + name + ": not found under examples/plans; run from the repository root");
    }

    /** Validates {@code plan} with {@code rulebook} as of {@link #AS_OF} and prints the verdict. */
    static ValidationReport validate(PartnershipPlan plan, Rulebook rulebook) {
        ValidationReport report = rulebook.validate(plan, ValidationSettings.asOf(AS_OF));
        System.out.printf(
                "%s: %s under %s (%d violations)%n",
                plan.partnership().name(),
                report.isValid() ? "valid" : "NOT valid",
                rulebook.name(),
                report.violations().size());
        for (Violation v : report.violations()) {
            System.out.printf("  %s %s %s: %s%n", v.severity(), v.code(), v.path(), v.message());
        }
        return report;
    }
}
