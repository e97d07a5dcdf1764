package org.concordat.plan;

/**
 * Whom a measure's values are about, which decides how disclosure control treats a value whose
 * number of people behind it is not given: a figure about pupils (attainment, pupils' survey
 * answers, pupil counts) is always withheld without its n; one about staff or about neither
 * (money, activities delivered) may be shown when the disclosure policy allows it.
 */
public enum MeasureSubject {
    /** Pupils: attainment, progress, participation, pupils' survey answers. The default. */
    PUPILS,
    /** Staff: teachers' confidence, CPD attendance, mentors' ratings. */
    STAFF,
    /** Neither: money, activities delivered, resources shared. */
    OTHER
}
