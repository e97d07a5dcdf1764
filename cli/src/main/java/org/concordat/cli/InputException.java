package org.concordat.cli;

/**
 * An input the command cannot read or understand: a missing file, a plan the codec refuses, an
 * unknown rulebook, a pupil file with a bad row. The message is one line naming the file and,
 * where known, the line, column and field; the command exits with {@link ExitCode#UNREADABLE}.
 */
final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The longest message, in characters, before its middle is left out. */
    static final int MAX_LENGTH = 600;

    InputException(String message) {
        super(oneLine(message));
    }

    InputException(String message, Throwable cause) {
        super(oneLine(message), cause);
    }

    /**
     * Parser messages sometimes span lines; a one-line error must not. Line breaks become spaces and
     * every other control character an escape ({@link Terminal#printable}), since messages quote
     * what the user gave and reach a terminal.
     */
    static String oneLine(String message) {
        return Terminal.printable(abbreviated(message.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ")));
    }

    /**
     * A message quoting a huge argument or cell back would bury the point: past {@value #MAX_LENGTH}
     * characters, its start and end are kept and the middle left out.
     */
    static String abbreviated(String message) {
        if (message.length() <= MAX_LENGTH) {
            return message;
        }
        int half = MAX_LENGTH / 2;
        return message.substring(0, half) + " ... (" + (message.length() - 2 * half) + " characters left out) ... "
                + message.substring(message.length() - half);
    }
}
