package org.concordat;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.concordat.rules.ValidationReport;
import org.concordat.rules.Violation;

/**
 * Thrown when the facade requires a rulebook to pass before saving and the plan has errors.
 * Nothing was written. {@link #report()} holds every violation the rulebook found (warnings and
 * notes too), so a caller can show them all at once.
 */
public class PlanRejectedException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String partnershipId;
    private final transient ValidationReport report;

    /**
     * A refusal of one plan.
     *
     * @param partnershipId the plan's partnership id
     * @param report the rulebook's report, with at least one error
     */
    public PlanRejectedException(String partnershipId, ValidationReport report) {
        super(message(partnershipId, report));
        this.partnershipId = partnershipId;
        this.report = report;
    }

    private static String message(String partnershipId, ValidationReport report) {
        List<Violation> errors = Objects.requireNonNull(report, "report").errors();
        return "plan \"" + Objects.requireNonNull(partnershipId, "partnershipId") + "\": not saved, rulebook "
                + report.rulebook() + " found " + errors.size() + " error" + (errors.size() == 1 ? "" : "s")
                + errors.stream().map(v -> "\n  " + v).collect(Collectors.joining());
    }

    /** The plan's partnership id. */
    public String partnershipId() {
        return partnershipId;
    }

    /** The rulebook's full report. */
    public ValidationReport report() {
        return report;
    }

    /** The errors that refused the save. */
    public List<Violation> violations() {
        return report.errors();
    }
}
