package org.concordat.io;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The one exception {@link Plans} throws for a document it cannot read: malformed JSON or YAML,
 * a missing or unsupported {@code schemaVersion}, an unknown field, a value of the wrong type, a
 * missing required field, an invalid identifier, or a value the domain refuses (an end before a
 * start, a negative amount, a duplicate id).
 *
 * <p>The message reads {@code SOURCE:LINE:COLUMN POINTER: DETAIL}, e.g. {@code plan.yaml:12:7
 * /institutions/2/urn: URN "12345": must be 6 digits}. The pointer is a JSON Pointer (RFC 6901)
 * to the field or element at fault ({@code ""} for the whole document); line and column count
 * from 1. {@link Plans} always names a place (the document's start, 1:1, when the parser knows no
 * better); 0 means unknown only in an exception built elsewhere.
 *
 * <p>It extends {@link UncheckedIOException} so that one {@code catch} handles both a file that
 * cannot be read and a document that cannot be understood; {@link #getCause()} holds the parser's
 * own exception.
 */
public final class PlanFormatException extends UncheckedIOException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final int column;
    private final String pointer;
    private final String detail;

    /**
     * A problem at {@code line}:{@code column} of {@code source}, at {@code pointer}.
     *
     * @param source the file name, or {@code <json>}/{@code <yaml>} for text and streams
     * @param line the line, from 1; 0 when unknown
     * @param column the column, from 1; 0 when unknown
     * @param pointer the JSON Pointer to the field or element at fault
     * @param detail what is wrong, naming the value and the rule
     * @param cause the parser's exception
     */
    public PlanFormatException(String source, int line, int column, String pointer, String detail, IOException cause) {
        super(source + ":" + line + ":" + column + " " + (pointer.isEmpty() ? "/" : pointer) + ": " + detail, cause);
        this.source = source;
        this.line = line;
        this.column = column;
        this.pointer = pointer;
        this.detail = detail;
    }

    /** The file name, or {@code <json>}/{@code <yaml>} for text and streams. */
    public String source() {
        return source;
    }

    /** The line of the problem, from 1; 0 when unknown. */
    public int line() {
        return line;
    }

    /** The column of the problem, from 1; 0 when unknown. */
    public int column() {
        return column;
    }

    /** The JSON Pointer to the field or element at fault; empty for the whole document. */
    public String pointer() {
        return pointer;
    }

    /** What is wrong, without the location. */
    public String detail() {
        return detail;
    }
}
