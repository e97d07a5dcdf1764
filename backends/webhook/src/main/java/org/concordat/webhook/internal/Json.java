package org.concordat.webhook.internal;

/**
 * Writes JSON string literals. Only the JDK may be used here, so the escaping is done by hand, and
 * a property test has an independent parser read back every string written.
 *
 * <p>Escaped: {@code "} and {@code \}, every control character (U+0000–U+001F, U+007F–U+009F),
 * U+2028 and U+2029 (line separators that break JavaScript embedding), and every surrogate that is
 * not half of a pair, so any Java string, even one that is not valid UTF-16, comes back exactly.
 */
public final class Json {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Json() {}

    /** {@code text} as a JSON string literal, quotes included, appended to {@code out}. */
    public static StringBuilder string(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029') {
                        unicode(out, c);
                    } else if (Character.isHighSurrogate(c)) {
                        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                            out.append(c).append(text.charAt(++i));
                        } else {
                            unicode(out, c);
                        }
                    } else if (Character.isLowSurrogate(c)) {
                        unicode(out, c);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"');
    }

    /** {@code text} as a JSON string literal, quotes included. */
    public static String string(String text) {
        return string(new StringBuilder(text.length() + 2), text).toString();
    }

    private static void unicode(StringBuilder out, char c) {
        out.append("\\u")
                .append(HEX[(c >> 12) & 0xf])
                .append(HEX[(c >> 8) & 0xf])
                .append(HEX[(c >> 4) & 0xf])
                .append(HEX[c & 0xf]);
    }
}
