package org.concordat.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What the commands need to know about terminals: whether standard error is one (which the JDK
 * before 22 cannot say directly), and how to make text safe to show on one.
 */
final class Terminal {
    private Terminal() {}

    /**
     * {@code text} with every character a terminal would act on instead of showing written as an
     * escape: C0 controls (ESC starts ANSI sequences; CR would let text overwrite the line before
     * it) as {@code \xNN}, DEL and C1 controls (U+0080 to U+009F, CSI among them) as <code>&#92;u0085</code>
     * and the like, and the Unicode bidirectional overrides and isolates (which reorder what follows)
     * the same way. Line feeds stay when {@code keepLineFeeds} (the output of a text format), tabs
     * always stay. Backslashes are not doubled: the result is for reading, not for parsing back.
     */
    static String printable(String text, boolean keepLineFeeds) {
        int i = 0;
        while (i < text.length() && !escaped(text.charAt(i), keepLineFeeds)) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!escaped(c, keepLineFeeds)) {
                out.append(c);
            } else if (c < 0x20) {
                out.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
            } else {
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            }
        }
        return out.toString();
    }

    /** {@code text} made {@link #printable} and on one line: for messages. */
    static String printable(String text) {
        return printable(text, false);
    }

    private static boolean escaped(char c, boolean keepLineFeeds) {
        if (c == '\t' || (c == '\n' && keepLineFeeds)) {
            return false;
        }
        return c < 0x20
                || (c >= 0x7f && c <= 0x9f)
                || (c >= '\u202a' && c <= '\u202e')
                || (c >= '\u2066' && c <= '\u2069')
                || c == '\u200e'
                || c == '\u200f'
                || c == '\u061c';
    }

    /**
     * True when standard error is a terminal. On Linux this follows {@code /proc/self/fd/2} to a
     * {@code /dev/pts/..} or {@code /dev/tty..} device; elsewhere it falls back to whether the
     * JVM has a console at all. {@code --progress bar|lines|none} overrides the guess (see
     * docs/cli.md).
     */
    // Release 17 has no Console.isTerminal() (JDK 22); this is only the fallback where /proc is
    // missing, and a wrong "yes" only draws progress with carriage returns.
    @SuppressWarnings("SystemConsoleNull")
    static boolean stderrIsTerminal() {
        Path fd = Path.of("/proc/self/fd/2");
        try {
            if (Files.isSymbolicLink(fd)) {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // Fall through to the portable guess.
        }
        return System.console() != null;
    }
}
