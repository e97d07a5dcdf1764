package org.concordat.plan;

/** Where money for a partnership comes from. */
public enum FundingKind {
    /** A Department for Education grant. */
    DFE_GRANT,
    /** Programme funding, e.g. an ENTHUSE Partnership's support package. */
    PROGRAMME,
    /** A bursary, e.g. towards cover costs for CPD. */
    BURSARY,
    /** Industry or employer sponsorship. */
    INDUSTRY,
    /** The member schools' own contributions. */
    SCHOOL_CONTRIBUTION,
    /** Anything else. */
    OTHER
}
