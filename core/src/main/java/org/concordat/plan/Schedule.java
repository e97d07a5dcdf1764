package org.concordat.plan;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.concordat.calendar.AcademicHalfTerm;
import org.concordat.calendar.AcademicTerm;
import org.concordat.calendar.Period;
import org.concordat.calendar.TermCalendar;

/**
 * When an activity takes place: on a date, over a date range, some time in a term or half-term,
 * or once in each term or half-term within a period. {@link #occurrences(TermCalendar)} turns any of
 * them into concrete periods, so rules can check them against approvals and the plan period.
 *
 * <p>Text forms, which {@link #parse} reads and {@code toString()} writes: {@code 2025-10-09};
 * {@code 2025-10-09/2025-10-10}; {@code 2025/26 autumn}; {@code 2025/26 autumn 1}; {@code each
 * term 2025-09-01/2027-08-31}; {@code each half-term 2025-09-01/2027-08-31}.
 */
public sealed interface Schedule {
    /**
     * The periods in which the activity takes place, earliest first, using {@code calendar} for
     * the dates of terms and half-terms. A one-off activity has one; a recurring one has one per
     * term or half-term in session within its period (each clipped to that period), possibly none.
     */
    List<Period> occurrences(TermCalendar calendar);

    /** The occurrences with the default (approximate) English term dates. */
    default List<Period> occurrences() {
        return occurrences(TermCalendar.defaults());
    }

    /**
     * From the first day of the first occurrence to the last day of the last, with the default
     * term dates; empty when a recurring schedule's period overlaps no term (e.g. a summer
     * holiday).
     */
    default Optional<Period> span() {
        List<Period> all = occurrences();
        return all.isEmpty()
                ? Optional.empty()
                : Optional.of(
                        Period.of(all.get(0).start(), all.get(all.size() - 1).end()));
    }

    /** Whether the activity recurs (each term or half-term). */
    default boolean isRecurring() {
        return this instanceof EachTerm || this instanceof EachHalfTerm;
    }

    /** On one date. */
    static Schedule on(LocalDate date) {
        return new On(date);
    }

    /** Over a date range, e.g. a two-day conference or a week's placement. */
    static Schedule between(Period period) {
        return new Between(period);
    }

    /** Some time in one term. */
    static Schedule in(AcademicTerm term) {
        return new InTerm(term);
    }

    /** Some time in one half-term. */
    static Schedule in(AcademicHalfTerm halfTerm) {
        return new InHalfTerm(halfTerm);
    }

    /** Once in each term that overlaps {@code within} (e.g. termly champion meetings). */
    static Schedule eachTerm(Period within) {
        return new EachTerm(within);
    }

    /** Once in each half-term that overlaps {@code within}. */
    static Schedule eachHalfTerm(Period within) {
        return new EachHalfTerm(within);
    }

    /**
     * Reads any of the text forms listed on this type (case-insensitive for the words).
     *
     * @throws IllegalArgumentException naming the text and the forms expected
     */
    static Schedule parse(CharSequence text) {
        String s = text.toString().strip();
        String lower = s.toLowerCase(Locale.ROOT);
        try {
            if (lower.startsWith(EachTerm.PREFIX)) {
                return new EachTerm(Period.parse(s.substring(EachTerm.PREFIX.length())));
            }
            if (lower.startsWith(EachHalfTerm.PREFIX)) {
                return new EachHalfTerm(Period.parse(s.substring(EachHalfTerm.PREFIX.length())));
            }
            if (Forms.DATE.matcher(s).matches()) {
                return new On(LocalDate.parse(s));
            }
            if (Forms.RANGE.matcher(s).matches()) {
                return new Between(Period.parse(s));
            }
            if (Forms.HALF_TERM.matcher(s).matches()) {
                return new InHalfTerm(AcademicHalfTerm.parse(s));
            }
            if (Forms.TERM.matcher(s).matches()) {
                return new InTerm(AcademicTerm.parse(s));
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new IllegalArgumentException("schedule \"" + s + "\": " + e.getMessage(), e);
        }
        throw new IllegalArgumentException("schedule \"" + s + "\": expected a date (2025-10-09), a range"
                + " (2025-10-09/2025-10-10), a term (2025/26 autumn), a half-term (2025/26 autumn 1),"
                + " 'each term START/END' or 'each half-term START/END'");
    }

    /** On one date. */
    record On(LocalDate date) implements Schedule {
        /** Refuses null. */
        public On {
            Objects.requireNonNull(date, "date");
        }

        @Override
        public List<Period> occurrences(TermCalendar calendar) {
            return List.of(Period.ofDay(date));
        }

        @Override
        public String toString() {
            return date.toString();
        }
    }

    /** Over a date range. */
    record Between(Period period) implements Schedule {
        /** Refuses null. */
        public Between {
            Objects.requireNonNull(period, "period");
        }

        @Override
        public List<Period> occurrences(TermCalendar calendar) {
            return List.of(period);
        }

        @Override
        public String toString() {
            return period.toString();
        }
    }

    /** Some time in one term. */
    record InTerm(AcademicTerm term) implements Schedule {
        /** Refuses null. */
        public InTerm {
            Objects.requireNonNull(term, "term");
        }

        @Override
        public List<Period> occurrences(TermCalendar calendar) {
            return List.of(calendar.periodOf(term));
        }

        @Override
        public String toString() {
            return term.toString();
        }
    }

    /** Some time in one half-term. */
    record InHalfTerm(AcademicHalfTerm halfTerm) implements Schedule {
        /** Refuses null. */
        public InHalfTerm {
            Objects.requireNonNull(halfTerm, "halfTerm");
        }

        @Override
        public List<Period> occurrences(TermCalendar calendar) {
            return List.of(calendar.periodOf(halfTerm));
        }

        @Override
        public String toString() {
            return halfTerm.toString();
        }
    }

    /** Once in each term in session within a period; each occurrence is the term clipped to the period. */
    record EachTerm(Period within) implements Schedule {
        static final String PREFIX = "each term ";

        /** Refuses null. */
        public EachTerm {
            Objects.requireNonNull(within, "within");
        }

        @Override
        public List<Period> occurrences(TermCalendar calendar) {
            List<Period> out = new ArrayList<>();
            for (AcademicTerm t : calendar.termsOverlapping(within)) {
                calendar.periodOf(t).intersection(within).ifPresent(out::add);
            }
            return List.copyOf(out);
        }

        @Override
        public String toString() {
            return PREFIX + within;
        }
    }

    /** Once in each half-term in session within a period; each occurrence is clipped to the period. */
    record EachHalfTerm(Period within) implements Schedule {
        static final String PREFIX = "each half-term ";

        /** Refuses null. */
        public EachHalfTerm {
            Objects.requireNonNull(within, "within");
        }

        @Override
        public List<Period> occurrences(TermCalendar calendar) {
            List<Period> out = new ArrayList<>();
            for (AcademicHalfTerm h : calendar.halfTermsOverlapping(within)) {
                calendar.periodOf(h).intersection(within).ifPresent(out::add);
            }
            return List.copyOf(out);
        }

        @Override
        public String toString() {
            return PREFIX + within;
        }
    }
}

/** The text forms {@link Schedule#parse} tells apart. */
final class Forms {
    static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    static final Pattern RANGE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}\\s*/\\s*\\d{4}-\\d{2}-\\d{2}");
    static final Pattern HALF_TERM = Pattern.compile("\\S+\\s+\\S+\\s+\\d");
    static final Pattern TERM = Pattern.compile("\\S+\\s+\\S+");

    private Forms() {}
}
