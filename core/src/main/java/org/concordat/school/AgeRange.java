package org.concordat.school;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concordat.internal.base.Checks;

/**
 * A statutory age range in whole years, low to high inclusive (e.g. 11–18 for a secondary school
 * with a sixth form). Text form {@code 11-18}.
 */
public final class AgeRange {
    private static final Pattern TEXT = Pattern.compile("\\s*(\\d{1,2})\\s*[-\u2013]\\s*(\\d{1,2})\\s*");

    private final int low;
    private final int high;

    private AgeRange(int low, int high) {
        this.low = low;
        this.high = high;
    }

    /**
     * The range {@code low} to {@code high} years inclusive.
     *
     * @throws IllegalArgumentException when an age is outside 0–99 or low is above high
     */
    public static AgeRange of(int low, int high) {
        String text = low + "-" + high;
        if (low < 0 || high > 99) {
            throw new IllegalArgumentException(Checks.describe("ageRange", text, "ages must be 0 to 99"));
        }
        if (low > high) {
            throw new IllegalArgumentException(Checks.describe("ageRange", text, "low age must not be above high age"));
        }
        return new AgeRange(low, high);
    }

    /**
     * Reads {@code 11-18} (an en dash is accepted too).
     *
     * @throws IllegalArgumentException naming the text and the expected form, or the broken rule
     */
    public static AgeRange parse(CharSequence text) {
        Matcher m = TEXT.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    Checks.describe("ageRange", text, "expected LOW-HIGH in whole years, e.g. 11-18"));
        }
        return of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** The youngest age, in years. */
    public int low() {
        return low;
    }

    /** The oldest age, in years. */
    public int high() {
        return high;
    }

    /** Whether a pupil of {@code age} years falls in the range. */
    public boolean contains(int age) {
        return age >= low && age <= high;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AgeRange r && r.low == low && r.high == high;
    }

    @Override
    public int hashCode() {
        return 31 * low + high;
    }

    /** {@code LOW-HIGH}, e.g. {@code 11-18}; {@link #parse} reads it back. */
    @Override
    public String toString() {
        return low + "-" + high;
    }
}
