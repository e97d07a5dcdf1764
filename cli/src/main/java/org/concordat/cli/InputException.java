package org.concordat.cli;

/**
 * An input the command cannot read or understand: a missing file, a plan the codec refuses, an
 * unknown rulebook, a pupil file with a bad row. The message is one line naming the file and,
 * where known, the line, column and field; the command exits with {@link ExitCode#UNREADABLE}.
 */
final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InputException(String message) {
        super(oneLine(message));
    }

    InputException(String message, Throwable cause) {
        super(oneLine(message), cause);
    }

    /** Parser messages sometimes span lines; a one-line error must not. */
    static String oneLine(String message) {
        return message.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
