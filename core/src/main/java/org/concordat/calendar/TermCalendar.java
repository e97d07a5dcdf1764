package org.concordat.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The term dates of a school (or of every school of a local authority) across academic years:
 * the {@link TermDates} supplied for some years, and the {@linkplain TermDates#defaults default
 * approximation} for every other year. A partnership's plan spans two or more years; this answers
 * "which term is this date in" and "which terms fall within the plan" without the caller picking
 * the right year's dates.
 */
public final class TermCalendar {
    private static final TermCalendar DEFAULTS = new TermCalendar(new TreeMap<>());

    private final SortedMap<AcademicYear, TermDates> supplied;

    private TermCalendar(SortedMap<AcademicYear, TermDates> supplied) {
        this.supplied = Collections.unmodifiableSortedMap(supplied);
    }

    /** A calendar that uses the default approximate term dates for every year. */
    public static TermCalendar defaults() {
        return DEFAULTS;
    }

    /**
     * A calendar with the real {@code termDates} of their years and the defaults for every other
     * year.
     *
     * @throws InvalidCalendarValueException when two of the term dates are for the same year
     */
    public static TermCalendar of(Collection<TermDates> termDates) {
        SortedMap<AcademicYear, TermDates> byYear = new TreeMap<>();
        for (TermDates dates : termDates) {
            if (byYear.putIfAbsent(dates.year(), dates) != null) {
                throw InvalidCalendarValueException.of(
                        "term dates", dates.year(), "supplied twice for the same academic year");
            }
        }
        return new TermCalendar(byYear);
    }

    /** A copy of this calendar with {@code termDates} replacing any dates for its year. */
    public TermCalendar with(TermDates termDates) {
        SortedMap<AcademicYear, TermDates> byYear = new TreeMap<>(supplied);
        byYear.put(termDates.year(), termDates);
        return new TermCalendar(byYear);
    }

    /** The term dates supplied, by year, in order; years not listed use the defaults. */
    public SortedMap<AcademicYear, TermDates> supplied() {
        return supplied;
    }

    /** The supplied term dates of {@code year}, or its default dates when none were supplied. */
    public TermDates termDates(AcademicYear year) {
        TermDates dates = supplied.get(year);
        return dates != null ? dates : TermDates.defaults(year);
    }

    /** The days of {@code term}, enclosing its half-term break. */
    public Period periodOf(AcademicTerm term) {
        return termDates(term.year()).periodOf(term.term());
    }

    /** The days of {@code halfTerm}. */
    public Period periodOf(AcademicHalfTerm halfTerm) {
        return termDates(halfTerm.year()).periodOf(halfTerm.halfTerm());
    }

    /**
     * The term in session on {@code date}, or empty in a holiday.
     *
     * @throws InvalidCalendarValueException when the date's academic year is out of range
     */
    public Optional<AcademicTerm> termOn(LocalDate date) {
        AcademicYear year = AcademicYear.containing(date);
        return termDates(year).termOn(date).map(term -> AcademicTerm.of(year, term));
    }

    /**
     * The half-term in session on {@code date}, or empty in a holiday.
     *
     * @throws InvalidCalendarValueException when the date's academic year is out of range
     */
    public Optional<AcademicHalfTerm> halfTermOn(LocalDate date) {
        AcademicYear year = AcademicYear.containing(date);
        return termDates(year).halfTermOn(date).map(half -> AcademicHalfTerm.of(year, half));
    }

    /**
     * The term {@code date} is planned in, holidays counting to the term before them: see {@link
     * TermDates#planningTermOf(LocalDate)}.
     *
     * @throws InvalidCalendarValueException when the date's academic year is out of range
     */
    public AcademicTerm planningTermOf(LocalDate date) {
        AcademicYear year = AcademicYear.containing(date);
        return AcademicTerm.of(year, termDates(year).planningTermOf(date));
    }

    /**
     * The half-term {@code date} is planned in: see {@link TermDates#planningHalfTermOf(LocalDate)}.
     *
     * @throws InvalidCalendarValueException when the date's academic year is out of range
     */
    public AcademicHalfTerm planningHalfTermOf(LocalDate date) {
        AcademicYear year = AcademicYear.containing(date);
        return AcademicHalfTerm.of(year, termDates(year).planningHalfTermOf(date));
    }

    /**
     * The terms in session on at least one day of {@code period}, in order: for an activity that
     * recurs each term within a plan's period.
     *
     * @throws InvalidCalendarValueException when the period reaches an academic year out of range
     */
    public List<AcademicTerm> termsOverlapping(Period period) {
        // By half-terms, not by term periods: a term's period encloses its half-term break, when
        // the term is not in session.
        return halfTermsOverlapping(period).stream()
                .map(AcademicHalfTerm::academicTerm)
                .distinct()
                .toList();
    }

    /**
     * The half-terms in session on at least one day of {@code period}, in order.
     *
     * @throws InvalidCalendarValueException when the period reaches an academic year out of range
     */
    public List<AcademicHalfTerm> halfTermsOverlapping(Period period) {
        List<AcademicHalfTerm> found = new ArrayList<>();
        AcademicYear year = AcademicYear.containing(period.start());
        AcademicYear last = AcademicYear.containing(period.end());
        while (true) {
            for (HalfTerm half : HalfTerm.values()) {
                AcademicHalfTerm candidate = AcademicHalfTerm.of(year, half);
                if (periodOf(candidate).overlaps(period)) {
                    found.add(candidate);
                }
            }
            if (year.equals(last)) {
                break;
            }
            year = year.next();
        }
        return List.copyOf(found);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TermCalendar c && supplied.equals(c.supplied);
    }

    @Override
    public int hashCode() {
        return supplied.hashCode();
    }

    /** The years with supplied dates, e.g. {@code TermCalendar[supplied 2025/26, 2026/27]}. */
    @Override
    public String toString() {
        return "TermCalendar["
                + (supplied.isEmpty()
                        ? "defaults only"
                        : "supplied "
                                + supplied.keySet().stream()
                                        .map(AcademicYear::toString)
                                        .collect(Collectors.joining(", ")))
                + "]";
    }
}
