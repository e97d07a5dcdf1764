package org.concordat.calendar;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A school year in England: 1 September of its {@linkplain #startYear() start year} to 31 August
 * of the next, written {@code 2025/26}. This is the convention of DfE statistics (time period
 * {@code 202526}, shown as "2025/26") and the year over which year groups are fixed by age on the
 * 31 August before it starts.
 *
 * <p>Start years run from {@value #MIN_START_YEAR} to {@value #MAX_START_YEAR}, so that both years
 * have four digits. Ordered by start year.
 */
public final class AcademicYear implements Comparable<AcademicYear> {
    /** The earliest start year accepted. */
    public static final int MIN_START_YEAR = 1000;

    /** The latest start year accepted (the year 9998/99). */
    public static final int MAX_START_YEAR = 9998;

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:[/-]?(\\d{2})|[/-](\\d{4}))");

    private final int startYear;

    private AcademicYear(int startYear) {
        this.startYear = startYear;
    }

    /**
     * Returns the academic year that starts on 1 September {@code startYear}.
     *
     * @throws InvalidCalendarValueException when the start year lies outside {@value
     *     #MIN_START_YEAR}..{@value #MAX_START_YEAR}
     */
    public static AcademicYear of(int startYear) {
        if (startYear < MIN_START_YEAR || startYear > MAX_START_YEAR) {
            throw InvalidCalendarValueException.of(
                    "academic year start year",
                    startYear,
                    "must be between " + MIN_START_YEAR + " and " + MAX_START_YEAR);
        }
        return new AcademicYear(startYear);
    }

    /**
     * Reads an academic year written {@code 2025/26}, {@code 2025-26}, {@code 202526} (the DfE
     * time-period code) or {@code 2025/2026}; surrounding whitespace is ignored.
     *
     * @throws InvalidCalendarValueException when the text has another shape, or when the second
     *     year does not follow the first (e.g. {@code 2025/27})
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static AcademicYear parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String value = text.toString().strip();
        Matcher m = FORM.matcher(value);
        if (!m.matches()) {
            throw InvalidCalendarValueException.of(
                    "academic year", value, "expected the form 2025/26 (or 2025-26, 202526, 2025/2026)");
        }
        int start = Integer.parseInt(m.group(1));
        boolean follows = m.group(2) != null
                ? Integer.parseInt(m.group(2)) == (start + 1) % 100
                : Integer.parseInt(m.group(3)) == start + 1;
        if (!follows) {
            throw InvalidCalendarValueException.of(
                    "academic year",
                    value,
                    "the second year must follow the first (expected \"" + formatted(start) + "\")");
        }
        return of(start);
    }

    /**
     * Returns the academic year that contains {@code date}: dates from 1 September belong to the
     * year starting then, dates up to 31 August to the year that started the September before.
     *
     * @throws InvalidCalendarValueException when the year would lie outside the supported range
     */
    public static AcademicYear containing(LocalDate date) {
        int year = date.getMonthValue() >= Month.SEPTEMBER.getValue() ? date.getYear() : date.getYear() - 1;
        return of(year);
    }

    /** The calendar year in which this academic year starts, e.g. 2025 for 2025/26. */
    public int startYear() {
        return startYear;
    }

    /** The calendar year in which this academic year ends, e.g. 2026 for 2025/26. */
    public int endYear() {
        return startYear + 1;
    }

    /** The first day, 1 September of the start year. */
    public LocalDate start() {
        return LocalDate.of(startYear, Month.SEPTEMBER, 1);
    }

    /** The last day, 31 August of the end year. */
    public LocalDate end() {
        return LocalDate.of(startYear + 1, Month.AUGUST, 31);
    }

    /** The whole year as a closed period, 1 September to 31 August. */
    public Period period() {
        return Period.of(start(), end());
    }

    /** Whether {@code date} lies in this academic year. */
    public boolean contains(LocalDate date) {
        return period().contains(date);
    }

    /**
     * The date on which a child's age fixes their year group for this academic year: 31 August
     * before it starts, i.e. the day before {@link #start()}.
     */
    public LocalDate ageCutOff() {
        return start().minusDays(1);
    }

    /**
     * The following academic year.
     *
     * @throws InvalidCalendarValueException after {@value #MAX_START_YEAR}/99
     */
    public AcademicYear next() {
        return of(startYear + 1);
    }

    /**
     * The preceding academic year.
     *
     * @throws InvalidCalendarValueException before {@value #MIN_START_YEAR}
     */
    public AcademicYear previous() {
        return of(startYear - 1);
    }

    /**
     * The academic year {@code years} later (or earlier when negative).
     *
     * @throws InvalidCalendarValueException when the result leaves the supported range
     */
    public AcademicYear plusYears(int years) {
        return of(Math.addExact(startYear, years));
    }

    /** The DfE statistics time-period code, e.g. {@code 202526}; {@link #parse} reads it back. */
    public String timePeriodCode() {
        return String.format(Locale.ROOT, "%04d%02d", startYear, (startYear + 1) % 100);
    }

    @Override
    public int compareTo(AcademicYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AcademicYear y && startYear == y.startYear;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(startYear);
    }

    /** The form {@code 2025/26}, read back by {@link #parse(CharSequence)}. */
    @JsonValue
    @Override
    public String toString() {
        return formatted(startYear);
    }

    private static String formatted(int start) {
        return String.format(Locale.ROOT, "%04d/%02d", start, (start + 1) % 100);
    }
}
