package org.concordat.event;

/**
 * How an objective is judged to be going: the worst of its measures' partnership-wide {@link
 * org.concordat.evaluation.ProgressStatus}es, and the vocabulary of the {@code objective.status}
 * event. Only a change to {@link #AT_RISK} or {@link #OFF_TRACK} is announced. {@link
 * StatusMapping} maps progress statuses to it and it to a report's colour, and says why the
 * vocabularies differ.
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
