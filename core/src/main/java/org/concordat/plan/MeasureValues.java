package org.concordat.plan;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The bound on every measure value Concordat accepts (a baseline, a target, an observation): at
 * most {@value #MAX_DIGITS} significant digits, at most {@value #MAX_DECIMAL_PLACES} decimal
 * places and at most {@value #MAX_WHOLE_DIGITS} digits before the point, so every value lies
 * between 10<sup>-30</sup> and 10<sup>30</sup> in size (or is zero). Real measures (percentages,
 * scores, counts, months of progress) need a handful of digits; the bound keeps every sum,
 * difference and ratio the engine computes small and fast, whatever a file says ({@code 1e-999999999}
 * would otherwise take gigabytes to subtract from 1).
 *
 * <p>Significant digits are counted as written, leading zeros excluded: {@code 0.0012} has 2,
 * {@code 34.50} has 4, {@code 1E+20} has 1 and {@code 100000000000000000000} has 21. Text is
 * checked for length before any number is built from it, so a file with a million-digit number
 * costs no more than reading it.
 */
public final class MeasureValues {
    /** The most significant digits a value may have. */
    public static final int MAX_DIGITS = 18;

    /** The most digits a value may have after the decimal point (its scale). */
    public static final int MAX_DECIMAL_PLACES = 30;

    /** The most digits a value may have before the decimal point. */
    public static final int MAX_WHOLE_DIGITS = 30;

    /**
     * The longest text {@link #parse} reads: room for {@value #MAX_DIGITS} digits with leading
     * zeros, a sign, a point and an exponent. Longer text is refused before a number is built.
     */
    public static final int MAX_TEXT_LENGTH = 100;

    private MeasureValues() {}

    /**
     * Reads a measure value written as a decimal number, e.g. {@code 34.5}, {@code -0.25} or
     * {@code 1.5E3}.
     *
     * @throws IllegalArgumentException as {@code measure value "TEXT": RULE}, naming the text (cut to its first 40 characters when longer)
     *     when it is longer than {@value #MAX_TEXT_LENGTH} characters, is not a decimal number, or
     *     is outside the bound
     */
    public static BigDecimal parse(CharSequence text) {
        String s = text.toString();
        if (s.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException(describe(
                    "measure value", s, "is too long: a measure value has at most " + MAX_TEXT_LENGTH + " characters"));
        }
        BigDecimal value;
        try {
            value = new BigDecimal(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(describe("measure value", s, "must be a decimal number, e.g. 34.5"), e);
        }
        Optional<String> problem = problem(value);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(describe("measure value", s, problem.get()));
        }
        return value;
    }

    /**
     * Returns {@code value} when it is inside the bound.
     *
     * @param field the field's name for the message, e.g. {@code target.value}
     * @throws IllegalArgumentException naming the field, the value and the rule otherwise
     */
    public static BigDecimal check(String field, BigDecimal value) {
        Objects.requireNonNull(value, field);
        Optional<String> problem = problem(value);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(describe(field, value.toString(), problem.get()));
        }
        return value;
    }

    /** Whether {@code value} is inside the bound. */
    public static boolean isWithinBounds(BigDecimal value) {
        return problem(value).isEmpty();
    }

    /**
     * What is wrong with {@code value}, if anything: too many significant digits, too many
     * decimal places or too many whole digits. Cheap for any value: it reads only the precision and
     * scale, never the digits.
     */
    public static Optional<String> problem(BigDecimal value) {
        if (value.precision() > MAX_DIGITS) {
            return Optional.of(
                    "has " + value.precision() + " significant digits; at most " + MAX_DIGITS + " are allowed");
        }
        if (value.scale() > MAX_DECIMAL_PLACES) {
            return Optional.of("is too small or too precise: at most " + MAX_DECIMAL_PLACES
                    + " decimal places are allowed (values from 1E-30)");
        }
        // precision - scale is the number of digits before the point (for a value of 1 or more).
        if ((long) value.precision() - value.scale() > MAX_WHOLE_DIGITS) {
            return Optional.of("is too large: at most " + MAX_WHOLE_DIGITS
                    + " digits before the decimal point are allowed (values below 1E+30)");
        }
        return Optional.empty();
    }

    private static String describe(String field, String text, String rule) {
        String quoted = text.length() <= 40 ? text : text.substring(0, 40) + "…";
        return field + " \"" + quoted + "\"" + (text.length() <= 40 ? "" : " (" + text.length() + " characters)") + ": "
                + rule;
    }
}
