package org.concordat.evaluation;

import org.jspecify.annotations.Nullable;

/**
 * A pupil-record file that cannot be read as documented: the message names the file, the line, the
 * column and the value, e.g. {@code pupils.csv:12: column "sex": value "X": must be one of F, M}.
 * It never carries a pupil id (a problem with one is described, not quoted) nor anything shaped
 * like a UPN.
 */
public final class PupilDataException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final long line;
    private final String column;

    PupilDataException(String file, long line, String column, String value, String rule, @Nullable Throwable cause) {
        super(redact(file + ":" + line + ": column \"" + column + "\": value \"" + value + "\": " + rule), cause);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    PupilDataException(String file, long line, String problem) {
        super(redact(file + ":" + line + ": " + problem));
        this.file = file;
        this.line = line;
        this.column = "";
    }

    /**
     * Replaces every run shaped like a UPN (a letter, 11 digits, a letter or digit) by a description,
     * so that no message about pupil data can carry one, wherever it came from.
     */
    static String redact(String message) {
        return UPN_SHAPED.matcher(message).replaceAll("[a value shaped like a UPN]");
    }

    private static final java.util.regex.Pattern UPN_SHAPED =
            java.util.regex.Pattern.compile("[A-Za-z][0-9]{11}[A-Za-z0-9]");

    /** The file's name. */
    public String file() {
        return file;
    }

    /** The line, from 1. */
    public long line() {
        return line;
    }

    /** The column's header name, empty when the problem is not in one column. */
    public String column() {
        return column;
    }
}
