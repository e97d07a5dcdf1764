package org.concordat.ical;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.concordat.calendar.AcademicHalfTerm;
import org.concordat.calendar.AcademicYear;
import org.concordat.calendar.HalfTerm;
import org.concordat.calendar.Period;
import org.concordat.calendar.TermCalendar;
import org.concordat.calendar.TermDates;

/**
 * Reads a school's (or local authority's) real term dates from a small text file, one half-term a
 * line, {@code HALF-TERM: FIRST-DAY/LAST-DAY}:
 *
 * <pre>
 * # Leeds 2025/26 (comments start with #; blank lines are ignored)
 * 2025/26 autumn 1: 2025-09-03/2025-10-24
 * 2025/26 autumn 2: 2025-11-03/2025-12-19
 * 2025/26 spring 1: 2026-01-05/2026-02-13
 * 2025/26 spring 2: 2026-02-23/2026-03-27
 * 2025/26 summer 1: 2026-04-13/2026-05-22
 * 2025/26 summer 2: 2026-06-01/2026-07-21
 * </pre>
 *
 * <p>The half-term is written as {@link AcademicHalfTerm#parse} reads it and the days as {@link
 * Period#parse} reads them; the file is also a YAML mapping. A year listed must list all six
 * half-terms; years not listed keep the default approximate dates ({@link TermCalendar}).
 */
public final class TermDatesFile {
    private TermDatesFile() {}

    /**
     * The term calendar in {@code file}.
     *
     * @throws IllegalArgumentException naming the file and line of the first problem
     * @throws UncheckedIOException when the file cannot be read
     */
    public static TermCalendar read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read the term dates", e);
        }
        return parse(text, file.toString());
    }

    /**
     * The term calendar in {@code text}, whose messages call it {@code source}.
     *
     * @throws IllegalArgumentException {@code SOURCE:LINE: what is wrong}, e.g. {@code
     *     dates.txt:3: expected "HALF-TERM: FIRST-DAY/LAST-DAY", e.g. "2025/26 autumn 1:
     *     2025-09-03/2025-10-24"}, or for a year {@code dates.txt: term dates "2025/26": missing
     *     Summer 2 (all six half-terms are needed)}
     */
    public static TermCalendar parse(CharSequence text, String source) {
        Map<AcademicYear, Map<HalfTerm, Period>> years = new LinkedHashMap<>();
        String[] lines = text.toString().split("\r?\n|\r", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].strip();
            if (n == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1).strip();
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = source + ":" + (n + 1) + ": ";
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException(where + "expected \"HALF-TERM: FIRST-DAY/LAST-DAY\", e.g. "
                        + "\"2025/26 autumn 1: 2025-09-03/2025-10-24\"");
            }
            AcademicHalfTerm half;
            Period period;
            try {
                half = AcademicHalfTerm.parse(line.substring(0, colon).strip());
                period = Period.parse(unquoted(line.substring(colon + 1).strip()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + e.getMessage(), e);
            }
            Map<HalfTerm, Period> year = years.computeIfAbsent(half.year(), y -> new EnumMap<>(HalfTerm.class));
            if (year.put(half.halfTerm(), period) != null) {
                throw new IllegalArgumentException(where + half + " is given twice");
            }
        }
        List<TermDates> dates = new ArrayList<>();
        for (Map.Entry<AcademicYear, Map<HalfTerm, Period>> year : years.entrySet()) {
            try {
                dates.add(TermDates.of(year.getKey(), year.getValue()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
            }
        }
        return TermCalendar.of(dates);
    }

    private static String unquoted(String value) {
        if (value.length() >= 2
                && ((value.startsWith("\"") && value.endsWith("\""))
                        || (value.startsWith("'") && value.endsWith("'")))) {
            return value.substring(1, value.length() - 1).strip();
        }
        return value;
    }
}
