package org.concordat.plan;

/**
 * The design behind a finding, with its level on the Maryland Scientific Methods Scale (1 weakest
 * to 5 strongest). An evaluation plan names the design it aims for; evaluation labels each
 * finding with the design it actually had, so a report never presents teachers' self-reported
 * agreement as if it were measured attainment.
 */
public enum EvidenceDesign {
    /** Self-reported survey or correlation without a comparison group: level 1. */
    SELF_REPORTED_SURVEY(1),
    /** Before and after, without a comparison group: level 2. */
    BEFORE_AFTER_NO_COMPARISON(2),
    /** A comparison with non-participants at one point in time: level 2. */
    CROSS_SECTIONAL_COMPARISON(2),
    /** A comparison group matched on observed characteristics (incl. panel methods): level 3. */
    MATCHED_COMPARISON(3),
    /** Difference in differences against a comparison group: level 3. */
    DIFFERENCE_IN_DIFFERENCES(3),
    /** Regression discontinuity or instrumental variables: level 4. */
    REGRESSION_DISCONTINUITY(4),
    /** Random assignment to participation: level 5. */
    RANDOMISED(5);

    private final int marylandLevel;

    EvidenceDesign(int marylandLevel) {
        this.marylandLevel = marylandLevel;
    }

    /** The level on the Maryland Scientific Methods Scale, 1 to 5. */
    public int marylandLevel() {
        return marylandLevel;
    }

    /** Whether this design is at least as strong as {@code other} on the Maryland scale. */
    public boolean isAtLeastAsStrongAs(EvidenceDesign other) {
        return marylandLevel >= other.marylandLevel;
    }
}
