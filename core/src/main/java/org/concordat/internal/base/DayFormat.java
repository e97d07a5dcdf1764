package org.concordat.internal.base;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * The one way Concordat writes a day in full for people, "15 September 2026": the report labels
 * use it in their locale, and the evaluation engine's reasons (which cannot depend on the report
 * package) use it in British English. Kept here so that the two cannot drift apart.
 */
public final class DayFormat {
    private static final DateTimeFormatter UK = full(Locale.UK);

    private DayFormat() {}

    /** The formatter of a day in full in {@code locale}, e.g. "15 September 2026" in {@code en-GB}. */
    public static DateTimeFormatter full(Locale locale) {
        return DateTimeFormatter.ofPattern("d MMMM uuuu", Objects.requireNonNull(locale, "locale"));
    }

    /** {@code date} in full in British English, e.g. "15 September 2026", whatever the default locale. */
    public static String uk(LocalDate date) {
        return UK.format(Objects.requireNonNull(date, "date"));
    }
}
