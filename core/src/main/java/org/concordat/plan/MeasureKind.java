package org.concordat.plan;

/**
 * Whether a measure is a number (attainment, application rates, participation counts) or a
 * judgement usually gathered by survey (interest in a subject, confidence). Following IATI, a
 * quantitative measure's baselines and targets carry a value; a qualitative one's may not.
 */
public enum MeasureKind {
    /** A number: each baseline and target needs a value. */
    QUANTITATIVE,
    /** A judgement: baselines and targets may carry a value or only a description. */
    QUALITATIVE
}
