package org.concordat.internal.render;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** Text handling every embedded renderer shares. */
final class RenderText {
    static final char REPLACEMENT = '\uFFFD';

    private RenderText() {}

    /** The text with every lone surrogate replaced by U+FFFD, so it encodes to UTF-8 unchanged. */
    static String wellFormed(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lone;
            if (Character.isHighSurrogate(c)) {
                lone = i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
                if (!lone) {
                    if (out != null) {
                        out.append(c).append(text.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else {
                lone = Character.isLowSurrogate(c);
            }
            if (lone && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(lone ? REPLACEMENT : c);
            }
        }
        return out == null ? text : out.toString();
    }

    /** The text with CR LF and lone CR turned into LF. */
    static String unixNewlines(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** A UTF-8 writer on {@code out}; flush it, never close it, so {@code out} stays open. */
    static Writer utf8(OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }
}
