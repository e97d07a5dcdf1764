package org.concordat.spi.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One labelled value of a {@link Series}, e.g. {@code Autumn 2026: 38.5}, optionally placed on a
 * day: when every point of a {@link Chart} has a date, the chart has a time axis ({@link
 * Chart#timeAxis()}) and formats that draw place each point by its date, so that a baseline a year
 * before two observations a month apart is drawn a year away from them. The label stays what
 * people read (a table row, a tooltip); the date is where the point sits.
 *
 * @param label the category or period, as people read it
 * @param value the value, in the chart's unit
 * @param date the day the value describes, if the chart is over time; empty for a category
 */
public record DataPoint(String label, BigDecimal value, Optional<LocalDate> date) {
    /** Checks the parts are present. */
    public DataPoint {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(date, "date");
    }

    /** A point of a category: no date. Kept from before points could carry a date. */
    public DataPoint(String label, BigDecimal value) {
        this(label, value, Optional.empty());
    }

    /** A point of a category (no date) from its parts. */
    public static DataPoint of(String label, BigDecimal value) {
        return new DataPoint(label, value, Optional.empty());
    }

    /** A point on a time axis: {@code value} on {@code date}, labelled for people with {@code label}. */
    public static DataPoint of(String label, BigDecimal value, LocalDate date) {
        return new DataPoint(label, value, Optional.of(Objects.requireNonNull(date, "date")));
    }
}
