package org.concordat.gias;

import java.util.List;

/**
 * One data row of a GIAS extract: read into an {@link Establishment}, or refused with its
 * problems. Either way it carries the line it starts on (the header is line 1), so a report can
 * send the reader to the row.
 */
public sealed interface GiasRow permits GiasRow.Read, GiasRow.Refused {
    /** The line of the file the row starts on, from 1 (the header is line 1). */
    long line();

    /**
     * A row read whole.
     *
     * @param line the line the row starts on
     * @param establishment what it says
     */
    record Read(long line, Establishment establishment) implements GiasRow {}

    /**
     * A row that could not be read: every problem found in it, at least one.
     *
     * @param line the line the row starts on
     * @param urn the row's URN text as written (possibly empty or malformed), to say which row
     * @param problems what was wrong, in column order
     */
    record Refused(long line, String urn, List<GiasProblem> problems) implements GiasRow {
        /** Copies the problems; refuses an empty list. */
        public Refused {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("a refused row has at least one problem");
            }
        }
    }
}
