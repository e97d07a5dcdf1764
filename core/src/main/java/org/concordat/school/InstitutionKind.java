package org.concordat.school;

/** What sort of body an institution is; decides which identifiers it is expected to carry. */
public enum InstitutionKind {
    /** A school: maintained, academy, free, independent or special. */
    SCHOOL,
    /** A further-education college. */
    COLLEGE,
    /** A sixth-form college. */
    SIXTH_FORM_COLLEGE,
    /** A multi-academy trust or single-academy trust. */
    ACADEMY_TRUST,
    /** A local authority. */
    LOCAL_AUTHORITY,
    /** A university or other higher-education provider. */
    UNIVERSITY,
    /** An employer, e.g. one providing STEM Ambassadors or teacher placements. */
    EMPLOYER,
    /** A charity or other not-for-profit body, e.g. a programme provider. */
    CHARITY,
    /** Anything else. */
    OTHER
}
