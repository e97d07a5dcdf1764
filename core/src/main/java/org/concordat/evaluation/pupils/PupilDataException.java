package org.concordat.evaluation.pupils;

import org.jspecify.annotations.Nullable;

/**
 * A pupil-record file that cannot be read as documented: the message names the file, the line, the
 * column and the value, e.g. {@code pupils.csv:12: column "sex": value "X": must be one of F, M}.
 * It never carries a pupil id (a problem with one is described, not quoted) nor anything shaped
 * like a UPN. The parts are given apart ({@link #file()}, {@link #line()}, {@link #column()},
 * {@link #detail()}) so that no caller parses the message.
 */
public final class PupilDataException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final long line;
    private final String column;
    private final String detail;

    PupilDataException(String file, long line, String column, String value, String rule, @Nullable Throwable cause) {
        this(file, line, column, "column \"" + column + "\": value \"" + value + "\": " + rule, cause);
    }

    PupilDataException(String file, long line, String problem) {
        this(file, line, "", problem, null);
    }

    private PupilDataException(String file, long line, String column, String problem, @Nullable Throwable cause) {
        super(redact(file + ":" + line + ": " + problem), cause);
        this.file = file;
        this.line = line;
        this.column = column;
        this.detail = redact(problem);
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

    /**
     * What is wrong, without the file and line: the message is {@code file():line(): detail()}. A
     * caller that names the file its own way (by the path the user gave, say) builds its message
     * from {@link #line()} and this, instead of taking {@link #getMessage()} apart. Redacted like
     * the message: it never carries a value shaped like a UPN.
     */
    public String detail() {
        return detail;
    }
}
