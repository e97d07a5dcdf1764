package org.concordat.partnership;

/**
 * Where a partnership is in its life: forming, then agreed (the MOU approved), then active, then
 * ended. A partnership may also end before it becomes active (it dissolves while forming or
 * once agreed); no other move is legal.
 */
public enum PartnershipStatus {
    /** Partners are talking; no agreement yet. */
    FORMING,
    /** Every governing body has approved the agreement; work has not started. */
    AGREED,
    /** Work under the action plan is under way. */
    ACTIVE,
    /** The partnership has ended. Final. */
    ENDED;

    /**
     * Whether a partnership in this status may move to {@code next}: one step along forming →
     * agreed → active → ended, or straight to ended from any status but ended.
     */
    public boolean canMoveTo(PartnershipStatus next) {
        if (this == ENDED) {
            return false;
        }
        return next == ENDED || next.ordinal() == ordinal() + 1;
    }
}
