package org.concordat.school;

import org.jspecify.annotations.Nullable;

/**
 * Unique Learner Number: the ten-digit number the Learning Records Service issues to learners
 * aged 14 and over; the school census requires it for pupils aged 14 and over.
 *
 * <p>Format: ten digits, the first not 0, the last a check digit. Check (HESA; ESFA ILR rule
 * DD01): multiply the digits by the weights 10, 9, ..., 1; the sum modulo 11 must be 10.
 * Equivalently, with r the weighted sum of the first nine digits modulo 11, the check digit is
 * 10 - r, and a number with r = 0 cannot be valid. The check digit may be 0. This check catches
 * every change of one digit, because 11 is prime and every weight and difference is below 11.
 *
 * <p>{@link #parse} trims surrounding whitespace. It refuses anything but ten ASCII digits, a
 * leading 0, a first nine digits that no check digit can complete, and a wrong check digit
 * (naming the digit it should be). The ILR placeholder {@code 9999999999} fails the check and is
 * refused. The digits carry no information about the learner.
 */
public final class Uln implements Comparable<Uln> {
    private static final String KIND = "ULN";

    private final long value;

    private Uln(long value) {
        this.value = value;
    }

    /**
     * Reads a ULN such as {@code "9276308686"}, ignoring surrounding whitespace.
     *
     * @throws InvalidIdentifierException naming the rule broken; for a wrong check digit, the
     *     digit it should be
     */
    public static Uln parse(CharSequence text) {
        String s = Digits.trim(text);
        String problem = problem(s);
        if (problem != null) {
            throw new InvalidIdentifierException(KIND, text.toString(), problem);
        }
        return new Uln(Long.parseLong(s));
    }

    /** Returns whether {@link #parse} would accept the text. */
    public static boolean isValid(CharSequence text) {
        return problem(Digits.trim(text)) == null;
    }

    /**
     * Computes the check digit for the first nine digits of a ULN, for example 3 for {@code
     * "100000004"}.
     *
     * @throws InvalidIdentifierException when {@code firstNine} is not nine digits, starts with 0,
     *     or has a weighted sum divisible by 11 (no check digit completes it)
     */
    public static int computeCheckDigit(CharSequence firstNine) {
        String s = firstNine.toString();
        if (s.length() != 9 || !Digits.allAsciiDigits(s) || s.charAt(0) == '0') {
            throw new InvalidIdentifierException("ULN body", s, "must be nine digits, the first not 0");
        }
        int r = weightedSum(s) % 11;
        if (r == 0) {
            throw new InvalidIdentifierException("ULN body", s, NO_CHECK_DIGIT);
        }
        return 10 - r;
    }

    private static final String NO_CHECK_DIGIT =
            "no check digit makes it valid (weighted sum of the first nine digits is divisible by 11)";

    private static @Nullable String problem(String s) {
        if (s.length() != 10 || !Digits.allAsciiDigits(s)) {
            return "must be ten digits";
        }
        if (s.charAt(0) == '0') {
            return "first digit must not be 0";
        }
        int r = weightedSum(s) % 11;
        if (r == 0) {
            return NO_CHECK_DIGIT;
        }
        int expected = 10 - r;
        if (s.charAt(9) - '0' != expected) {
            return "check digit should be " + expected;
        }
        return null;
    }

    /** Sum of the first nine digits times the weights 10 down to 2. */
    private static int weightedSum(String s) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (10 - i) * (s.charAt(i) - '0');
        }
        return sum;
    }

    /** Returns the number, from 1000000000 to 9999999999. */
    public long value() {
        return value;
    }

    /** Orders ULNs by number; the order carries no meaning beyond sorting. */
    @Override
    public int compareTo(Uln other) {
        return Long.compare(value, other.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Uln && ((Uln) o).value == value;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(value);
    }

    /** Returns the ten digits, e.g. {@code 9276308686}. */
    @Override
    public String toString() {
        return Long.toString(value);
    }
}
