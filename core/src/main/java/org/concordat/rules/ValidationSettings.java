package org.concordat.rules;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.concordat.calendar.AcademicYear;
import org.concordat.calendar.TermDates;

/**
 * What a validation needs besides the plan: the "as of" date and, where known, the real term
 * dates of each academic year (used for {@code ACTIVITY_IN_SCHOOL_HOLIDAY} and to place
 * term-based schedules). Immutable; {@code with...} gives a changed copy.
 */
public final class ValidationSettings {
    private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    private final LocalDate asOf;
    private final Map<AcademicYear, TermDates> termDates;

    private ValidationSettings(LocalDate asOf, Map<AcademicYear, TermDates> termDates) {
        this.asOf = asOf;
        this.termDates = termDates;
    }

    /** Judge as of {@code date}, with no real term dates. */
    public static ValidationSettings asOf(LocalDate date) {
        return new ValidationSettings(Objects.requireNonNull(date, "asOf"), Map.of());
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
        Map<AcademicYear, TermDates> copy = new TreeMap<>(termDates);
        for (TermDates d : dates) {
            copy.put(d.year(), d);
        }
        return new ValidationSettings(asOf, Map.copyOf(copy));
    }

    /** These settings judged as of {@code date} instead. */
    public ValidationSettings withAsOf(LocalDate date) {
        return new ValidationSettings(Objects.requireNonNull(date, "asOf"), termDates);
    }

    /** The date the plan is judged as of. */
    public LocalDate asOf() {
        return asOf;
    }

    /** The real term dates given for {@code year}, if any. */
    public Optional<TermDates> termDates(AcademicYear year) {
        return Optional.ofNullable(termDates.get(year));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ValidationSettings
                && ((ValidationSettings) other).asOf.equals(asOf)
                && ((ValidationSettings) other).termDates.equals(termDates);
    }

    @Override
    public int hashCode() {
        return Objects.hash(asOf, termDates);
    }

    @Override
    public String toString() {
        return "ValidationSettings[asOf=" + asOf + ", termDates for " + termDates.keySet() + "]";
    }
}
