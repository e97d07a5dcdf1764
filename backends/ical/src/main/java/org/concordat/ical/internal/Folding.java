package org.concordat.ical.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * RFC 5545 §3.1 line folding, counted in octets: each content line is written in UTF-8 ending in
 * CRLF, and a line longer than 75 octets is broken into a first line of at most 75 octets and
 * continuation lines of a space and at most 74 octets, never inside a character. (ical4j's own
 * folding counts characters, so a line of accented or non-Latin text can pass 75 octets.)
 */
public final class Folding {
    /** The most octets a physical line may hold, CRLF excluded. */
    public static final int MAX_OCTETS = 75;

    private Folding() {}

    /**
     * The content lines of {@code unfolded} (separated by CRLF or LF), each folded and ended with
     * CRLF, as UTF-8.
     */
    public static byte[] fold(String unfolded) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(unfolded.length() + unfolded.length() / 16);
        for (String line : unfolded.split("\r?\n", -1)) {
            if (!line.isEmpty()) {
                foldLine(line, out);
            }
        }
        return out.toByteArray();
    }

    private static void foldLine(String line, ByteArrayOutputStream out) {
        int used = 0;
        int i = 0;
        while (i < line.length()) {
            int cp = line.codePointAt(i);
            byte[] bytes = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
            if (used + bytes.length > MAX_OCTETS) {
                out.write('\r');
                out.write('\n');
                out.write(' ');
                used = 1;
            }
            out.write(bytes, 0, bytes.length);
            used += bytes.length;
            i += Character.charCount(cp);
        }
        out.write('\r');
        out.write('\n');
    }
}
