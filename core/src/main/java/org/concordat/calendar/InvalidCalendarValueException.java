package org.concordat.calendar;

import org.concordat.internal.base.Checks;

/**
 * Thrown when a calendar value cannot exist: a period that ends before it starts, an academic
 * year whose two years do not follow each other, term dates out of order, an unknown year group.
 * The message names the value and the rule it breaks, e.g. {@code academic year "2025/27": the
 * second year must follow the first (expected "2025/26")}.
 */
public final class InvalidCalendarValueException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception with a message in the house form {@code kind "value": rule}.
     *
     * @param message what was refused and why
     */
    public InvalidCalendarValueException(String message) {
        super(message);
    }

    static InvalidCalendarValueException of(String kind, Object value, String rule) {
        return new InvalidCalendarValueException(Checks.describe(kind, value, rule));
    }
}
