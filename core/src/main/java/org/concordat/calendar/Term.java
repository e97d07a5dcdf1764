package org.concordat.calendar;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One of the three terms of an English school year, in order: autumn (September to December),
 * spring (January to Easter) and summer (Easter to July). Each has two {@linkplain HalfTerm
 * half-terms}. The dates of a term in a given year are in {@link TermDates}.
 */
public enum Term {
    /** The first term, from September to Christmas. */
    AUTUMN,
    /** The second term, from January to Easter. */
    SPRING,
    /** The third term, from Easter to July. */
    SUMMER;

    /** The two half-terms of this term, first half first. */
    public List<HalfTerm> halfTerms() {
        return List.of(first(), second());
    }

    /** The first half of this term, e.g. {@link HalfTerm#AUTUMN_1}. */
    public HalfTerm first() {
        return Halves.ALL[ordinal() * 2];
    }

    /** The second half of this term, e.g. {@link HalfTerm#AUTUMN_2}. */
    public HalfTerm second() {
        return Halves.ALL[ordinal() * 2 + 1];
    }

    /** The half-terms in order, made once (values() copies its array at every call). */
    private static final class Halves {
        static final HalfTerm[] ALL = HalfTerm.values();
    }

    /** The name as written in prose: "Autumn", "Spring", "Summer". */
    public String displayName() {
        String lower = name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    /**
     * Reads a term name in any case, with or without a trailing "term": {@code autumn},
     * {@code Spring term}, {@code SUMMER}.
     *
     * @throws InvalidCalendarValueException for any other text
     */
    public static Term parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String value = text.toString().strip();
        String name = value.toUpperCase(Locale.ROOT).replaceFirst("\\s+TERM$", "");
        for (Term term : values()) {
            if (term.name().equals(name)) {
                return term;
            }
        }
        throw InvalidCalendarValueException.of("term", value, "expected autumn, spring or summer");
    }
}
