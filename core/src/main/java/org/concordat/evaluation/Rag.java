package org.concordat.evaluation;

/**
 * The red–amber–green colour of a status, as UK public-sector reports show it (green: on or above
 * target; amber: within tolerance; red: off target), plus grey where there is no data to judge.
 */
public enum Rag {
    /** On track or achieved. */
    GREEN,
    /** Behind, but within tolerance. */
    AMBER,
    /** Behind beyond tolerance, or the target date passed without the target met. */
    RED,
    /** No data, or data overdue: not judged. */
    GREY
}
