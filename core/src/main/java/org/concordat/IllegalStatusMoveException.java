package org.concordat;

import java.util.Objects;

/**
 * Thrown when a plan is saved with a status that cannot follow the one in the version it replaces:
 * an ended partnership made active again, an agreement version in force put back to draft. A
 * status may only become one that the moves {@link
 * org.concordat.partnership.PartnershipStatus#canMoveTo} and {@link
 * org.concordat.agreement.AgreementStatus#canMoveTo} allow reach (several may lie between two
 * saves), however the plan was built (a {@code with…} copy, a builder, an edited file). Nothing
 * was written.
 */
public class IllegalStatusMoveException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    private final String partnershipId;
    private final String field;
    private final String from;
    private final String to;

    /**
     * A refused move.
     *
     * @param partnershipId the plan's partnership id
     * @param field the status moved, e.g. {@code partnership.status} or {@code
     *     agreement.versions[2].status}
     * @param from the status in the stored version
     * @param to the status in the plan being saved
     */
    public IllegalStatusMoveException(String partnershipId, String field, Enum<?> from, Enum<?> to) {
        super("plan \"" + Objects.requireNonNull(partnershipId, "partnershipId") + "\": " + field + " \"" + to
                + "\": cannot move from " + from + " to " + to + "; the stored version holds " + from);
        this.partnershipId = partnershipId;
        this.field = Objects.requireNonNull(field, "field");
        this.from = from.name();
        this.to = to.name();
    }

    /** The plan's partnership id. */
    public String partnershipId() {
        return partnershipId;
    }

    /** The status moved, e.g. {@code partnership.status} or {@code agreement.versions[2].status}. */
    public String field() {
        return field;
    }

    /** The status in the stored version, e.g. {@code ENDED}. */
    public String from() {
        return from;
    }

    /** The status in the plan that was refused, e.g. {@code ACTIVE}. */
    public String to() {
        return to;
    }
}
