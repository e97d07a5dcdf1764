package org.concordat.spi;

import java.util.Objects;

/** Argument checks shared by the SPI's value types; messages read {@code field "value": rule}. */
final class Texts {
    private Texts() {}

    static String nonBlank(String field, String value) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(describe(field, value, "must not be blank"));
        }
        return value;
    }

    static String singleLine(String field, String value, int maxLength) {
        nonBlank(field, value);
        if (value.length() > maxLength) {
            throw new IllegalArgumentException(
                    describe(field, abbreviate(value), "must be at most " + maxLength + " characters"));
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                throw new IllegalArgumentException(describe(
                        field, abbreviate(value), "must not contain control characters (found at index " + i + ")"));
            }
        }
        return value;
    }

    static String describe(String field, Object value, String rule) {
        return field + " \"" + value + "\": " + rule;
    }

    static String abbreviate(String value) {
        String shown = value.length() > 60 ? value.substring(0, 57) + "..." : value;
        StringBuilder out = new StringBuilder(shown.length());
        for (int i = 0; i < shown.length(); i++) {
            char c = shown.charAt(i);
            if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
