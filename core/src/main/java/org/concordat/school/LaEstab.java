package org.concordat.school;

import java.util.Locale;

/**
 * DfE number (LAESTAB) of an establishment: a three-digit local authority code followed by a
 * four-digit establishment number, unique within that authority.
 *
 * <p>Canonical form: seven digits without a separator, e.g. {@code 3734001}, as in the LAEstab
 * column of DfE data files. {@link #parse} also reads the form with a slash, {@code 373/4001},
 * and trims surrounding whitespace. GIAS keeps the two parts in separate columns; use {@link
 * #of(int, int)} for those.
 *
 * <p>Only the shape is checked, not whether the LA code exists: independent, Welsh and other
 * establishments carry codes outside the English LA list. Do not infer the phase or type of a
 * school from the establishment number. The ranges (2xxx primary, 4xxx secondary, 7xxx special,
 * ...) are a DfE numbering convention with real exceptions, not a rule [U as a rule]; take phase
 * and type from GIAS instead. Do not infer the current local authority either: academies and
 * reorganised authorities may keep old codes.
 */
public final class LaEstab implements Comparable<LaEstab> {
    private static final String KIND = "LAESTAB";
    private static final String RULE =
            "must be a three-digit LA code and a four-digit establishment number, as 3734001 or 373/4001";

    private final int laCode;
    private final int establishmentNumber;

    private LaEstab(int laCode, int establishmentNumber) {
        this.laCode = laCode;
        this.establishmentNumber = establishmentNumber;
    }

    /**
     * Returns the DfE number with these parts.
     *
     * @param laCode the local authority code, 0 to 999 (written with three digits)
     * @param establishmentNumber the establishment number, 0 to 9999 (written with four digits)
     * @throws InvalidIdentifierException when a part is out of range
     */
    public static LaEstab of(int laCode, int establishmentNumber) {
        if (laCode < 0 || laCode > 999) {
            throw new InvalidIdentifierException(
                    KIND, laCode + "/" + establishmentNumber, "LA code must be from 000 to 999");
        }
        if (establishmentNumber < 0 || establishmentNumber > 9999) {
            throw new InvalidIdentifierException(
                    KIND, laCode + "/" + establishmentNumber, "establishment number must be from 0000 to 9999");
        }
        return new LaEstab(laCode, establishmentNumber);
    }

    /**
     * Reads a DfE number such as {@code "3734001"} or {@code "373/4001"}, ignoring surrounding
     * whitespace.
     *
     * @throws InvalidIdentifierException when the text has any other shape
     */
    public static LaEstab parse(CharSequence text) {
        String s = Digits.trim(text);
        String digits = s.length() == 8 && s.charAt(3) == '/' ? s.substring(0, 3) + s.substring(4) : s;
        if (digits.length() != 7 || !Digits.allAsciiDigits(digits)) {
            throw new InvalidIdentifierException(KIND, text.toString(), RULE);
        }
        return new LaEstab(Integer.parseInt(digits.substring(0, 3)), Integer.parseInt(digits.substring(3)));
    }

    /** Returns whether {@link #parse} would accept the text. */
    public static boolean isValid(CharSequence text) {
        String s = Digits.trim(text);
        String digits = s.length() == 8 && s.charAt(3) == '/' ? s.substring(0, 3) + s.substring(4) : s;
        return digits.length() == 7 && Digits.allAsciiDigits(digits);
    }

    /** Returns the three-digit local authority code, 0 to 999 (e.g. 373 for Sheffield). */
    public int laCode() {
        return laCode;
    }

    /** Returns the four-digit establishment number, 0 to 9999, unique within the authority. */
    public int establishmentNumber() {
        return establishmentNumber;
    }

    /** Orders by LA code, then establishment number (the numeric order of the seven digits). */
    @Override
    public int compareTo(LaEstab other) {
        int byLa = Integer.compare(laCode, other.laCode);
        return byLa != 0 ? byLa : Integer.compare(establishmentNumber, other.establishmentNumber);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LaEstab
                && ((LaEstab) o).laCode == laCode
                && ((LaEstab) o).establishmentNumber == establishmentNumber;
    }

    @Override
    public int hashCode() {
        return laCode * 10_000 + establishmentNumber;
    }

    /** Returns the seven digits without a separator, e.g. {@code 3734001}. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%03d%04d", laCode, establishmentNumber);
    }

    /** Returns the form with a slash between the parts, e.g. {@code 373/4001}, for people. */
    public String toSlashedString() {
        return String.format(Locale.ROOT, "%03d/%04d", laCode, establishmentNumber);
    }
}
