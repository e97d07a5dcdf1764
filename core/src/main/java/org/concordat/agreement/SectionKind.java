package org.concordat.agreement;

/**
 * The sections of a partnership MOU, following the DfE guide to writing a memorandum of
 * understanding, plus the duration, withdrawal and data-protection sections comparable
 * school MOUs carry.
 */
public enum SectionKind {
    /** The aims of the partnership. */
    AIMS("Aims"),
    /** The project lead from each institution. */
    PROJECT_LEADS("Project lead from each institution"),
    /** The activities, year groups and subjects covered. */
    ACTIVITIES("Activities, year groups and subjects"),
    /** The measures used to monitor performance. */
    MONITORING_MEASURES("Measures used to monitor performance"),
    /** How outcomes and impact are measured. */
    OUTCOMES_AND_IMPACT("How outcomes and impact are measured"),
    /** How the partnership is evaluated: what data is used, how it is shared and analysed. */
    EVALUATION("How the partnership is evaluated"),
    /** Funding. */
    FUNDING("Funding"),
    /** Duration and review. */
    DURATION_AND_REVIEW("Duration and review"),
    /** How a partner withdraws. */
    WITHDRAWAL("Withdrawal"),
    /** Data protection: lawful basis and data sharing. */
    DATA_PROTECTION("Data protection"),
    /** Any other section; a version may hold several. */
    OTHER("Other");

    private final String heading;

    SectionKind(String heading) {
        this.heading = heading;
    }

    /** The usual heading of the section, e.g. {@code Funding}. */
    public String heading() {
        return heading;
    }
}
