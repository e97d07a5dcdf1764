package org.concordat.calendar;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One of the six half-terms of an English school year, in order. DfE numbers them 1 to 6 from
 * autumn ("the autumn term (terms 1 and 2)"); {@link #number()} gives that number.
 */
public enum HalfTerm {
    /** September to the October half-term break (DfE term 1). */
    AUTUMN_1,
    /** The October half-term break to Christmas (DfE term 2). */
    AUTUMN_2,
    /** January to the February half-term break (DfE term 3). */
    SPRING_1,
    /** The February half-term break to Easter (DfE term 4). */
    SPRING_2,
    /** Easter to the spring bank holiday break at the end of May (DfE term 5). */
    SUMMER_1,
    /** The end of May to July (DfE term 6). */
    SUMMER_2;

    private static final Pattern FORM =
            Pattern.compile("([A-Za-z]+)(?:\\s+term)?[\\s_-]*([12])", Pattern.CASE_INSENSITIVE);

    /** The term this half-term belongs to. */
    public Term term() {
        return Term.values()[ordinal() / 2];
    }

    /** The DfE half-term number, 1 (autumn first half) to 6 (summer second half). */
    public int number() {
        return ordinal() + 1;
    }

    /** 1 for the first half of its term, 2 for the second. */
    public int half() {
        return ordinal() % 2 + 1;
    }

    /**
     * Returns the half-term with DfE number {@code number}.
     *
     * @throws InvalidCalendarValueException unless {@code number} is 1 to 6
     */
    public static HalfTerm ofNumber(int number) {
        if (number < 1 || number > 6) {
            throw InvalidCalendarValueException.of("half-term number", number, "must be 1 to 6");
        }
        return values()[number - 1];
    }

    /** The name as written in prose: "Autumn 1", "Summer 2". */
    public String displayName() {
        return term().displayName() + " " + half();
    }

    /**
     * Reads a half-term as a term name and its half, in any case: {@code autumn 1},
     * {@code Spring 2}, {@code SUMMER_1}, {@code autumn term 2}, {@code autumn-1}.
     *
     * @throws InvalidCalendarValueException for any other text
     */
    public static HalfTerm parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String value = text.toString().strip();
        Matcher m = FORM.matcher(value);
        if (m.matches()) {
            String name = m.group(1).toUpperCase(Locale.ROOT);
            for (Term term : Term.values()) {
                if (term.name().equals(name)) {
                    return m.group(2).equals("1") ? term.first() : term.second();
                }
            }
        }
        throw InvalidCalendarValueException.of(
                "half-term", value, "expected a term and its half, e.g. \"autumn 1\" or \"summer 2\"");
    }
}
