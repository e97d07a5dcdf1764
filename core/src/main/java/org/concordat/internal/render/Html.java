package org.concordat.internal.render;

/** Escaping for HTML and SVG text and attribute values. */
final class Html {
    private Html() {}

    /**
     * The text escaped for an HTML text node or a quoted attribute value: {@code & < > " '} become
     * character references, and control characters other than tab and newline become U+FFFD.
     */
    static String escape(String text) {
        String s = RenderText.wellFormed(RenderText.unixNewlines(text));
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\n', '\t' -> out.append(c);
                default ->
                    out.append(
                            Character.isISOControl(c) || c == '\uFFFE' || c == '\uFFFF' ? RenderText.REPLACEMENT : c);
            }
        }
        return out.toString();
    }

    /** Escaped text with each newline shown as a line break. */
    static String escapeLines(String text) {
        return escape(text).replace("\n", "<br>\n");
    }
}
