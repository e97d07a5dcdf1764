package org.concordat.calendar;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A closed range of dates: both {@link #start()} and {@link #end()} belong to it, and a period of
 * one day has {@code start == end}. Written as ISO-8601 dates joined by a slash,
 * {@code 2025-09-01/2026-08-31}, which {@link #parse(CharSequence)} reads back.
 *
 * <p>Not to be confused with {@link java.time.Period}, which is an amount of time, not a range.
 */
public final class Period {
    private final LocalDate start;
    private final LocalDate end;

    private Period(LocalDate start, LocalDate end) {
        this.start = start;
        this.end = end;
    }

    /**
     * Returns the period from {@code start} to {@code end}, both included.
     *
     * @throws InvalidCalendarValueException naming both dates when {@code start} is after {@code
     *     end}
     */
    public static Period of(LocalDate start, LocalDate end) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (start.isAfter(end)) {
            throw InvalidCalendarValueException.of(
                    "period", start + "/" + end, "start " + start + " must not be after end " + end);
        }
        return new Period(start, end);
    }

    /** Returns the period of the single day {@code date}. */
    public static Period ofDay(LocalDate date) {
        return of(date, date);
    }

    /**
     * Reads {@code START/END} in ISO-8601 ({@code 2025-09-01/2026-08-31}); surrounding whitespace
     * is ignored.
     *
     * @throws InvalidCalendarValueException when the text has no single slash, a part is not an
     *     ISO date, or the start is after the end
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Period parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String value = text.toString().strip();
        int slash = value.indexOf('/');
        if (slash < 0 || slash != value.lastIndexOf('/')) {
            throw InvalidCalendarValueException.of(
                    "period", value, "expected two ISO dates joined by '/', e.g. 2025-09-01/2026-08-31");
        }
        return of(parseDate(value, value.substring(0, slash)), parseDate(value, value.substring(slash + 1)));
    }

    private static LocalDate parseDate(String whole, String part) {
        try {
            return LocalDate.parse(part.strip());
        } catch (DateTimeParseException e) {
            throw InvalidCalendarValueException.of(
                    "period", whole, "\"" + part.strip() + "\" is not an ISO date (yyyy-mm-dd)");
        }
    }

    /** The first day of the period, included. */
    public LocalDate start() {
        return start;
    }

    /** The last day of the period, included. */
    public LocalDate end() {
        return end;
    }

    /** Whether {@code date} lies between {@link #start()} and {@link #end()}, both included. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    /** Whether this period and {@code other} share at least one day. */
    public boolean overlaps(Period other) {
        return !other.end.isBefore(start) && !other.start.isAfter(end);
    }

    /** Whether every day of {@code other} lies in this period. */
    public boolean encloses(Period other) {
        return !other.start.isBefore(start) && !other.end.isAfter(end);
    }

    /** The days both periods share, or empty when they do not {@linkplain #overlaps overlap}. */
    public Optional<Period> intersection(Period other) {
        if (!overlaps(other)) {
            return Optional.empty();
        }
        LocalDate from = start.isAfter(other.start) ? start : other.start;
        LocalDate to = end.isBefore(other.end) ? end : other.end;
        return Optional.of(new Period(from, to));
    }

    /** The number of days in the period, counting both ends: 1 for a single day, never 0. */
    public long days() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    /** Every day of the period in order, from {@link #start()} to {@link #end()}. */
    public Stream<LocalDate> dates() {
        // Not datesUntil(end.plusDays(1)), which would overflow on LocalDate.MAX.
        return Stream.concat(start.datesUntil(end), Stream.of(end));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Period p && start.equals(p.start) && end.equals(p.end);
    }

    @Override
    public int hashCode() {
        return 31 * start.hashCode() + end.hashCode();
    }

    /** The ISO-8601 form {@code 2025-09-01/2026-08-31}, read back by {@link #parse(CharSequence)}. */
    @JsonValue
    @Override
    public String toString() {
        return start + "/" + end;
    }
}
