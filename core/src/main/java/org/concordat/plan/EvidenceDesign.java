package org.concordat.plan;

/**
 * The research design behind a finding, with its level on the Maryland Scientific Methods Scale
 * (1 weakest, 5 randomised). Levels follow the library's documented defaults (shared reference
 * README and evaluation-and-mou.md §2.5): randomised 5; regression discontinuity 4;
 * difference-in-differences and matched comparison 3; before-and-after and cross-sectional
 * comparison 2; self-reported views without comparison 1.
 */
public enum EvidenceDesign {
    /** Respondents' own views in a survey (e.g. teachers agreeing that attainment improved). */
    SELF_REPORTED_SURVEY(1),
    /** The same group measured before and after, with no comparison group. */
    BEFORE_AFTER_NO_COMPARISON(2),
    /** Participants compared with non-participants at one time, without matching. */
    CROSS_SECTIONAL_COMPARISON(2),
    /** Participants compared with a comparison group matched on observed characteristics. */
    MATCHED_COMPARISON(3),
    /** Change in participants compared with change in a comparison group. */
    DIFFERENCE_IN_DIFFERENCES(3),
    /** Comparison either side of an eligibility cut-off. */
    REGRESSION_DISCONTINUITY(4),
    /** Random allocation to intervention and control (randomised controlled trial). */
    RANDOMISED(5);

    private final int marylandLevel;

    EvidenceDesign(int marylandLevel) {
        this.marylandLevel = marylandLevel;
    }

    /** The level on the Maryland Scientific Methods Scale, 1 to 5. */
    public int marylandLevel() {
        return marylandLevel;
    }
}
