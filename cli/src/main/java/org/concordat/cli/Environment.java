package org.concordat.cli;

import java.io.PrintStream;
import java.util.function.LongSupplier;

/**
 * What a command may touch besides its arguments: where its output and its messages go, whether
 * standard error is a terminal (for the progress bar), and a clock in nanoseconds (so progress
 * timing is testable without sleeping).
 */
record Environment(PrintStream out, PrintStream err, boolean stderrIsTerminal, LongSupplier nanoTime) {
    /** The real process: System.out, System.err, the real terminal test and clock. */
    static Environment system() {
        return new Environment(System.out, System.err, Terminal.stderrIsTerminal(), System::nanoTime);
    }
}
