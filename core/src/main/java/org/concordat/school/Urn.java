package org.concordat.school;

/**
 * Unique Reference Number of an establishment: the six-digit number Get Information about
 * Schools (GIAS, formerly EduBase) assigns to each school, college or other establishment.
 *
 * <p>Canonical form: the six digits, e.g. {@code 100006}. {@link #parse} trims surrounding
 * whitespace and refuses anything but six ASCII digits with a first digit other than 0. Real
 * GIAS URNs seen so far lie in 100000-159999 and 400000-402479, but no range is enforced: new
 * blocks appear. Five-digit URNs of children's centres (e.g. 20001) are refused; they are not
 * schools or colleges.
 *
 * <p>A URN identifies one establishment record. A school that converts to an academy gets a new
 * URN, so do not infer continuity, type or location from its digits.
 */
public final class Urn implements Comparable<Urn> {
    private static final String KIND = "URN";
    private static final String RULE = "must be six digits, the first not 0";

    private final int value;

    private Urn(int value) {
        this.value = value;
    }

    /**
     * Returns the URN with this number.
     *
     * @throws InvalidIdentifierException when the number is not from 100000 to 999999
     */
    public static Urn of(int value) {
        if (value < 100_000 || value > 999_999) {
            throw new InvalidIdentifierException(KIND, Integer.toString(value), RULE);
        }
        return new Urn(value);
    }

    /**
     * Reads a URN such as {@code "100006"}, ignoring surrounding whitespace.
     *
     * @throws InvalidIdentifierException when the text is not six digits or starts with 0
     */
    public static Urn parse(CharSequence text) {
        String given = text.toString();
        String s = Digits.trim(text);
        if (s.length() != 6 || !Digits.allAsciiDigits(s) || s.charAt(0) == '0') {
            throw new InvalidIdentifierException(KIND, given, RULE);
        }
        return new Urn(Integer.parseInt(s));
    }

    /** Returns whether {@link #parse} would accept the text. */
    public static boolean isValid(CharSequence text) {
        String s = Digits.trim(text);
        return s.length() == 6 && Digits.allAsciiDigits(s) && s.charAt(0) != '0';
    }

    /** Returns the number, from 100000 to 999999. */
    public int value() {
        return value;
    }

    /** Orders URNs by number; the order carries no meaning beyond sorting. */
    @Override
    public int compareTo(Urn other) {
        return Integer.compare(value, other.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Urn && ((Urn) o).value == value;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(value);
    }

    /** Returns the six digits, e.g. {@code 100006}. */
    @Override
    public String toString() {
        return Integer.toString(value);
    }
}
