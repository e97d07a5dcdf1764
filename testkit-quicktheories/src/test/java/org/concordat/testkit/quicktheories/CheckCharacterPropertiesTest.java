package org.concordat.testkit.quicktheories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.concordat.school.Uln;
import org.concordat.school.Upn;
import org.junit.jupiter.api.Test;

/**
 * The UPN check letter and the ULN check digit against every single-character substitution: each
 * position of a valid value replaced by every printable ASCII character that differs from it
 * after normalisation (upper-casing).
 */
class CheckCharacterPropertiesTest {
    private static final String DIGITS = "0123456789";

    @Test
    void a_uln_rejects_every_single_character_substitution() {
        qt().forAll(IdentifierGen.ulns()).checkAssert(uln -> {
            String s = uln.toString();
            for (int i = 0; i < s.length(); i++) {
                for (char c = ' '; c <= '~'; c++) {
                    if (c != s.charAt(i)) {
                        String changed = s.substring(0, i) + c + s.substring(i + 1);
                        assertThat(Uln.isValid(changed)).as(changed).isFalse();
                    }
                }
            }
        });
    }

    /**
     * The only substitutions a UPN check cannot catch: in character 13, a letter of value 0-9
     * (A B C D E F G H J K) and the digit of the same value weigh the same, turning a temporary
     * UPN into a permanent one with the same check letter, or back. Every other change is caught:
     * 23 is prime and every weight (2-13) and every difference of values (1-22) is below 23.
     */
    @Test
    void a_upn_rejects_every_single_character_substitution_except_letter_for_equal_digit_at_the_end() {
        qt().forAll(IdentifierGen.upns()).checkAssert(upn -> {
            String s = upn.toString();
            for (int i = 0; i < s.length(); i++) {
                for (char c = ' '; c <= '~'; c++) {
                    char upper = Character.toUpperCase(c);
                    if (upper == s.charAt(i)) {
                        continue; // same UPN after normalisation, not a substitution
                    }
                    String changed = s.substring(0, i) + c + s.substring(i + 1);
                    boolean expected = i == 12 && sameValue(s.charAt(12), upper);
                    assertThat(Upn.isValid(changed)).as(changed).isEqualTo(expected);
                }
            }
        });
    }

    @Test
    void the_uncaught_upn_substitutions_are_exactly_the_ten_letter_digit_pairs() {
        // Worked example: the reference's temporary UPN and its permanent twin.
        assertThat(Upn.isValid("X00180001701A")).isTrue();
        assertThat(Upn.isValid("X001800017010")).isTrue();
        int pairs = 0;
        for (char letter : IdentifierGen.UPN_LETTERS.toCharArray()) {
            for (char digit : DIGITS.toCharArray()) {
                if (sameValue(letter, digit)) {
                    pairs++;
                }
            }
        }
        assertThat(pairs).isEqualTo(10);
    }

    /**
     * Swapping any two different characters is caught too. For two digits, weight difference
     * (1-11 for a UPN, 1-9 for a ULN) times value difference (1-9) is never a multiple of 23 or
     * 11; a letter moved into characters 2-12 of a UPN breaks the format; and swapping a UPN's
     * check letter with a temporary UPN's final letter only keeps the check when the two letters
     * are the same.
     */
    @Test
    void upns_and_ulns_reject_every_transposition_of_two_different_characters() {
        qt().forAll(IdentifierGen.upns()).checkAssert(upn -> assertTranspositionsRefused(upn.toString(), Upn::isValid));
        qt().forAll(IdentifierGen.ulns()).checkAssert(uln -> assertTranspositionsRefused(uln.toString(), Uln::isValid));
    }

    private static void assertTranspositionsRefused(String s, java.util.function.Predicate<CharSequence> isValid) {
        for (int i = 0; i < s.length(); i++) {
            for (int j = i + 1; j < s.length(); j++) {
                if (s.charAt(i) != s.charAt(j)) {
                    char[] chars = s.toCharArray();
                    chars[i] = s.charAt(j);
                    chars[j] = s.charAt(i);
                    String swapped = new String(chars);
                    assertThat(isValid.test(swapped)).as(swapped).isFalse();
                }
            }
        }
    }

    /** Whether a letter of the check table and a digit count the same in character 13. */
    private static boolean sameValue(char a, char b) {
        return value(a) >= 0 && value(a) == value(b);
    }

    private static int value(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        int index = IdentifierGen.UPN_LETTERS.indexOf(c);
        return index >= 0 ? index : -1 - c; // distinct negative for anything not allowed
    }
}
