package org.concordat.evaluation;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.concordat.calendar.Period;
import org.concordat.plan.MeasureValues;
import org.concordat.plan.PupilGroup;

/**
 * Reads aggregate observations for {@code --observations}: a UTF-8 CSV file with the header
 * {@code measure_id,institution_id,period,group,value,n,source} and optionally {@code invited}
 * (columns in any order; {@code institution_id} empty for the whole partnership, {@code group}
 * empty or {@code all} for all pupils or e.g. {@code DISADVANTAGED=Y}, {@code n} empty when
 * unknown, {@code source} empty for the file's name, {@code invited} — for a survey, the number
 * invited to respond — absent or empty when not known, and never below n). A value must be inside {@link MeasureValues}' bound (at most 18 significant
 * digits, 30 decimal places and 30 whole digits), checked before any arithmetic. Layout documented
 * in docs/cli.md.
 */
public final class ObservationCsv {
    private static final List<String> COLUMNS =
            List.of("measure_id", "institution_id", "period", "group", "value", "n", "source", "invited");

    private ObservationCsv() {}

    /**
     * Every observation in {@code file}.
     *
     * @throws ObservationFileException naming the file, line and column of the first bad cell
     */
    public static List<Observation> read(Path file) {
        List<Observation> observations = new ArrayList<>();
        long lastLine = 0;
        try (CsvReader<CsvRecord> reader = CsvReader.builder()
                        // Short and long rows are read cell by cell (a missing cell is empty), so
                        // the error names the row and column instead of the whole file.
                        .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                        .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                        .ofCsvRecord(file, StandardCharsets.UTF_8);
                CloseableIterator<CsvRecord> rows = reader.iterator()) {
            if (!hasNext(file, rows, lastLine)) {
                throw new ObservationFileException(
                        file, 1, "empty: expected the header " + String.join(",", COLUMNS), null);
            }
            int[] at = header(file, rows.next().getFields());
            while (hasNext(file, rows, lastLine)) {
                CsvRecord row = rows.next();
                lastLine = row.getStartingLineNumber();
                if (row.isComment() || row.getFields().stream().allMatch(String::isBlank)) {
                    continue;
                }
                observations.add(observation(file, row, at));
            }
        } catch (NoSuchFileException e) {
            throw new ObservationFileException(file, 0, "cannot read: no such file", e);
        } catch (IOException | UncheckedIOException e) {
            throw new ObservationFileException(file, 0, "cannot read: " + e.getMessage(), e);
        } catch (CsvParseException e) {
            throw new ObservationFileException(file, 0, "not valid CSV: " + e.getMessage(), e);
        }
        return observations;
    }

    /** The reader's next step; malformed CSV is refused with the line after the last good record. */
    private static boolean hasNext(Path file, CloseableIterator<CsvRecord> rows, long lastLine) {
        try {
            return rows.hasNext();
        } catch (CsvParseException e) {
            long line = lastLine + 1;
            throw new ObservationFileException(
                    file,
                    line,
                    "not valid CSV in the record starting at or after line " + line + ": " + e.getMessage(),
                    e);
        }
    }

    private static int[] header(Path file, List<String> fields) {
        int[] at = new int[COLUMNS.size()];
        Arrays.fill(at, -1);
        for (int i = 0; i < fields.size(); i++) {
            String name = fields.get(i).strip().replace("\uFEFF", "");
            int c = COLUMNS.indexOf(name);
            if (c < 0) {
                throw new ObservationFileException(
                        file, 1, "column \"" + name + "\": unknown; expected " + String.join(",", COLUMNS), null);
            }
            if (at[c] >= 0) {
                throw new ObservationFileException(file, 1, "column \"" + name + "\": appears twice", null);
            }
            at[c] = i;
        }
        for (String required : List.of("measure_id", "period", "value")) {
            if (at[COLUMNS.indexOf(required)] < 0) {
                throw new ObservationFileException(file, 1, "missing required column \"" + required + "\"", null);
            }
        }
        return at;
    }

    private static Observation observation(Path file, CsvRecord row, int[] at) {
        long line = row.getStartingLineNumber();
        String measure = cell(row, at, "measure_id");
        String institution = cell(row, at, "institution_id");
        String group = cell(row, at, "group");
        String n = cell(row, at, "n");
        String source = cell(row, at, "source");
        String invited = cell(row, at, "invited");
        try {
            Observation.Builder b = Observation.builder()
                    .measureId(required(measure, "measure_id"))
                    .institution(institution.isEmpty() ? Optional.empty() : Optional.of(institution))
                    .period(parse(file, line, "period", cell(row, at, "period"), Period::parse))
                    .group(group.isEmpty() ? PupilGroup.ALL : parse(file, line, "group", group, PupilGroup::parse))
                    .value(parse(file, line, "value", cell(row, at, "value"), ObservationCsv::decimal))
                    .source(source.isEmpty() ? String.valueOf(file.getFileName()) : source);
            long respondents = n.isEmpty() ? -1 : parse(file, line, "n", n, ObservationCsv::count);
            long asked = invited.isEmpty() ? -1 : parse(file, line, "invited", invited, ObservationCsv::count);
            if (respondents >= 0) {
                b.n(respondents);
            }
            if (asked >= 0) {
                b.invited(asked);
                if (respondents > asked) {
                    throw new ObservationFileException(
                            file,
                            line,
                            "column \"n\": value " + quoted(n) + ": more than column \"invited\" (" + asked
                                    + "): respondents are among those invited",
                            null);
                }
            }
            return b.build();
        } catch (ObservationFileException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new ObservationFileException(file, line, String.valueOf(e.getMessage()), e);
        }
    }

    /** A measure value, checked for length before a number is built and then for its bound. */
    private static BigDecimal decimal(String text) {
        if (text.length() > MeasureValues.MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException(
                    "is too long: a measure value has at most " + MeasureValues.MAX_TEXT_LENGTH + " characters");
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("must be a decimal number, e.g. 34.5", e);
        }
        Optional<String> problem = MeasureValues.problem(value);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
        return value;
    }

    private static long count(String text) {
        try {
            long n = Long.parseLong(text);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // Reported below, with the rule.
        }
        throw new IllegalArgumentException("must be a whole number, 0 or more");
    }

    private static String required(String value, String column) {
        if (value.isEmpty()) {
            throw new IllegalArgumentException("column \"" + column + "\": empty; a value is required");
        }
        return value;
    }

    private static String cell(CsvRecord row, int[] at, String column) {
        int i = at[COLUMNS.indexOf(column)];
        return i < 0 || i >= row.getFieldCount() ? "" : row.getField(i).strip();
    }

    /** The value in quotes, cut to its first 40 characters (and its length given) when longer. */
    private static String quoted(String value) {
        return value.length() <= 40
                ? "\"" + value + "\""
                : "\"" + value.substring(0, 40) + "…\" (" + value.length() + " characters)";
    }

    private static <T> T parse(
            Path file, long line, String column, String value, java.util.function.Function<String, T> parser) {
        try {
            return parser.apply(value);
        } catch (RuntimeException e) {
            throw new ObservationFileException(
                    file, line, "column \"" + column + "\": value " + quoted(value) + ": " + e.getMessage(), e);
        }
    }
}
