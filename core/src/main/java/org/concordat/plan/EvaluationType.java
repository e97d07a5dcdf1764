package org.concordat.plan;

/** The three kinds of evaluation the HM Treasury Magenta Book distinguishes. */
public enum EvaluationType {
    /** Process: was it delivered as intended, and what helped or hindered. */
    PROCESS,
    /** Impact: what difference did it make, compared with what would have happened anyway. */
    IMPACT,
    /** Value for money: were the benefits worth the costs. */
    VALUE_FOR_MONEY
}
