package org.concordat.evaluation.pupils;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collector;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.concordat.calendar.AcademicYear;
import org.concordat.calendar.YearGroup;
import org.concordat.internal.base.Checks;
import org.concordat.plan.Characteristic;
import org.jspecify.annotations.Nullable;

/**
 * Reads pupil records from a CSV file (RFC 4180, UTF-8, optional byte-order mark) as a stream,
 * one row at a time: memory does not grow with the file. The layout is bound by header names, in
 * any order:
 *
 * <ul>
 *   <li>required: {@code pupil_id} (pseudonymised, never a UPN), {@code institution_id}, {@code
 *       academic_year} (2025/26 or 202526), {@code year_group} (R, Y7, Year 7, 7, N);
 *   <li>optional characteristic columns, named after {@link Characteristic} in lower case: {@code
 *       fsm_eligible}, {@code disadvantaged}, {@code sen_provision}, {@code eal}, {@code sex},
 *       {@code ethnicity_group}; an empty cell means not known;
 *   <li>outcome columns {@code outcome:MEASURE_ID}, decimal numbers; an empty cell means not
 *       recorded.
 * </ul>
 *
 * Any other column is refused, so a misspelt header never silently drops data. {@link
 * #readColumns} and {@link #collectColumns} read the same layout from bytes into {@link
 * PupilColumns} batches, on one thread or several, for the fast path of a {@link GapAnalysis}
 * (docs/evaluation.md says how the file is split). Errors are
 * {@link PupilDataException}s naming file, line, column and value; I/O failures are {@link
 * UncheckedIOException}s. Layout documented in docs/evaluation.md.
 */
public final class PupilCsv {
    private static final String OUTCOME_PREFIX = PupilLayout.OUTCOME_PREFIX;
    private static final java.util.regex.Pattern LINE =
            java.util.regex.Pattern.compile("\\s*\\(record starting at line (\\d+)\\)");
    private static final String[] REQUIRED = PupilLayout.REQUIRED;

    private PupilCsv() {}

    /**
     * The records of {@code file}, lazily read. Close the stream (try-with-resources) to close the
     * file.
     *
     * @throws UncheckedIOException when the file cannot be opened
     * @throws PupilDataException (from the stream) for the first bad header or row
     */
    public static Stream<PupilRecord> read(Path file) {
        Records records = open(file);
        return StreamSupport.stream(
                        Spliterators.spliteratorUnknownSize(records, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(records::close);
    }

    private static Records open(Path file) {
        String name = String.valueOf(file.getFileName());
        CsvReader<CsvRecord> reader;
        try {
            reader = CsvReader.builder()
                    .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                    .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                    .ofCsvRecord(new StrictUtf8Reader(java.nio.file.Files.newInputStream(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open pupil records " + file + ": " + e.getMessage(), e);
        }
        CloseableIterator<CsvRecord> rows = reader.iterator();
        try {
            return new Records(name, rows, file);
        } catch (RuntimeException e) {
            closeQuietly(rows, e);
            throw e;
        }
    }

    /**
     * Reads {@code file} in batches of primitive columns for the outcome {@code measureId}: the
     * fast path into {@link GapAnalysis.Accumulator#add(PupilColumns)}. Every row is checked as
     * {@link #read(Path)} checks it (same errors, same messages), but no {@link PupilRecord} and no
     * {@code String} per field is made. Reads on the calling thread, in file order: the same batch
     * is refilled and handed to {@code sink} each time it is full and once at the end (if not
     * empty); the sink must be done with it when it returns. Memory stays proportional to {@code
     * batchSize}, not to the file (but for 16 bytes a pupil to find pupils listed twice). For
     * several threads and several measures in one pass, see {@link #collectColumns(Path, List,
     * int, int, Collector)}.
     *
     * @return the number of rows read
     * @throws IllegalArgumentException when the measure id is blank or the batch size is below 1
     * @throws UncheckedIOException when the file cannot be read
     * @throws PupilDataException for the first bad header or row
     */
    public static long readColumns(Path file, String measureId, int batchSize, Consumer<PupilColumns> sink) {
        PupilColumns.of(measureId, batchSize);
        Collector<PupilColumns, Object, Object> inOrder =
                Collector.of(Object::new, (container, batch) -> sink.accept(batch), (a, b) -> a, a -> a);
        return PupilChunks.read(file, List.of(measureId), batchSize, 1, Long.MAX_VALUE, inOrder)
                .rows();
    }

    /**
     * Reads {@code file} in batches of primitive columns carrying the outcomes of every one of
     * {@code measureIds}, on up to {@code threads} threads, into {@code collector}: the fast path
     * for analyses of the whole file at the speed of memory, e.g. {@link
     * GapAnalysis#columnCollector()}. Every row is checked as {@link #read(Path)} checks it, and
     * the error thrown for a bad file is the one {@link #read(Path)} throws: the first problem in
     * file order, with the same file, line, column and message.
     *
     * <p>The file is read in parts of several megabytes, each on one thread into its own container
     * from {@code collector.supplier()}; the accumulator is called on that thread with that
     * part's batches (the batch is refilled afterwards: the accumulator must not keep it), and never
     * from two threads for one container, so it needs no locking. The containers are combined with
     * {@code collector.combiner()} in file order on the calling thread, and finished. The result
     * therefore does not depend on the number of threads. A part whose start was guessed inside a
     * quoted field is read again and its first container dropped. A file that is not a regular file
     * (a named pipe) is read once, in order, on the calling thread. Memory: a 1 MB buffer and a batch
     * per thread, a container per part, and 16 bytes a pupil to find pupils listed twice.
     *
     * @param batchSize rows per batch, at least 1
     * @param threads threads to read with, at least 1 (e.g. {@code
     *     Runtime.getRuntime().availableProcessors()})
     * @throws IllegalArgumentException when a measure id is blank or repeated, or the batch size or
     *     thread count is below 1
     * @throws UncheckedIOException when the file cannot be read
     * @throws PupilDataException for the first bad header or row
     */
    public static <A, R> R collectColumns(
            Path file, List<String> measureIds, int batchSize, int threads, Collector<PupilColumns, A, R> collector) {
        // One thread reads the file as one part: nothing to put together.
        return collectColumns(
                file,
                measureIds,
                batchSize,
                threads,
                threads == 1 ? Long.MAX_VALUE : PupilChunks.DEFAULT_PART,
                collector);
    }

    /**
     * {@link #collectColumns(Path, List, int, int, Collector)} in batches of 4,096 rows on every
     * available processor.
     */
    public static <A, R> R collectColumns(Path file, List<String> measureIds, Collector<PupilColumns, A, R> collector) {
        return collectColumns(
                file, measureIds, DEFAULT_BATCH, Runtime.getRuntime().availableProcessors(), collector);
    }

    /** As the public one, with the part size chosen (tests make parts tiny so boundaries fall everywhere). */
    static <A, R> R collectColumns(
            Path file,
            List<String> measureIds,
            int batchSize,
            int threads,
            long partBytes,
            Collector<PupilColumns, A, R> collector) {
        PupilColumns.of(measureIds, batchSize);
        if (threads < 1) {
            throw new IllegalArgumentException(Checks.describe("threads", threads, "must be at least 1"));
        }
        return PupilChunks.read(file, measureIds, batchSize, threads, partBytes, collector)
                .result();
    }

    /** Rows per batch when none is chosen. */
    private static final int DEFAULT_BATCH = 4096;

    /** An institution id is printed in every finding: one shaped like a UPN would publish a pupil's UPN. */
    private static String notUpn(String institutionId) {
        if (PupilRecord.looksLikeUpn(institutionId)) {
            throw new IllegalArgumentException("a value shaped like a UPN cannot be an institution id");
        }
        return institutionId;
    }

    /**
     * Writes {@code records} in the layout {@link #read} reads: a header of the four required
     * columns, every characteristic column ({@code fsm_eligible}, {@code disadvantaged}, {@code
     * sen_provision}, {@code eal}, {@code sex}, {@code ethnicity_group}) and one {@code
     * outcome:MEASURE_ID} column per measure id, in the order given; then one row per record, an
     * empty cell for a characteristic not known or an outcome not recorded. Year groups are written
     * {@code N}, {@code R}, {@code Y1} … {@code Y13}; academic years {@code 2024/25}; lines end with
     * CRLF (RFC 4180). Reading the text back with {@link #read} gives equal records.
     *
     * @throws IllegalArgumentException when a measure id is blank, repeated or contains a comma,
     *     quote or line break, or a record has an outcome for a measure not listed (it would be lost)
     * @throws UncheckedIOException when {@code out} fails
     */
    public static void write(Appendable out, List<String> measureIds, Iterable<PupilRecord> records) {
        java.util.Set<String> measures = new java.util.LinkedHashSet<>();
        for (String m : measureIds) {
            if (m.isBlank() || m.strip().length() != m.length() || m.matches(".*[,\"\r\n].*") || !measures.add(m)) {
                throw new IllegalArgumentException("measure id \"" + m
                        + "\": must be non-blank, unique, and free of commas, quotes and line breaks");
            }
        }
        try {
            StringBuilder line = new StringBuilder(String.join(",", REQUIRED));
            for (Characteristic c : Characteristic.values()) {
                line.append(',').append(c.name().toLowerCase(Locale.ROOT));
            }
            for (String m : measures) {
                line.append(',').append(OUTCOME_PREFIX).append(m);
            }
            out.append(line).append("\r\n");
            for (PupilRecord r : records) {
                for (String m : r.outcomes().keySet()) {
                    if (!measures.contains(m)) {
                        throw new IllegalArgumentException(
                                "a record has an outcome for measure \"" + m + "\", which has no column");
                    }
                }
                line.setLength(0);
                line.append(cell(r.pupilId()))
                        .append(',')
                        .append(cell(r.institutionId()))
                        .append(',')
                        .append(r.academicYear())
                        .append(',')
                        .append(yearGroup(r.yearGroup()));
                for (Characteristic c : Characteristic.values()) {
                    line.append(',').append(r.characteristic(c).orElse(""));
                }
                for (String m : measures) {
                    line.append(',')
                            .append(r.outcome(m).map(BigDecimal::toPlainString).orElse(""));
                }
                out.append(line).append("\r\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write pupil records: " + e.getMessage(), e);
        }
    }

    private static String yearGroup(YearGroup g) {
        return switch (g) {
            case NURSERY -> "N";
            case RECEPTION -> "R";
            default -> "Y" + g.nationalCurriculumYear();
        };
    }

    private static String cell(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\r') < 0 && value.indexOf('\n') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    /** The records of any iterable as a stream (for symmetry with {@link #read(Path)}). */
    public static Stream<PupilRecord> stream(Iterable<PupilRecord> records) {
        return StreamSupport.stream(records.spliterator(), false);
    }

    private static void closeQuietly(CloseableIterator<CsvRecord> rows, RuntimeException failure) {
        try {
            rows.close();
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    /** Turns rows into records, caching parsed years, year groups and ids, which repeat a lot. */
    private static final class Records implements Iterator<PupilRecord>, AutoCloseable {
        private final Path path;
        private final String file;
        private final CloseableIterator<CsvRecord> rows;
        private final String[] header;
        private final int[] required = new int[REQUIRED.length];
        private final @Nullable Characteristic[] characteristicAt;
        private final @Nullable String[] measureAt;
        private final Map<String, AcademicYear> years = new HashMap<>();
        private final Map<String, YearGroup> yearGroups = new HashMap<>();
        private final Map<String, String> institutions = new HashMap<>();
        private final Map<Characteristic, Map<String, String>> codes = new java.util.EnumMap<>(Characteristic.class);
        private final PupilIds seen = new PupilIds();

        Records(String file, CloseableIterator<CsvRecord> rows, Path path) {
            this.path = path;
            this.file = file;
            this.rows = rows;
            if (!hasNext()) {
                throw PupilLayout.noHeader(file);
            }
            PupilLayout layout = new PupilLayout(file, next(rows).getFields().toArray(new String[0]));
            header = layout.header;
            characteristicAt = layout.characteristicAt;
            measureAt = layout.measureAt;
            System.arraycopy(layout.required, 0, required, 0, required.length);
        }

        private CsvRecord next(CloseableIterator<CsvRecord> it) {
            try {
                return it.next();
            } catch (CsvParseException e) {
                throw invalid(e);
            } catch (UncheckedIOException e) {
                throw unreadable(e);
            }
        }

        /** A byte that is not UTF-8 is the file's fault, not the disk's: say where, and why it happens. */
        private RuntimeException unreadable(UncheckedIOException e) {
            if (e.getCause() instanceof StrictUtf8Reader.NotUtf8Exception bad) {
                return new PupilDataException(
                        file,
                        bad.line(),
                        "bytes that are not UTF-8: save the file as UTF-8 (\"CSV UTF-8\" in Excel); an export in"
                                + " Windows-1252 (ANSI) gives this");
            }
            return new UncheckedIOException("cannot read pupil records " + file + ": " + e.getMessage(), e.getCause());
        }

        /** fastcsv ends its messages with "(record starting at line N)": move N to the front. */
        private PupilDataException invalid(CsvParseException e) {
            String message = String.valueOf(e.getMessage());
            java.util.regex.Matcher m = LINE.matcher(message);
            long line = m.find() ? Long.parseLong(m.group(1)) : 0;
            return new PupilDataException(file, line, "not valid CSV: " + m.replaceAll(""));
        }

        @Override
        public void close() {
            try {
                rows.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot close pupil records " + path, e);
            }
        }

        @Override
        public boolean hasNext() {
            try {
                return rows.hasNext();
            } catch (CsvParseException e) {
                throw invalid(e);
            } catch (UncheckedIOException e) {
                throw unreadable(e);
            }
        }

        @Override
        public PupilRecord next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            CsvRecord row = next(rows);
            long line = row.getStartingLineNumber();
            if (row.getFieldCount() != header.length) {
                throw new PupilDataException(
                        file, line, row.getFieldCount() + " fields where the header has " + header.length);
            }
            PupilRecord.Builder b = PupilRecord.builder();
            AcademicYear academicYear = field(row, line, 2, y -> years.computeIfAbsent(y, AcademicYear::parse));
            b.pupilId(pupil(row, line, academicYear));
            b.institutionId(field(row, line, 1, id -> institutions.computeIfAbsent(notUpn(id), Function.identity())));
            b.academicYear(academicYear);
            b.yearGroup(field(row, line, 3, g -> yearGroups.computeIfAbsent(g, YearGroup::parse)));
            for (int i = 0; i < header.length; i++) {
                String value = row.getField(i);
                if (value.isEmpty()) {
                    continue;
                }
                Characteristic c = characteristicAt[i];
                if (c != null) {
                    try {
                        // Few distinct codes per column: normalise and check each once.
                        b.checkedCharacteristic(
                                c,
                                codes.computeIfAbsent(c, k -> new HashMap<>()).computeIfAbsent(value, c::requireValue));
                    } catch (IllegalArgumentException e) {
                        throw new PupilDataException(
                                file, line, header[i], value, "must be one of " + String.join(", ", c.codes()), e);
                    }
                } else if (measureAt[i] != null) {
                    BigDecimal outcome;
                    try {
                        outcome = new BigDecimal(value.strip());
                    } catch (NumberFormatException e) {
                        throw new PupilDataException(file, line, header[i], value, "must be a decimal number", e);
                    }
                    if (!PupilRecord.isOutcomeInRange(outcome)) {
                        throw new PupilDataException(file, line, header[i], value, PupilRecord.OUTCOME_RANGE, null);
                    }
                    b.outcome(measureAt[i], outcome);
                }
            }
            try {
                return b.build();
            } catch (IllegalArgumentException e) {
                // Every field was checked above; whatever is left names no pupil id.
                throw new PupilDataException(file, line, "not a valid pupil record: " + e.getMessage());
            }
        }

        /**
         * The row's pupil id, checked without ever quoting it: not blank, not shaped like a UPN, and
         * not seen before in the same academic year.
         */
        String pupil(CsvRecord row, long line, AcademicYear academicYear) {
            String column = header[required[0]];
            String id = row.getField(required[0]).strip();
            if (id.isEmpty()) {
                throw new PupilDataException(
                        file, line, "column \"" + column + "\": empty: every row needs a pupil id");
            }
            if (PupilRecord.looksLikeUpn(id)) {
                throw new PupilDataException(
                        file,
                        line,
                        "column \"" + column + "\": a value shaped like a UPN: pupil ids must be pseudonymised,"
                                + " never the UPN itself");
            }
            long first = seen.firstLineOf(id, academicYear, line);
            if (first != 0) {
                throw new PupilDataException(
                        file,
                        line,
                        "column \"" + column + "\": the same pupil id as line " + first + " in " + academicYear
                                + ": each pupil may appear once a year; nothing was computed");
            }
            return id;
        }

        private <T> T field(CsvRecord row, long line, int requiredIndex, Function<String, T> parse) {
            int i = required[requiredIndex];
            String value = row.getField(i);
            if (value.isBlank()) {
                throw new PupilDataException(file, line, header[i], value, "must not be blank", null);
            }
            try {
                return parse.apply(value.strip());
            } catch (IllegalArgumentException e) {
                throw new PupilDataException(file, line, header[i], value, e.getMessage(), e);
            }
        }
    }
}
