package org.concordat.evaluation;

/** Where a measure stands against its trajectory to target. */
public enum ProgressStatus {
    /** The latest value meets or beats the final target. */
    ACHIEVED(Rag.GREEN),
    /**
     * The latest value meets or beats the value expected on the trajectory at the date it describes
     * (not the as-of date).
     */
    ON_TRACK(Rag.GREEN),
    /** Behind the trajectory by no more than the tolerance. */
    AT_RISK(Rag.AMBER),
    /**
     * Behind the trajectory by more than the tolerance at the date the value describes, or the value
     * describes the final target date or later and misses the final target.
     */
    OFF_TRACK(Rag.RED),
    /**
     * No observation on or before the as-of date, the latest one is overdue for its cadence, or it
     * describes a date before the baseline.
     */
    NO_DATA(Rag.GREY);

    private final Rag rag;

    ProgressStatus(Rag rag) {
        this.rag = rag;
    }

    /** The status's RAG colour. */
    public Rag rag() {
        return rag;
    }
}
