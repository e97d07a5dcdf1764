package org.concordat.spi.report;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One labelled value of a {@link Series}, e.g. {@code Autumn 2026: 38.5}.
 *
 * @param label the category or period
 * @param value the value, in the chart's unit
 */
public record DataPoint(String label, BigDecimal value) {
    /** Checks the parts are present. */
    public DataPoint {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
    }

    /** A point from its parts. */
    public static DataPoint of(String label, BigDecimal value) {
        return new DataPoint(label, value);
    }
}
