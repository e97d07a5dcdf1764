package org.concordat.evaluation;

/**
 * Where one measure's finding stands against its trajectory to target. It is the finest of the
 * status vocabularies: an objective's status and a report's colour are read from it through {@link
 * org.concordat.event.StatusMapping}, which says why each exists.
 */
public enum ProgressStatus {
    /** The latest value meets or beats the final target. */
    ACHIEVED,
    /**
     * The latest value meets or beats the value expected on the trajectory at the date it describes
     * (not the as-of date).
     */
    ON_TRACK,
    /** Behind the trajectory by no more than the tolerance. */
    AT_RISK,
    /**
     * Behind the trajectory by more than the tolerance at the date the value describes, or the value
     * describes the final target date or later and misses the final target.
     */
    OFF_TRACK,
    /**
     * No observation on or before the as-of date, the latest one is overdue for its cadence, or it
     * describes a date before the baseline.
     */
    NO_DATA
}
