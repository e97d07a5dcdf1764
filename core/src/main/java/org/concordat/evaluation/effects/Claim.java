package org.concordat.evaluation.effects;

import org.concordat.plan.EvidenceDesign;

/**
 * The strongest kind of statement a research design supports. Finding texts are worded from this,
 * so a survey of teachers' views is never reported as measured attainment and a before-and-after
 * change is never reported as the partnership's effect.
 */
public enum Claim {
    /** What respondents said: "teachers reported …". Nothing about measured outcomes. */
    REPORTED_VIEWS,
    /** A measured change or difference, with no attribution to the intervention. */
    DESCRIPTIVE,
    /**
     * A difference against a comparison group that is consistent with an effect, though
     * unmeasured differences between the groups may explain part of it.
     */
    SUGGESTIVE,
    /** A difference that can be attributed to the intervention. */
    CAUSAL;

    /** The strongest claim {@code design} supports. */
    public static Claim supportedBy(EvidenceDesign design) {
        return switch (design) {
            case SELF_REPORTED_SURVEY -> REPORTED_VIEWS;
            case BEFORE_AFTER_NO_COMPARISON, CROSS_SECTIONAL_COMPARISON -> DESCRIPTIVE;
            case MATCHED_COMPARISON, DIFFERENCE_IN_DIFFERENCES -> SUGGESTIVE;
            case REGRESSION_DISCONTINUITY, RANDOMISED -> CAUSAL;
        };
    }

    /** The sentence a report adds so readers do not read more into the finding than it holds. */
    public String caveat() {
        return switch (this) {
            case REPORTED_VIEWS -> "These are respondents' views, not measured outcomes.";
            case DESCRIPTIVE ->
                "Without a comparison group that accounts for other influences, this cannot be"
                        + " attributed to the partnership.";
            case SUGGESTIVE ->
                "The comparison group accounts for some other influences; unmeasured differences"
                        + " between the groups may explain part of the difference.";
            case CAUSAL -> "The design supports attributing the difference to the intervention.";
        };
    }
}
