package org.concordat.ctf;

import java.util.List;
import java.util.Objects;
import org.concordat.evaluation.pupils.PupilRecord;

/**
 * One {@code Pupil} of a Common Transfer File: read into a pseudonymised {@link PupilRecord}, or
 * refused with every problem found. Either way it carries the line its {@code <Pupil>} element
 * starts on, so a school can find the pupil in its export without the report naming them.
 */
public sealed interface CtfPupil {
    /** The line, from 1, on which the pupil's {@code <Pupil>} element starts. */
    long line();

    /**
     * A pupil read: the record holds the pseudonym, institution, academic year, year group,
     * characteristics and outcomes, and nothing else from the file.
     *
     * @param line the line of the {@code <Pupil>} element
     * @param record the pseudonymised record
     */
    record Read(long line, PupilRecord record) implements CtfPupil {
        /** Refuses nulls. */
        public Read {
            Objects.requireNonNull(record, "record");
        }
    }

    /**
     * A pupil that could not be read, with every problem found (never empty). No pupil data is
     * kept: not even the pseudonym, since a pupil whose UPN is wrong has none.
     *
     * @param line the line of the {@code <Pupil>} element
     * @param problems what is wrong, in the order found
     */
    record Refused(long line, List<CtfProblem> problems) implements CtfPupil {
        /** Copies the list; refuses an empty one. */
        public Refused {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("a refused pupil has at least one problem");
            }
        }
    }
}
