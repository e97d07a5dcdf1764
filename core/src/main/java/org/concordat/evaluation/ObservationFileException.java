package org.concordat.evaluation;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * An observations file ({@link ObservationCsv}) that cannot be read as documented. The message is
 * one line, {@code FILE:LINE: DETAIL} (or {@code FILE: DETAIL} when the problem is not on one
 * line), and the parts are given apart so that no caller has to take the message to pieces.
 */
public final class ObservationFileException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final long line;
    private final String detail;

    ObservationFileException(Path file, long line, String detail, @Nullable Throwable cause) {
        super(file + (line > 0 ? ":" + line : "") + ": " + detail, cause);
        this.file = file;
        this.line = line;
        this.detail = detail;
    }

    /** The file, as the caller named it. */
    public Path file() {
        return file;
    }

    /** The line, from 1; 0 when the problem is with the whole file (it cannot be read, say). */
    public long line() {
        return line;
    }

    /** What is wrong, naming the column, the value and the rule where there is one. */
    public String detail() {
        return detail;
    }
}
