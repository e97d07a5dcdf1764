package org.concordat.cli;

/** The exit codes of every {@code concordat} command, as documented in docs/cli.md. */
final class ExitCode {
    /** The command did its job and found no errors. */
    static final int OK = 0;

    /** The command did its job and found errors in a plan (validate) or data (evaluate). */
    static final int ERRORS_FOUND = 1;

    /** An input could not be read or understood, or the command line itself is wrong. */
    static final int UNREADABLE = 2;

    /** Concordat itself failed: a bug, reported with its stack trace. */
    static final int INTERNAL = 3;

    private ExitCode() {}
}
