package org.concordat.event;

/**
 * How an objective is judged to be going, as the evaluation reports it. Only a change to {@link
 * #AT_RISK} or {@link #OFF_TRACK} is announced.
 */
public enum ObjectiveStatus {
    /** Progress is at or ahead of the trajectory to the target. */
    ON_TRACK,
    /** Progress is behind the trajectory but could still reach the target. */
    AT_RISK,
    /** Progress is so far behind that the target will be missed without action. */
    OFF_TRACK,
    /** Not judged: no target or not enough data. */
    NOT_JUDGED;

    /** Whether a change to this status should be announced. */
    public boolean needsAttention() {
        return this == AT_RISK || this == OFF_TRACK;
    }
}
