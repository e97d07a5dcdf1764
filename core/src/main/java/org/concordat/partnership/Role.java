package org.concordat.partnership;

/** A role a person plays in a partnership or in one member institution. */
public enum Role {
    /** Leads the partnership, usually from the lead school. */
    PARTNERSHIP_LEAD,
    /** Deputises for the partnership lead, usually from the deputy lead school. */
    DEPUTY_LEAD,
    /** The member school's nominated champion (one per school in STEM partnerships). */
    CHAMPION,
    /** The member institution's project lead (one per institution in the DfE MOU template). */
    PROJECT_LEAD,
    /** The headteacher or principal. */
    HEADTEACHER,
    /** The chair of the governing body. */
    CHAIR_OF_GOVERNORS,
    /** A facilitator, e.g. from the programme provider. */
    FACILITATOR,
    /** A STEM Ambassador volunteering from industry or academia. */
    STEM_AMBASSADOR,
    /** Any other role. */
    OTHER
}
