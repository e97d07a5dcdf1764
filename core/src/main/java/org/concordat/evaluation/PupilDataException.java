package org.concordat.evaluation;

import org.jspecify.annotations.Nullable;

/**
 * A pupil-record file that cannot be read as documented: the message names the file, the line, the
 * column and the value, e.g. {@code pupils.csv:12: column "sex": value "X": must be one of F, M}.
 */
public final class PupilDataException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final long line;
    private final String column;

    PupilDataException(String file, long line, String column, String value, String rule, @Nullable Throwable cause) {
        super(file + ":" + line + ": column \"" + column + "\": value \"" + value + "\": " + rule, cause);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    PupilDataException(String file, long line, String problem) {
        super(file + ":" + line + ": " + problem);
        this.file = file;
        this.line = line;
        this.column = "";
    }

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
