package org.concordat.school;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A UK postcode, such as {@code SW1A 1AA}: an outward code (area and district, 2 to 4
 * characters) and an inward code (sector digit and two unit letters).
 *
 * <p>Canonical form: upper case with one space between outward and inward code, as GIAS stores
 * postcodes. {@link #parse} trims, upper-cases and accepts the two parts with no space or with
 * any run of spaces between them ({@code "sw1a1aa"} and {@code "SW1A   1AA"} both give {@code
 * SW1A 1AA}).
 *
 * <p>Format checked (ESFA ILR specification, Appendix C): the outward code has one of the shapes
 * A9, A99, AA9, AA99, A9A, AA9A (A a letter, 9 a digit); the inward code is a digit and two
 * letters, never C, I, K, M, O or V. Finer Royal Mail rules on which letters may stand in each
 * outward position are secondary-sourced [S] and not enforced, so some strings that pass are not
 * real postcodes; only a lookup (e.g. ONS Postcode Directory) says whether a postcode exists. The
 * special {@code GIR 0AA} and BFPO numbers are refused. {@code ZZ99 9ZZ}, the ILR's "postcode
 * unknown", fits the format and is accepted. Do not infer a school's local authority from its
 * postcode: boundaries and postcodes do not align.
 */
public final class Postcode implements Comparable<Postcode> {
    private static final String KIND = "postcode";
    private static final Pattern PARTS = Pattern.compile("([A-Z0-9]{2,4})\\s*([A-Z0-9]{3})");
    private static final Pattern OUTWARD_SHAPES =
            Pattern.compile("[A-Z][0-9]{1,2}|[A-Z]{2}[0-9]{1,2}|[A-Z]{1,2}[0-9][A-Z]");
    private static final Pattern INWARD = Pattern.compile("[0-9][ABD-HJLNP-UW-Z]{2}");

    private final String outward;
    private final String inward;

    private Postcode(String outward, String inward) {
        this.outward = outward;
        this.inward = inward;
    }

    /**
     * Reads a postcode such as {@code "SW1A 1AA"} or {@code "sw1a1aa"}, ignoring surrounding
     * whitespace and letter case.
     *
     * @throws InvalidIdentifierException when the outward or inward code has the wrong shape
     */
    public static Postcode parse(CharSequence text) {
        String[] parts = new String[2];
        String problem = problem(Digits.trimUpper(text), parts);
        if (problem != null) {
            throw new InvalidIdentifierException(KIND, text.toString(), problem);
        }
        return new Postcode(parts[0], parts[1]);
    }

    /** Returns whether {@link #parse} would accept the text. */
    public static boolean isValid(CharSequence text) {
        return problem(Digits.trimUpper(text), new String[2]) == null;
    }

    private static @Nullable String problem(String s, String[] parts) {
        Matcher m = PARTS.matcher(s);
        if (!m.matches()) {
            return "must be an outward code and an inward code, as SW1A 1AA";
        }
        String outward = m.group(1);
        String inward = m.group(2);
        if (!OUTWARD_SHAPES.matcher(outward).matches()) {
            return "outward code " + outward + " must have the shape A9, A99, AA9, AA99, A9A or AA9A";
        }
        if (!INWARD.matcher(inward).matches()) {
            return "inward code " + inward + " must be a digit and two letters other than C, I, K, M, O and V";
        }
        parts[0] = outward;
        parts[1] = inward;
        return null;
    }

    /** Returns the outward code (area and district), e.g. {@code SW1A}. */
    public String outwardCode() {
        return outward;
    }

    /** Returns the inward code (sector and unit), e.g. {@code 1AA}. */
    public String inwardCode() {
        return inward;
    }

    /** Orders postcodes by their canonical text; the order carries no geographic meaning. */
    @Override
    public int compareTo(Postcode other) {
        return toString().compareTo(other.toString());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Postcode && ((Postcode) o).outward.equals(outward) && ((Postcode) o).inward.equals(inward);
    }

    @Override
    public int hashCode() {
        return outward.hashCode() * 31 + inward.hashCode();
    }

    /** Returns the postcode in upper case with one space, e.g. {@code SW1A 1AA}. */
    @Override
    public String toString() {
        return outward + " " + inward;
    }
}
