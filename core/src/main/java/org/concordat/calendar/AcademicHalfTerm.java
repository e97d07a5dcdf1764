package org.concordat.calendar;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;

/**
 * A half-term of a given academic year, such as the first half of the autumn term of 2025/26,
 * written {@code 2025/26 autumn 1}. Ordered in time.
 */
public final class AcademicHalfTerm implements Comparable<AcademicHalfTerm> {
    private static final Comparator<AcademicHalfTerm> ORDER =
            Comparator.comparing(AcademicHalfTerm::year).thenComparing(AcademicHalfTerm::halfTerm);

    private final AcademicYear year;
    private final HalfTerm halfTerm;

    private AcademicHalfTerm(AcademicYear year, HalfTerm halfTerm) {
        this.year = year;
        this.halfTerm = halfTerm;
    }

    /** Returns {@code halfTerm} of academic year {@code year}. */
    public static AcademicHalfTerm of(AcademicYear year, HalfTerm halfTerm) {
        return new AcademicHalfTerm(Objects.requireNonNull(year, "year"), Objects.requireNonNull(halfTerm, "halfTerm"));
    }

    /**
     * Reads an academic year and a half-term separated by whitespace, as {@link #toString()}
     * writes it: {@code 2025/26 autumn 1}. The half-term takes any form {@link HalfTerm#parse}
     * accepts.
     *
     * @throws InvalidCalendarValueException when either part is refused or one is missing
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static AcademicHalfTerm parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String value = text.toString().strip();
        String[] parts = value.split("\\s+", 2);
        if (parts.length != 2) {
            throw InvalidCalendarValueException.of(
                    "academic half-term",
                    value,
                    "expected an academic year and a half-term, e.g. \"2025/26 autumn 1\"");
        }
        return of(AcademicYear.parse(parts[0]), HalfTerm.parse(parts[1]));
    }

    /** The academic year. */
    public AcademicYear year() {
        return year;
    }

    /** The half-term within the year. */
    public HalfTerm halfTerm() {
        return halfTerm;
    }

    /** The term of the same year this half-term belongs to. */
    public AcademicTerm academicTerm() {
        return AcademicTerm.of(year, halfTerm.term());
    }

    /**
     * The half-term that follows; after summer 2 comes the next year's autumn 1.
     *
     * @throws InvalidCalendarValueException past the last supported academic year
     */
    public AcademicHalfTerm next() {
        return halfTerm == HalfTerm.SUMMER_2
                ? of(year.next(), HalfTerm.AUTUMN_1)
                : of(year, HalfTerm.values()[halfTerm.ordinal() + 1]);
    }

    /**
     * The half-term before; before autumn 1 comes the previous year's summer 2.
     *
     * @throws InvalidCalendarValueException before the first supported academic year
     */
    public AcademicHalfTerm previous() {
        return halfTerm == HalfTerm.AUTUMN_1
                ? of(year.previous(), HalfTerm.SUMMER_2)
                : of(year, HalfTerm.values()[halfTerm.ordinal() - 1]);
    }

    @Override
    public int compareTo(AcademicHalfTerm other) {
        return ORDER.compare(this, other);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AcademicHalfTerm t && year.equals(t.year) && halfTerm == t.halfTerm;
    }

    @Override
    public int hashCode() {
        return 31 * year.hashCode() + halfTerm.hashCode();
    }

    /** The form {@code 2025/26 autumn 1}, read back by {@link #parse(CharSequence)}. */
    @JsonValue
    @Override
    public String toString() {
        return year + " " + halfTerm.term().name().toLowerCase(Locale.ROOT) + " " + halfTerm.half();
    }
}
