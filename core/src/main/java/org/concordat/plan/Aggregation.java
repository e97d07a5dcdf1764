package org.concordat.plan;

/**
 * How the values institutions report for a measure make the partnership's value for the same
 * period and pupil group (a value reported for the partnership itself always wins).
 */
public enum Aggregation {
    /** The sum of the institutions' values, e.g. teachers attending CPD; n is the sum of their n. */
    SUM,
    /**
     * The mean of the institutions' values weighted by their n, e.g. a percentage of pupils; values
     * without n are left out of it, and with none left there is no partnership value.
     */
    WEIGHTED_MEAN,
    /** The value reported last (in the order the values were recorded), e.g. a status. */
    LATEST
}
