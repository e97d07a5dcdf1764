package org.concordat.school;

import java.util.SortedSet;
import org.jspecify.annotations.Nullable;

/**
 * Unique Pupil Number: the 13-character number a pupil in England keeps for their whole school
 * career, with a check letter first.
 *
 * <p>Format (GovTalk Unique Pupil Number v2.0; DfE school census guidance): a check letter; a
 * three-digit LA code; a four-digit establishment number; the last two digits of an academic
 * year; then three serial digits (a permanent UPN, {@code Annnnnnnnnnnn}) or two digits and a
 * letter (a temporary UPN, {@code AnnnnnnnnnnnA}, for interim use only until a permanent UPN is
 * issued; it should later be recorded as the pupil's former UPN).
 *
 * <p>Check letter: the sum of each of characters 2 to 13 times its position (weights 2 to 13),
 * modulo 23, indexes the letters {@code ABCDEFGHJKLMNPQRTUVWXYZ} (I, O and S are not used). The
 * final letter of a temporary UPN counts as its index in the same table. This check catches every
 * change of one character except one kind: in position 13, a letter A-K (values 0-9) and the digit
 * of the same value weigh the same, so {@code X00180001701A} and {@code X001800017010} are both
 * valid. See {@code docs/identifiers.md}.
 *
 * <p>{@link #parse} trims surrounding whitespace and upper-cases. It refuses a wrong length, a
 * non-digit in characters 2 to 12, a final character that is neither a digit nor a table letter, a
 * wrong check letter (naming the letter it should be) and an allocating LA code not in {@link
 * #knownLaCodes()}, in that order (census rules 1540, 1550, 1510 and 1530).
 *
 * <p>The GovTalk standard says "no useful information can be derived from these components": the
 * LA code, establishment number and year record where and when the number was allocated, not the
 * pupil's current school, authority or year group. Do not derive those from a UPN.
 */
public final class Upn implements Comparable<Upn> {
    private static final String KIND = "UPN";
    private static final String LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

    private final String value;

    private Upn(String value) {
        this.value = value;
    }

    /**
     * Reads a UPN such as {@code "R201100018042"} or the temporary {@code "T20110001804V"},
     * ignoring surrounding whitespace and letter case.
     *
     * @throws InvalidIdentifierException naming the rule broken; for a wrong check letter, the
     *     letter it should be
     */
    public static Upn parse(CharSequence text) {
        String given = text.toString();
        String s = Digits.trimUpper(text);
        String problem = problem(s);
        if (problem != null) {
            throw new InvalidIdentifierException(KIND, given, problem);
        }
        return new Upn(s);
    }

    /** Returns whether {@link #parse} would accept the text. */
    public static boolean isValid(CharSequence text) {
        return problem(Digits.trimUpper(text)) == null;
    }

    /**
     * Computes the check letter for the twelve characters that follow it (characters 2 to 13 of
     * a UPN), for example {@code 'R'} for {@code "201100018042"}. Use it to allocate a UPN.
     *
     * @throws InvalidIdentifierException when {@code body} is not eleven digits followed by a
     *     digit or a table letter
     */
    public static char computeCheckLetter(CharSequence body) {
        String s = body.toString();
        String problem = bodyProblem(s, 1);
        if (problem != null) {
            throw new InvalidIdentifierException("UPN body", s, problem);
        }
        return checkLetterOf(s);
    }

    /**
     * Returns the three-digit LA codes accepted as a UPN's allocating authority: every code ever
     * in the DfE statistics LA lookup (live or terminated), the Welsh authorities 660-681 and the
     * special codes 001-005 and 701-708 quoted for census rule 1530 (meanings unknown [U]).
     */
    public static SortedSet<Integer> knownLaCodes() {
        return LaCodes.KNOWN;
    }

    private static @Nullable String problem(String s) {
        if (s.length() != 13) {
            return "must be 13 characters";
        }
        String bodyProblem = bodyProblem(s.substring(1), 2);
        if (bodyProblem != null) {
            return bodyProblem;
        }
        char expected = checkLetterOf(s.substring(1));
        if (s.charAt(0) != expected) {
            return "check letter should be '" + expected + "'";
        }
        int la = Integer.parseInt(s.substring(1, 4));
        if (!LaCodes.KNOWN.contains(la)) {
            return "LA code " + s.substring(1, 4) + " (characters 2 to 4) is not a known local authority code";
        }
        return null;
    }

    /** Checks the 12 characters after the check letter; {@code first} is the position of body[0]. */
    private static @Nullable String bodyProblem(String body, int first) {
        if (body.length() != 12) {
            return "must be 12 characters";
        }
        if (!Digits.allAsciiDigits(body.substring(0, 11))) {
            return "characters " + first + " to " + (first + 10) + " must be digits";
        }
        char last = body.charAt(11);
        if (!Digits.isAsciiDigit(last) && LETTERS.indexOf(last) < 0) {
            return "character " + (first + 11) + " must be a digit or a letter A-Z other than I, O and S";
        }
        return null;
    }

    private static char checkLetterOf(String body) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            char c = body.charAt(i);
            int v = Digits.isAsciiDigit(c) ? c - '0' : LETTERS.indexOf(c);
            sum += (i + 2) * v;
        }
        return LETTERS.charAt(sum % 23);
    }

    /** Returns whether this is a temporary UPN (its last character is a letter). */
    public boolean isTemporary() {
        return Digits.isAsciiUpper(value.charAt(12));
    }

    /** Returns the check letter, the first character. */
    public char checkLetter() {
        return value.charAt(0);
    }

    /**
     * Returns the code of the local authority that allocated the number (characters 2 to 4), 0 to
     * 999. Not the pupil's current authority.
     */
    public int laCode() {
        return Integer.parseInt(value.substring(1, 4));
    }

    /**
     * Returns the DfE establishment number of the allocating school (characters 5 to 8), 0 to
     * 9999. Not the pupil's current school.
     */
    public int establishmentNumber() {
        return Integer.parseInt(value.substring(4, 8));
    }

    /**
     * Returns the year of allocation as written (characters 9 and 10): the last two digits of an
     * academic year, 0 to 99. The standard does not say which calendar year of the academic year
     * they name, nor the century [U]; it says nothing about the pupil's age or year group.
     */
    public int allocationYear() {
        return Integer.parseInt(value.substring(8, 10));
    }

    /** Orders UPNs by their canonical text; the order carries no meaning beyond sorting. */
    @Override
    public int compareTo(Upn other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Upn && ((Upn) o).value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** Returns the 13 characters in upper case, e.g. {@code R201100018042}. */
    @Override
    public String toString() {
        return value;
    }
}
