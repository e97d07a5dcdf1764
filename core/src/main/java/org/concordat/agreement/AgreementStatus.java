package org.concordat.agreement;

/**
 * Where one version of an agreement is in its life: draft → circulated → approved (every
 * party's governing body has approved it) → in force → superseded (by a later version) or
 * ended. A draft or circulated version may go back to draft for changes.
 */
public enum AgreementStatus {
    /** Being written. */
    DRAFT,
    /** Sent to every party's governing body. */
    CIRCULATED,
    /** Approved by every party's governing body. */
    APPROVED,
    /** In force: work under it may take place. */
    IN_FORCE,
    /** Replaced by a later version. Final. */
    SUPERSEDED,
    /** Ended without replacement. Final. */
    ENDED;

    /** Whether a version in this status may move to {@code next}. */
    public boolean canMoveTo(AgreementStatus next) {
        switch (this) {
            case DRAFT:
                return next == CIRCULATED;
            case CIRCULATED:
                return next == APPROVED || next == DRAFT;
            case APPROVED:
                return next == IN_FORCE || next == SUPERSEDED;
            case IN_FORCE:
                return next == SUPERSEDED || next == ENDED;
            default:
                return false;
        }
    }

    /** Whether no further move is possible. */
    public boolean isFinal() {
        return this == SUPERSEDED || this == ENDED;
    }
}
