package org.concordat.internal.base;

import java.util.Objects;

/**
 * Argument checks whose messages name the field, the bad value and the rule, in the house form
 * {@code field "value": rule}. Internal: adopters see only the exceptions these throw.
 */
public final class Checks {
    private Checks() {}

    /**
     * Returns {@code value} when it holds a non-whitespace character.
     *
     * @throws IllegalArgumentException naming the field when the value is blank
     */
    public static String requireNonBlank(String field, String value) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(describe(field, value, "must not be blank"));
        }
        return value;
    }

    /**
     * Returns {@code value} when it is zero or more.
     *
     * @throws IllegalArgumentException naming the field and value when it is negative
     */
    public static long requireNonNegative(String field, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(describe(field, value, "must not be negative"));
        }
        return value;
    }

    /** Formats {@code field "value": rule}, quoting the value as text. */
    public static String describe(String field, Object value, String rule) {
        return field + " \"" + value + "\": " + rule;
    }
}
