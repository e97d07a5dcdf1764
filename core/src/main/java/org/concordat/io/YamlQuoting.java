package org.concordat.io;

import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;

/**
 * Decides which strings the YAML writer quotes: those Jackson already would (reserved words,
 * numbers, indicators), plus any with a character YAML treats specially when unquoted — control
 * characters, the next-line and line/paragraph separators (read back as line breaks), a byte
 * order mark, surrogates — or with whitespace at either end. Everything else stays plain, so a
 * written plan reads like a hand-written one.
 */
final class YamlQuoting extends StringQuotingChecker.Default {
    private static final long serialVersionUID = 1L;

    @Override
    public boolean needToQuoteValue(String value) {
        return super.needToQuoteValue(value) || needsEscapes(value);
    }

    private static boolean needsEscapes(String value) {
        if (value.isEmpty()) {
            return true;
        }
        if (Character.isWhitespace(value.charAt(0)) || Character.isWhitespace(value.charAt(value.length() - 1))) {
            return true;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean plain = (c >= 0x20 && c < 0x7F)
                    || (c >= 0xA0 && c != 0x2028 && c != 0x2029 && c != 0xFEFF && !Character.isSurrogate(c));
            if (!plain) {
                return true;
            }
        }
        return false;
    }
}
