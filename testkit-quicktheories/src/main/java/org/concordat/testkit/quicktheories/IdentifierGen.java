package org.concordat.testkit.quicktheories;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.concordat.school.LaEstab;
import org.concordat.school.Postcode;
import org.concordat.school.Ukprn;
import org.concordat.school.Uln;
import org.concordat.school.Upn;
import org.concordat.school.Urn;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of valid UK school identifiers, for property tests of code that
 * stores, sends or validates them. Every generated value is built by the identifier's own {@code
 * parse}, so it is valid by construction; the values are random, not real schools or pupils.
 */
public final class IdentifierGen {
    /** The letters of the UPN check-letter table: A-Z without I, O and S. */
    static final String UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

    /** Letters an inward postcode may use: A-Z without C, I, K, M, O and V. */
    static final String INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private IdentifierGen() {}

    /** URNs anywhere in 100000-999999. */
    public static Gen<Urn> urns() {
        return Generate.range(100_000, 999_999).map(Urn::of);
    }

    /**
     * UKPRNs, mostly with the usual leading 1 (10000000-19999999) and about one in five anywhere
     * in 00000000-99999999, so code that only warns on an unusual prefix is exercised.
     */
    public static Gen<Ukprn> ukprns() {
        return Generate.range(10_000_000, 19_999_999)
                .mix(Generate.range(0, 99_999_999), 20)
                .map(Ukprn::of);
    }

    /** DfE numbers with any LA code 000-999 and any establishment number 0000-9999. */
    public static Gen<LaEstab> laEstabs() {
        return Generate.range(0, 999).zip(Generate.range(0, 9999), LaEstab::of);
    }

    /** Permanent and temporary UPNs, about one in four temporary. */
    public static Gen<Upn> upns() {
        return permanentUpns().mix(temporaryUpns(), 25);
    }

    /**
     * Permanent UPNs: a known allocating LA code ({@link Upn#knownLaCodes()}), any establishment
     * number, year and serial, and the check letter that makes them valid.
     */
    public static Gen<Upn> permanentUpns() {
        return upnPrefixes().zip(Generate.range(0, 999), (prefix, serial) -> upn(prefix + pad(serial, 3)));
    }

    /**
     * Temporary UPNs: as {@link #permanentUpns()} but ending in two digits and a letter of the
     * check-letter table (never I, O or S).
     */
    public static Gen<Upn> temporaryUpns() {
        return upnPrefixes()
                .zip(
                        Generate.range(0, 99),
                        Generate.range(0, UPN_LETTERS.length() - 1),
                        (prefix, digits, letter) -> upn(prefix + pad(digits, 2) + UPN_LETTERS.charAt(letter)));
    }

    /** LA code, establishment number and year: characters 2 to 10 of a UPN. */
    private static Gen<String> upnPrefixes() {
        List<Integer> laCodes = new ArrayList<>(Upn.knownLaCodes());
        return Generate.pick(laCodes)
                .zip(
                        Generate.range(0, 9999),
                        Generate.range(0, 99),
                        (la, estab, year) -> pad(la, 3) + pad(estab, 4) + pad(year, 2));
    }

    private static Upn upn(String body) {
        return Upn.parse(Upn.computeCheckLetter(body) + body);
    }

    /**
     * ULNs: ten digits, the first not 0, with the check digit that makes them valid. First nine
     * digits that no check digit can complete (about one in eleven) are skipped.
     */
    public static Gen<Uln> ulns() {
        return Generate.range(100_000_000, 999_999_999)
                .map(i -> Integer.toString(i))
                .assuming(IdentifierGen::hasCheckDigit)
                .map(nine -> Uln.parse(nine + Uln.computeCheckDigit(nine)));
    }

    private static boolean hasCheckDigit(String nine) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (10 - i) * (nine.charAt(i) - '0');
        }
        return sum % 11 != 0;
    }

    /**
     * Postcodes of every outward shape (A9, A99, AA9, AA99, A9A, AA9A) with inward codes of a
     * digit and two allowed letters. They match the format; most do not exist.
     */
    public static Gen<Postcode> postcodes() {
        Gen<Character> letter = Generate.range(0, LETTERS.length() - 1).map(LETTERS::charAt);
        Gen<Character> digit = Generate.range(0, 9).map(d -> (char) ('0' + d));
        Gen<Character> inwardLetter =
                Generate.range(0, INWARD_LETTERS.length() - 1).map(INWARD_LETTERS::charAt);
        Gen<String> shape = Generate.pick(List.of("A9", "A99", "AA9", "AA99", "A9A", "AA9A"));
        Gen<String> outward = shape.flatMap(s -> fill(s, letter, digit));
        Gen<String> inward = digit.zip(inwardLetter, inwardLetter, (d, a, b) -> "" + d + a + b);
        return outward.zip(inward, (o, i) -> Postcode.parse(o + " " + i));
    }

    /** Replaces each 'A' of the shape by a letter and each '9' by a digit. */
    private static Gen<String> fill(String shape, Gen<Character> letter, Gen<Character> digit) {
        Gen<String> result = Generate.constant("");
        for (char c : shape.toCharArray()) {
            Gen<Character> next = c == 'A' ? letter : digit;
            result = result.zip(next, (s, ch) -> s + ch);
        }
        return result;
    }

    private static String pad(int value, int width) {
        return String.format(Locale.ROOT, "%0" + width + "d", value);
    }
}
