package org.concordat.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether standard error is a terminal, which the JDK (before 22) cannot say directly. */
final class Terminal {
    private Terminal() {}

    /**
     * True when standard error is a terminal. On Linux this follows {@code /proc/self/fd/2} to a
     * {@code /dev/pts/..} or {@code /dev/tty..} device; elsewhere it falls back to whether the
     * JVM has a console at all. {@code --progress bar|lines|none} overrides the guess (see
     * docs/cli.md).
     */
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
