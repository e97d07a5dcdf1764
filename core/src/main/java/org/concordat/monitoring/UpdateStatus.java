package org.concordat.monitoring;

/**
 * Where a monitoring update is in its life: {@code DRAFT → SUBMITTED → APPROVED}, or {@code
 * SUBMITTED → RETURNED} (with a reason) and back to {@code SUBMITTED} when resubmitted. An approved
 * update is final: it never changes again.
 */
public enum UpdateStatus {
    /** Being prepared by the institution; not yet seen by the approvers. */
    DRAFT,
    /** Sent for a decision by the partnership lead or deputy. */
    SUBMITTED,
    /** Accepted: the value feeds the evaluation. Final. */
    APPROVED,
    /** Sent back to the submitter with a reason, to be corrected and resubmitted. */
    RETURNED;

    /** Whether an update in this status may move to {@code next}. */
    public boolean canMoveTo(UpdateStatus next) {
        return switch (this) {
            case DRAFT, RETURNED -> next == SUBMITTED;
            case SUBMITTED -> next == APPROVED || next == RETURNED;
            case APPROVED -> false;
        };
    }

    /** Whether the value may still be revised (a draft, or a returned update). */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }
}
