package org.concordat.cli;

import java.nio.file.Path;
import org.concordat.plan.PartnershipPlan;
import picocli.CommandLine.Parameters;

/**
 * The plan file a command reads, its first positional parameter, shared as a picocli mixin by
 * {@code evaluate}, {@code report}, {@code calendar} and {@code store save} so that each names it
 * and reads it the same way. ({@code validate} takes several plans and keeps its own list.)
 */
final class PlanFileOption {
    @Parameters(index = "0", paramLabel = "PLAN", description = "Plan file (.yaml, .yml or .json).")
    Path file = Path.of("");

    /** The plan in the file, or an {@link InputException} saying where and why it cannot be read. */
    PartnershipPlan read() {
        return PlanInput.read(file);
    }
}
