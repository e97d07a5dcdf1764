package org.concordat.ctf;

/**
 * A Common Transfer File that cannot be read as a whole: not well-formed XML, a DOCTYPE or an
 * entity reference (refused, never resolved), nesting, text or size beyond the reader's limits,
 * a root other than {@code CTfile}, or a header without a CTF version of 17 or later or without
 * the source school. Carries the line and column it was found at (from 1; 0 when not known). The
 * message never quotes pupil data. A single pupil that cannot be read is not this: it is a {@link
 * CtfPupil.Refused}.
 */
public final class CtfFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final long line;
    private final long column;

    /** A file-level problem found at {@code line} and {@code column} (0 when unknown). */
    public CtfFormatException(long line, long column, String message) {
        super(prefix(line, column) + message);
        this.line = line;
        this.column = column;
    }

    private static String prefix(long line, long column) {
        if (line <= 0) {
            return "";
        }
        return "line " + line + (column > 0 ? ", column " + column : "") + ": ";
    }

    /** The line the problem was found on, from 1; 0 when it is not known. */
    public long line() {
        return line;
    }

    /** The column the problem was found at, from 1; 0 when it is not known. */
    public long column() {
        return column;
    }
}
