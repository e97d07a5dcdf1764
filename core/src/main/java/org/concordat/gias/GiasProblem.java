package org.concordat.gias;

import java.util.Objects;

/**
 * Why a value in one row of a GIAS extract could not be read: the column (as the header names
 * it), the value found and the rule it breaks, e.g. {@code Postcode "LS5 3A": not a UK postcode}.
 * GIAS establishment data is public, and the columns read carry no personal data, so the value
 * is quoted.
 *
 * @param column the header name of the column, e.g. {@code CloseDate}
 * @param value the text found (possibly empty)
 * @param rule what the value should be
 */
public record GiasProblem(String column, String value, String rule) {
    /** Refuses nothing but nulls. */
    public GiasProblem {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(rule, "rule");
    }

    /** {@code COLUMN "VALUE": RULE}. */
    @Override
    public String toString() {
        return column + " \"" + value + "\": " + rule;
    }
}
