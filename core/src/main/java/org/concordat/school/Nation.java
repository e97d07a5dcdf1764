package org.concordat.school;

/**
 * The UK nation an institution is in. Only schools in England carry a URN from Get Information
 * about Schools; the other nations number their schools differently.
 */
public enum Nation {
    /** England. */
    ENGLAND,
    /** Wales. */
    WALES,
    /** Scotland. */
    SCOTLAND,
    /** Northern Ireland. */
    NORTHERN_IRELAND
}
