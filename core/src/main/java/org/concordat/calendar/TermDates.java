package org.concordat.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The dates of the six half-terms, and so of the three terms, of one academic year.
 *
 * <p>Real term dates are set by each local authority (for maintained schools) or by the school or
 * trust, and vary by a few days to a week between them. {@link #defaults(AcademicYear)} gives an
 * <b>approximation</b> of typical English dates for planning when the real ones are not known;
 * supply the real ones with {@link #builder(AcademicYear)} or {@link #of(AcademicYear, Map)}.
 *
 * <p>A term runs from the first day of its first half to the last day of its second half, so its
 * {@linkplain #periodOf(Term) period} encloses its half-term break; the break itself, like every
 * gap between half-terms, is a holiday: {@link #termOn(LocalDate)} is empty there. Weekends inside
 * a half-term count as in term (a term is a range of dates); {@link #isSchoolDay(LocalDate)}
 * leaves them out. Bank holidays and training (INSET) days are not modelled.
 *
 * <p>For planning, every date of the year belongs to exactly one term, see {@link
 * #planningTermOf(LocalDate)}.
 */
public final class TermDates {
    private final AcademicYear year;
    private static final HalfTerm[] HALVES = HalfTerm.values();

    private final Map<HalfTerm, Period> halfTerms;
    // The half-terms' periods in HalfTerm order, which is date order (of() checks it): rules ask
    // which half-term a day falls in for every day of every dated activity.
    private final Period[] ordered;

    private TermDates(AcademicYear year, Map<HalfTerm, Period> halfTerms) {
        this.year = year;
        this.halfTerms = Collections.unmodifiableMap(new EnumMap<>(halfTerms));
        this.ordered = new Period[HALVES.length];
        for (HalfTerm half : HALVES) {
            ordered[half.ordinal()] = halfTerms.get(half);
        }
    }

    /**
     * Approximate typical English term dates for {@code year}, to use when a school's or local
     * authority's real dates are not known. They are computed, not looked up:
     *
     * <ul>
     *   <li>autumn 1: the first weekday on or after 2 September, to the Friday before the week of
     *       the last Monday in October (the October half-term break);
     *   <li>autumn 2: the Monday after that break, to the last weekday on or before 20 December;
     *   <li>spring 1: the first weekday on or after 4 January, to the Friday before the week that
     *       starts on the first Monday on or after 12 February (the February break);
     *   <li>spring 2: the Monday after that break, to the Friday nine days before Easter Sunday;
     *   <li>summer 1: the second Monday after Easter Sunday, to the Friday before the spring bank
     *       holiday (the last Monday in May), whose week is the summer half-term break;
     *   <li>summer 2: the Monday after that break, to the last weekday on or before 22 July.
     * </ul>
     *
     * <p>Real dates vary by local authority and school: treat these as unverified placeholders,
     * never as a school's calendar.
     */
    public static TermDates defaults(AcademicYear year) {
        return new TermDates(year, DefaultTermDates.of(year));
    }

    /**
     * Term dates for {@code year} from the period of each of the six half-terms.
     *
     * @throws InvalidCalendarValueException when a half-term is missing, lies partly outside the
     *     academic year, or does not start after the previous half-term ends
     */
    public static TermDates of(AcademicYear year, Map<HalfTerm, Period> halfTerms) {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(halfTerms, "halfTerms");
        List<String> missing = new ArrayList<>();
        for (HalfTerm half : HalfTerm.values()) {
            if (!halfTerms.containsKey(half)) {
                missing.add(half.displayName());
            }
        }
        if (!missing.isEmpty()) {
            throw refuse(year, "missing " + String.join(", ", missing) + " (all six half-terms are needed)");
        }
        Period whole = year.period();
        Period previous = null;
        for (HalfTerm half : HalfTerm.values()) {
            Period period = Objects.requireNonNull(halfTerms.get(half), half.name());
            if (!whole.encloses(period)) {
                throw refuse(year, half.displayName() + " " + period + " lies outside the academic year " + whole);
            }
            if (previous != null && !period.start().isAfter(previous.end())) {
                HalfTerm before = HalfTerm.values()[half.ordinal() - 1];
                throw refuse(
                        year,
                        half.displayName() + " " + period + " must start after " + before.displayName() + " ends ("
                                + previous.end() + ")");
            }
            previous = period;
        }
        return new TermDates(year, halfTerms);
    }

    private static InvalidCalendarValueException refuse(AcademicYear year, String rule) {
        return InvalidCalendarValueException.of("term dates", year, rule);
    }

    /** A builder for the real term dates of {@code year}, one half-term at a time. */
    public static Builder builder(AcademicYear year) {
        return new Builder(Objects.requireNonNull(year, "year"));
    }

    /** The academic year these dates belong to. */
    public AcademicYear year() {
        return year;
    }

    /** The period of every half-term, in order; unmodifiable. */
    public Map<HalfTerm, Period> halfTermPeriods() {
        return halfTerms;
    }

    /** The days of {@code halfTerm}, first to last day of teaching. */
    public Period periodOf(HalfTerm halfTerm) {
        return halfTerms.get(halfTerm);
    }

    /** The days of {@code term}, from its first day to its last, enclosing its half-term break. */
    public Period periodOf(Term term) {
        return Period.of(periodOf(term.first()).start(), periodOf(term.second()).end());
    }

    /** The half-term in session on {@code date}, or empty in a holiday or outside this year. */
    public Optional<HalfTerm> halfTermOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        for (int i = 0; i < ordered.length; i++) {
            if (ordered[i].contains(date)) {
                return Optional.of(HALVES[i]);
            }
        }
        return Optional.empty();
    }

    /**
     * The first day of {@code period} that lies in this academic year but outside every half-term
     * (a holiday, including a half-term break), or empty when there is none: what asking {@link
     * #isInTerm} of each day in this year would find, worked out from the half-terms' bounds
     * instead of day by day.
     */
    public Optional<LocalDate> firstHolidayIn(Period period) {
        Objects.requireNonNull(period, "period");
        LocalDate cursor = period.start().isAfter(year.start()) ? period.start() : year.start();
        LocalDate last = period.end().isBefore(year.end()) ? period.end() : year.end();
        if (cursor.isAfter(last)) {
            return Optional.empty();
        }
        for (Period half : ordered) {
            if (cursor.isBefore(half.start())) {
                return Optional.of(cursor);
            }
            if (!cursor.isAfter(half.end())) {
                cursor = half.end().plusDays(1);
                if (cursor.isAfter(last)) {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(cursor);
    }

    /**
     * The term in session on {@code date}, or empty in a holiday (including a half-term break) or
     * outside this year.
     */
    public Optional<Term> termOn(LocalDate date) {
        return halfTermOn(date).map(HalfTerm::term);
    }

    /** Whether {@code date} falls in a half-term, weekends included. */
    public boolean isInTerm(LocalDate date) {
        return halfTermOn(date).isPresent();
    }

    /**
     * Whether {@code date} is a weekday in term. Bank holidays and training days that fall in term
     * are not known here and count as school days.
     */
    public boolean isSchoolDay(LocalDate date) {
        return isInTerm(date) && !DefaultTermDates.isWeekend(date);
    }

    /**
     * The holidays of the year: every run of days in the academic year outside the half-terms,
     * in order, from the days before autumn 1 to the days after summer 2 (either may be empty and
     * is then left out).
     */
    public List<Period> holidays() {
        List<Period> gaps = new ArrayList<>();
        LocalDate from = year.start();
        for (Period period : halfTerms.values()) {
            if (period.start().isAfter(from)) {
                gaps.add(Period.of(from, period.start().minusDays(1)));
            }
            from = period.end().plusDays(1);
        }
        if (!from.isAfter(year.end())) {
            gaps.add(Period.of(from, year.end()));
        }
        return List.copyOf(gaps);
    }

    /**
     * The half-term a date of this year is planned in: each half-term extended over the holiday
     * that follows it, and autumn 1 also back to 1 September. So the six planning periods cover
     * the year without gaps or overlaps, an activity in the October break counts to autumn 1, and
     * one in the summer holiday to summer 2. In term, it is {@link #halfTermOn(LocalDate)}.
     *
     * @throws InvalidCalendarValueException when {@code date} is outside this academic year
     */
    public HalfTerm planningHalfTermOf(LocalDate date) {
        requireInYear(date);
        HalfTerm found = HalfTerm.AUTUMN_1;
        for (HalfTerm half : HalfTerm.values()) {
            if (!date.isBefore(halfTerms.get(half).start())) {
                found = half;
            }
        }
        return found;
    }

    /**
     * The term a date of this year is planned in: the term whose period, extended over the holiday
     * that follows it, contains the date; the days of September before autumn starts count to
     * autumn, because the summer before belongs to the previous academic year. The Christmas
     * holiday counts to autumn, the Easter holiday to spring, the summer holiday to summer. In
     * term, it is {@link #termOn(LocalDate)}.
     *
     * @throws InvalidCalendarValueException when {@code date} is outside this academic year
     */
    public Term planningTermOf(LocalDate date) {
        return planningHalfTermOf(date).term();
    }

    /** The days planned in {@code halfTerm}: see {@link #planningHalfTermOf(LocalDate)}. */
    public Period planningPeriodOf(HalfTerm halfTerm) {
        LocalDate start = halfTerm == HalfTerm.AUTUMN_1
                ? year.start()
                : periodOf(halfTerm).start();
        LocalDate end = halfTerm == HalfTerm.SUMMER_2
                ? year.end()
                : periodOf(HALVES[halfTerm.ordinal() + 1]).start().minusDays(1);
        return Period.of(start, end);
    }

    /** The days planned in {@code term}: see {@link #planningTermOf(LocalDate)}. */
    public Period planningPeriodOf(Term term) {
        return Period.of(
                planningPeriodOf(term.first()).start(),
                planningPeriodOf(term.second()).end());
    }

    private void requireInYear(LocalDate date) {
        if (!year.contains(date)) {
            throw InvalidCalendarValueException.of(
                    "date", date, "lies outside the academic year " + year + " (" + year.period() + ")");
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TermDates t && year.equals(t.year) && halfTerms.equals(t.halfTerms);
    }

    @Override
    public int hashCode() {
        return 31 * year.hashCode() + halfTerms.hashCode();
    }

    /** The year and each half-term, e.g. {@code 2025/26 {autumn 1=2025-09-02/2025-10-24, ...}}. */
    @Override
    public String toString() {
        return year + " "
                + halfTerms.entrySet().stream()
                        .map(e -> e.getKey().displayName().toLowerCase(java.util.Locale.ROOT) + "=" + e.getValue())
                        .collect(Collectors.joining(", ", "{", "}"));
    }

    /** Collects the six half-terms of a year's real term dates; {@link #build()} validates them. */
    public static final class Builder {
        private final AcademicYear year;
        private final Map<HalfTerm, Period> halfTerms = new EnumMap<>(HalfTerm.class);

        private Builder(AcademicYear year) {
            this.year = year;
        }

        /** Sets the period of {@code halfTerm}, replacing any set before. */
        public Builder halfTerm(HalfTerm halfTerm, Period period) {
            halfTerms.put(Objects.requireNonNull(halfTerm, "halfTerm"), Objects.requireNonNull(period, "period"));
            return this;
        }

        /**
         * Sets {@code halfTerm} to run from {@code first} to {@code last} day, both included.
         *
         * @throws InvalidCalendarValueException when {@code first} is after {@code last}
         */
        public Builder halfTerm(HalfTerm halfTerm, LocalDate first, LocalDate last) {
            return halfTerm(halfTerm, Period.of(first, last));
        }

        /**
         * Builds the term dates.
         *
         * @throws InvalidCalendarValueException as {@link TermDates#of(AcademicYear, Map)} does
         */
        public TermDates build() {
            return TermDates.of(year, halfTerms);
        }
    }
}
