package org.concordat.rules;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import org.concordat.calendar.AcademicYear;
import org.concordat.calendar.TermCalendar;
import org.concordat.calendar.TermDates;

/**
 * What a validation needs besides the plan: the "as of" date and, where known, the real term
 * dates of each academic year (used for {@code ACTIVITY_IN_SCHOOL_HOLIDAY} and to place
 * term-based schedules). Immutable; {@code with...} gives a changed copy.
 */
public final class ValidationSettings {
    private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    private final LocalDate asOf;
    private final TermCalendar calendar;

    private ValidationSettings(LocalDate asOf, TermCalendar calendar) {
        this.asOf = asOf;
        this.calendar = calendar;
    }

    /** Judge as of {@code date}, with no real term dates. */
    public static ValidationSettings asOf(LocalDate date) {
        return new ValidationSettings(Objects.requireNonNull(date, "asOf"), TermCalendar.defaults());
    }

    /** Judge as of today in England, with no real term dates. */
    public static ValidationSettings today() {
        return asOf(LocalDate.now(ENGLAND));
    }

    /**
     * These settings with {@code dates} added as the real term dates of their academic years,
     * replacing any given before for the same year.
     */
    public ValidationSettings withTermDates(TermDates... dates) {
        TermCalendar c = calendar;
        for (TermDates d : dates) {
            c = c.with(d);
        }
        return new ValidationSettings(asOf, c);
    }

    /**
     * These settings with the real term dates {@code calendar} supplies (its defaults for other
     * years are not taken as real).
     */
    public ValidationSettings withTermCalendar(TermCalendar calendar) {
        return new ValidationSettings(asOf, Objects.requireNonNull(calendar, "calendar"));
    }

    /** These settings judged as of {@code date} instead. */
    public ValidationSettings withAsOf(LocalDate date) {
        return new ValidationSettings(Objects.requireNonNull(date, "asOf"), calendar);
    }

    /** The date the plan is judged as of. */
    public LocalDate asOf() {
        return asOf;
    }

    /** The real term dates given for {@code year}, if any. */
    public Optional<TermDates> termDates(AcademicYear year) {
        return Optional.ofNullable(calendar.supplied().get(year));
    }

    /** The calendar: the real term dates given, and the default approximation for other years. */
    public TermCalendar termCalendar() {
        return calendar;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ValidationSettings
                && ((ValidationSettings) other).asOf.equals(asOf)
                && ((ValidationSettings) other).calendar.equals(calendar);
    }

    @Override
    public int hashCode() {
        return Objects.hash(asOf, calendar);
    }

    @Override
    public String toString() {
        return "ValidationSettings[asOf=" + asOf + ", " + calendar + "]";
    }
}
