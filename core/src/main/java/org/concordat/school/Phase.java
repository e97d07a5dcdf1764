package org.concordat.school;

/** The phase of education an institution provides, as in Get Information about Schools. */
public enum Phase {
    /** Nursery (under 5). */
    NURSERY,
    /** Primary (usually 4 or 5 to 11). */
    PRIMARY,
    /** Middle school (deemed primary or deemed secondary). */
    MIDDLE,
    /** Secondary (usually 11 to 16 or 18). */
    SECONDARY,
    /** All-through (primary and secondary). */
    ALL_THROUGH,
    /** Sixteen plus (sixth form and further education). */
    SIXTEEN_PLUS
}
