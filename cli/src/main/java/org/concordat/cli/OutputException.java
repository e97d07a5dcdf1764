package org.concordat.cli;

/**
 * An output the command cannot write (a read-only directory, a full disk). The message is one line
 * naming the file; the command exits with {@link ExitCode#UNREADABLE}, having written nothing.
 */
final class OutputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    OutputException(String message) {
        super(InputException.oneLine(message));
    }

    OutputException(String message, Throwable cause) {
        super(InputException.oneLine(message), cause);
    }
}
