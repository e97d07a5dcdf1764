package org.concordat.calendar;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A term of a given academic year, such as the autumn term of 2025/26, written {@code 2025/26
 * autumn}. This is how DfE statistics name term-level data ("use the academic year, not the
 * calendar year"): the spring term of 2025/26 falls in calendar year 2026. Ordered in time.
 */
public final class AcademicTerm implements Comparable<AcademicTerm> {
    private static final Comparator<AcademicTerm> ORDER =
            Comparator.comparing(AcademicTerm::year).thenComparing(AcademicTerm::term);

    private final AcademicYear year;
    private final Term term;

    private AcademicTerm(AcademicYear year, Term term) {
        this.year = year;
        this.term = term;
    }

    /** Returns {@code term} of academic year {@code year}. */
    public static AcademicTerm of(AcademicYear year, Term term) {
        return new AcademicTerm(Objects.requireNonNull(year, "year"), Objects.requireNonNull(term, "term"));
    }

    /**
     * Reads an academic year and a term separated by whitespace, as {@link #toString()} writes it:
     * {@code 2025/26 autumn}. The year takes any form {@link AcademicYear#parse} accepts and the
     * term any form {@link Term#parse} accepts, so {@code 2025-26 Spring term} reads too.
     *
     * @throws InvalidCalendarValueException when either part is refused or one is missing
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static AcademicTerm parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String value = text.toString().strip();
        String[] parts = value.split("\\s+", 2);
        if (parts.length != 2) {
            throw InvalidCalendarValueException.of(
                    "academic term", value, "expected an academic year and a term, e.g. \"2025/26 autumn\"");
        }
        return of(AcademicYear.parse(parts[0]), Term.parse(parts[1]));
    }

    /** The academic year. */
    public AcademicYear year() {
        return year;
    }

    /** The term within the year. */
    public Term term() {
        return term;
    }

    /** The two half-terms of this term, first half first. */
    public List<AcademicHalfTerm> halfTerms() {
        return List.of(AcademicHalfTerm.of(year, term.first()), AcademicHalfTerm.of(year, term.second()));
    }

    /**
     * The term that follows: spring after autumn, summer after spring, and the next year's autumn
     * after summer.
     *
     * @throws InvalidCalendarValueException past the last supported academic year
     */
    public AcademicTerm next() {
        return term == Term.SUMMER ? of(year.next(), Term.AUTUMN) : of(year, Term.values()[term.ordinal() + 1]);
    }

    /**
     * The term before: the previous year's summer before autumn.
     *
     * @throws InvalidCalendarValueException before the first supported academic year
     */
    public AcademicTerm previous() {
        return term == Term.AUTUMN ? of(year.previous(), Term.SUMMER) : of(year, Term.values()[term.ordinal() - 1]);
    }

    @Override
    public int compareTo(AcademicTerm other) {
        return ORDER.compare(this, other);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AcademicTerm t && year.equals(t.year) && term == t.term;
    }

    @Override
    public int hashCode() {
        return 31 * year.hashCode() + term.hashCode();
    }

    /** The form {@code 2025/26 autumn}, read back by {@link #parse(CharSequence)}. */
    @JsonValue
    @Override
    public String toString() {
        return year + " " + term.name().toLowerCase(java.util.Locale.ROOT);
    }
}
