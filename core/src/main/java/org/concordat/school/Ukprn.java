package org.concordat.school;

import java.util.Locale;

/**
 * UK Provider Reference Number: the eight-digit number the UK Register of Learning Providers
 * (UKRLP) allocates to a learning provider. Many schools have none.
 *
 * <p>Canonical form: the eight digits, e.g. {@code 10079319}. {@link #parse} trims surrounding
 * whitespace and refuses anything but eight ASCII digits.
 *
 * <p>Every UKPRN seen in real data starts with 1 (range 10000044-10097845 in a DfE list of
 * 1,184), but no official source states this as a rule [U]. So a UKPRN that does not start with
 * 1 is accepted and {@link #hasUsualPrefix()} returns false: callers may warn, not reject. Do not
 * infer a provider's type or region from the digits.
 */
public final class Ukprn implements Comparable<Ukprn> {
    private static final String KIND = "UKPRN";
    private static final String RULE = "must be eight digits";

    private final int value;

    private Ukprn(int value) {
        this.value = value;
    }

    /**
     * Returns the UKPRN with this number, written with leading zeros to eight digits.
     *
     * @throws InvalidIdentifierException when the number is negative or above 99999999
     */
    public static Ukprn of(int value) {
        if (value < 0 || value > 99_999_999) {
            throw new InvalidIdentifierException(KIND, Integer.toString(value), RULE);
        }
        return new Ukprn(value);
    }

    /**
     * Reads a UKPRN such as {@code "10079319"}, ignoring surrounding whitespace.
     *
     * @throws InvalidIdentifierException when the text is not eight digits
     */
    public static Ukprn parse(CharSequence text) {
        String s = Digits.trim(text);
        return new Ukprn((int) Digits.requireDigits(KIND, text.toString(), s, 8, "eight digits"));
    }

    /** Returns whether {@link #parse} would accept the text. */
    public static boolean isValid(CharSequence text) {
        String s = Digits.trim(text);
        return s.length() == 8 && Digits.allAsciiDigits(s);
    }

    /** Returns the number, from 0 to 99999999. */
    public int value() {
        return value;
    }

    /**
     * Returns whether the UKPRN starts with 1, as every UKPRN seen in real data does. False is a
     * reason to double-check the number, not to refuse it: the rule is unverified [U].
     */
    public boolean hasUsualPrefix() {
        return value >= 10_000_000 && value <= 19_999_999;
    }

    /** Orders UKPRNs by number; the order carries no meaning beyond sorting. */
    @Override
    public int compareTo(Ukprn other) {
        return Integer.compare(value, other.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ukprn && ((Ukprn) o).value == value;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(value);
    }

    /** Returns the eight digits, with leading zeros if any, e.g. {@code 10079319}. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%08d", value);
    }
}
