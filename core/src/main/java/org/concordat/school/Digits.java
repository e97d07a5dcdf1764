package org.concordat.school;

/** Text helpers shared by the identifier parsers. Package-private: not part of the API. */
final class Digits {
    private Digits() {}

    /** Trims surrounding whitespace (any Unicode whitespace, like {@link String#strip()}). */
    static String trim(CharSequence text) {
        return text.toString().strip();
    }

    /**
     * Trims and upper-cases ASCII letters only. {@link String#toUpperCase} would turn the dotless
     * 'ı' into 'I' and the long 'ſ' into 'S', letting look-alike characters through.
     */
    static String trimUpper(CharSequence text) {
        char[] chars = trim(text).toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= 'a' && chars[i] <= 'z') {
                chars[i] = (char) (chars[i] - 'a' + 'A');
            }
        }
        return new String(chars);
    }

    /** True when every character of {@code s} is an ASCII digit 0-9 (and s is not empty). */
    static boolean allAsciiDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!isAsciiDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isAsciiUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /**
     * Refuses anything but exactly {@code length} ASCII digits, then returns their value. Other
     * Unicode digits (e.g. Arabic-Indic) are refused on purpose: identifiers are ASCII.
     */
    static long requireDigits(String kind, String given, String s, int length, String what) {
        if (s.length() != length || !allAsciiDigits(s)) {
            throw new InvalidIdentifierException(kind, given, "must be " + what);
        }
        return Long.parseLong(s);
    }
}
