package org.concordat.gias;

/**
 * A GIAS extract that cannot be read as a whole: no header, a required column missing, bytes that
 * are not text in its encoding, or CSV that cannot be parsed. Carries the line it was found on
 * (from 1; 0 when it is not known). A single bad row is not this: it is a {@link GiasRow.Refused}.
 */
public final class GiasFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final long line;

    /** A file-level problem found on {@code line} (0 when unknown). */
    public GiasFormatException(long line, String message) {
        super((line > 0 ? "line " + line + ": " : "") + message);
        this.line = line;
    }

    /** The line the problem was found on, from 1; 0 when it is not known. */
    public long line() {
        return line;
    }
}
