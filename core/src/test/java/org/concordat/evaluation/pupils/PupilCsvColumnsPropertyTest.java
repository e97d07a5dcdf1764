package org.concordat.evaluation.pupils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Collector;
import java.util.stream.Stream;
import org.concordat.calendar.AcademicYear;
import org.concordat.plan.Characteristic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The byte-level columnar reader against the record reader (fastcsv) on arbitrary files: valid
 * rows with quoted fields holding commas, quotes and line breaks, byte-order marks, CRLF, LF and CR,
 * empty lines, odd spacing and case, decimals of every shape; and bad rows of every kind. Whatever
 * the file, with one thread or several and parts so small that part boundaries fall everywhere
 * (inside quoted fields too), the columnar reader gives the same rows in the same order with the
 * same doubles, the same gap analysis, or the same error (message, line and column).
 */
class PupilCsvColumnsPropertyTest {
    private static final List<String> MEASURES = List.of("m1", "m2");

    @TempDir
    Path dir;

    /** A row as both readers see it. */
    record Row(String institution, AcademicYear year, long codes, double m1, double m2) {}

    /** What a reader gives: the rows in file order, or its error. */
    record Outcome(List<Row> rows, String error, long line, String column) {
        static Outcome of(List<Row> rows) {
            return new Outcome(rows, "", 0, "");
        }

        static Outcome of(PupilDataException e) {
            return new Outcome(List.of(), String.valueOf(e.getMessage()), e.line(), e.column());
        }
    }

    @Test
    void the_columnar_reader_gives_the_record_readers_rows_on_valid_files() {
        qt().withExamples(400).forAll(longs().all()).checkAssert(seed -> check(seed, Bad.NONE));
    }

    @Test
    void the_columnar_reader_gives_the_record_readers_first_error_on_bad_files() {
        qt().withExamples(600).forAll(longs().all()).checkAssert(seed -> check(seed, Bad.ROWS));
    }

    @Test
    void the_columnar_reader_reports_bytes_that_are_not_utf8_as_the_record_reader_does() {
        qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> check(seed, Bad.UTF8));
    }

    @Test
    void the_gap_analysis_over_columns_read_in_parallel_is_the_one_over_records() {
        qt().withExamples(150).forAll(longs().all()).checkAssert(seed -> {
            SplittableRandom random = new SplittableRandom(seed);
            Path file = write(PupilFile.random(random, Bad.NONE));
            GapAnalysis analysis = GapAnalysis.of("m1", EnumSet.of(Characteristic.FSM_ELIGIBLE, Characteristic.SEX));
            List<PupilRecord> all;
            try (Stream<PupilRecord> s = PupilCsv.read(file)) {
                all = s.toList();
            }
            GapResult records = analysis.analyse(all);
            // The columnar path shifts each batch by its mean (docs/evaluation.md): its rounding error
            // grows with the rows and the largest magnitude in a batch (outcomes here reach 10^15).
            double largest = all.stream()
                    .mapToDouble(p -> Math.abs(p.outcomeAsDouble("m1")))
                    .filter(x -> !Double.isNaN(x))
                    .max()
                    .orElse(0);
            double tolerance = 1e-12 * (all.size() + 1) * (largest + 1);
            GapResult columns = PupilCsv.collectColumns(
                    file, MEASURES, 1 + random.nextInt(4), 2, 1 + random.nextInt(64), analysis.columnCollector());
            assertThat(columns.institutions()).as("seed %d", seed).isEqualTo(records.institutions());
            assertThat(columns.years()).isEqualTo(records.years());
            assertThat(columns.gaps()).hasSameSizeAs(records.gaps());
            for (int i = 0; i < records.gaps().size(); i++) {
                GroupGap r = records.gaps().get(i);
                GroupGap c = columns.gaps().get(i);
                assertThat(List.of(c.institution(), c.year(), c.group()))
                        .isEqualTo(List.of(r.institution(), r.year(), r.group()));
                assertThat(c.groupSummary().count()).isEqualTo(r.groupSummary().count());
                assertThat(c.others().count()).isEqualTo(r.others().count());
                assertThat(c.groupSummary().mean()).isCloseTo(r.groupSummary().mean(), within(tolerance));
                assertThat(c.gap()).isCloseTo(r.gap(), within(2 * tolerance));
            }
            assertThat(records.summary(Optional.empty(), AcademicYear.of(2024), PupilGroupOf.fsm())
                            .count())
                    .isEqualTo(columns.summary(Optional.empty(), AcademicYear.of(2024), PupilGroupOf.fsm())
                            .count());
        });
    }

    /** Reads one random file with the record reader and with the columnar reader in several ways. */
    private void check(long seed, Bad bad) {
        SplittableRandom random = new SplittableRandom(seed);
        byte[] bytes = PupilFile.random(random, bad);
        Path file = write(bytes);
        Outcome expected = records(file);
        if (bad == Bad.NONE) {
            assertThat(expected.error()).as("seed %d: a valid file", seed).isEmpty();
        }
        if (bad == Bad.UTF8) {
            assertThat(expected.error()).as("seed %d", seed).contains("not UTF-8");
        }
        int part = 1 + random.nextInt(48);
        int batch = 1 + random.nextInt(5);
        for (int threads : new int[] {1, 2, 3}) {
            assertThat(columns(file, batch, threads, part))
                    .as("seed %d, %d threads, parts of %d bytes, file:%n%s", seed, threads, part, show(bytes))
                    .isEqualTo(expected);
        }
        assertThat(columns(file, batch, 2, Long.MAX_VALUE))
                .as("seed %d, one part", seed)
                .isEqualTo(expected);
        assertThat(readColumns(file, batch)).as("seed %d, readColumns", seed).isEqualTo(m1Only(expected));
    }

    private Path write(byte[] bytes) {
        try {
            Path file = dir.resolve("pupils.csv");
            Files.write(file, bytes);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String show(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8).replace("\r", "\\r").replace("\n", "\\n\n");
    }

    private static Outcome records(Path file) {
        List<Row> rows = new ArrayList<>();
        try (Stream<PupilRecord> s = PupilCsv.read(file)) {
            s.forEach(r -> rows.add(new Row(
                    r.institutionId(),
                    r.academicYear(),
                    r.packedCodes(),
                    r.outcomeAsDouble("m1"),
                    r.outcomeAsDouble("m2"))));
            return Outcome.of(rows);
        } catch (PupilDataException e) {
            return Outcome.of(e);
        }
    }

    private static Outcome columns(Path file, int batch, int threads, long part) {
        Collector<PupilColumns, List<Row>, List<Row>> collector = Collector.of(
                ArrayList::new,
                (list, b) -> {
                    for (int r = 0; r < b.size(); r++) {
                        list.add(new Row(
                                b.institutionId(b.institutionIndex(r)),
                                b.academicYear(b.yearIndex(r)),
                                b.packedCodes(r),
                                b.outcome(0, r),
                                b.outcome(1, r)));
                    }
                },
                (a, b) -> {
                    a.addAll(b);
                    return a;
                });
        try {
            return Outcome.of(PupilCsv.collectColumns(file, MEASURES, batch, threads, part, collector));
        } catch (PupilDataException e) {
            return Outcome.of(e);
        }
    }

    private static Outcome readColumns(Path file, int batch) {
        List<Row> rows = new ArrayList<>();
        try {
            long n = PupilCsv.readColumns(file, "m1", batch, b -> {
                for (int r = 0; r < b.size(); r++) {
                    rows.add(new Row(
                            b.institutionId(b.institutionIndex(r)),
                            b.academicYear(b.yearIndex(r)),
                            b.packedCodes(r),
                            b.outcome(0, r),
                            Double.NaN));
                }
            });
            assertThat(n).isEqualTo(rows.size());
            return Outcome.of(rows);
        } catch (PupilDataException e) {
            return Outcome.of(e);
        }
    }

    private static Outcome m1Only(Outcome o) {
        return new Outcome(
                o.rows().stream()
                        .map(r -> new Row(r.institution(), r.year(), r.codes(), r.m1(), Double.NaN))
                        .toList(),
                o.error(),
                o.line(),
                o.column());
    }

    /** What is wrong with a generated file. */
    enum Bad {
        NONE,
        ROWS,
        UTF8
    }

    /** The FSM group, for a summary lookup. */
    private static final class PupilGroupOf {
        static org.concordat.plan.PupilGroup fsm() {
            return org.concordat.plan.PupilGroup.of(Characteristic.FSM_ELIGIBLE, "Y");
        }
    }

    /** Random pupil files, written byte by byte so every corner of the format turns up. */
    static final class PupilFile {
        private final SplittableRandom r;
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final String[] endings;

        private PupilFile(SplittableRandom r) {
            this.r = r;
            int style = r.nextInt(10);
            endings = style < 4
                    ? new String[] {"\n"}
                    : style < 8
                            ? new String[] {"\r\n"}
                            : style < 9 ? new String[] {"\r"} : new String[] {"\n", "\r\n", "\r"};
        }

        static byte[] random(SplittableRandom r, Bad bad) {
            return new PupilFile(r).file(bad);
        }

        private byte[] file(Bad bad) {
            if (r.nextInt(4) == 0) {
                raw(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            List<String> columns =
                    new ArrayList<>(List.of("pupil_id", "institution_id", "academic_year", "year_group"));
            for (Characteristic c : Characteristic.values()) {
                if (r.nextInt(3) > 0) {
                    columns.add(c.name().toLowerCase(java.util.Locale.ROOT));
                }
            }
            columns.add("outcome:m1");
            if (r.nextBoolean()) {
                columns.add("outcome:m2");
            }
            if (r.nextBoolean()) {
                columns.add("outcome:other");
            }
            Collections.shuffle(columns, new java.util.Random(r.nextLong()));
            int rows = r.nextInt(40);
            int badAt = bad == Bad.NONE ? -2 : r.nextInt(rows + 1) - 1;
            emptyLines();
            List<String> header =
                    new ArrayList<>(columns.stream().map(this::headerCell).toList());
            if (badAt == -1 && bad == Bad.UTF8) {
                int at = r.nextInt(header.size());
                header.set(at, header.get(at) + "\u0000BAD");
            }
            writeRow(header);
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < rows; i++) {
                emptyLines();
                List<String> cells = new ArrayList<>();
                String year = pick("2024/25", "202425", " 2024/25 ", "2023/24", "2024/25");
                String id = r.nextInt(10) == 0 ? odd() + "#" + i : "p" + i;
                ids.add(id);
                for (String c : columns) {
                    cells.add(
                            switch (c) {
                                case "pupil_id" -> id;
                                case "institution_id" ->
                                    pick("100000", "100001", " 100002", "1000,03", "inst \"A\"", "Ünï", "100000");
                                case "academic_year" -> year;
                                case "year_group" -> pick("Y6", "Year 6", "6", "R", "N", "y7", " Y6 ");
                                case "outcome:m1", "outcome:m2", "outcome:other" -> decimal();
                                default -> code(Characteristic.valueOf(c.toUpperCase(java.util.Locale.ROOT)));
                            });
                }
                boolean badRow = i == badAt || (bad == Bad.ROWS && r.nextInt(12) == 0);
                if (badRow && bad == Bad.ROWS) {
                    spoil(cells, columns, ids);
                } else if (i == badAt && bad == Bad.UTF8) {
                    int at = r.nextInt(cells.size());
                    cells.set(at, cells.get(at) + "\u0000BAD");
                }
                writeRow(cells);
            }
            if (r.nextBoolean()) {
                emptyLines();
            }
            byte[] bytes = out.toByteArray();
            return bad == Bad.UTF8 ? invalidUtf8(bytes) : bytes;
        }

        /** Replaces the marker with one ill-formed sequence of a random kind. */
        private byte[] invalidUtf8(byte[] bytes) {
            byte[][] kinds = {
                {(byte) 0xE9}, // Windows-1252 é
                {(byte) 0xC0, (byte) 0xAF}, // overlong
                {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // surrogate
                {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // above U+10FFFF
                {(byte) 0xE2, (byte) 0x82}, // truncated
                {(byte) 0x80} // lone continuation
            };
            byte[] bad = kinds[r.nextInt(kinds.length)];
            byte[] marker = "\u0000BAD".getBytes(StandardCharsets.UTF_8);
            ByteArrayOutputStream o = new ByteArrayOutputStream();
            for (int i = 0; i < bytes.length; i++) {
                if (i + marker.length <= bytes.length
                        && java.util.Arrays.equals(bytes, i, i + marker.length, marker, 0, marker.length)) {
                    o.writeBytes(bad);
                    i += marker.length - 1;
                } else {
                    o.write(bytes[i]);
                }
            }
            return o.toByteArray();
        }

        private void spoil(List<String> cells, List<String> columns, List<String> ids) {
            int kind = r.nextInt(14);
            int c = r.nextInt(cells.size());
            switch (kind) {
                case 0 -> cells.remove(c);
                case 1 -> cells.add("x");
                case 2 -> set(cells, columns, "pupil_id", pick("", "  ", "A801200005001", " t20110001804v "));
                case 3 -> set(cells, columns, "institution_id", pick("", " ", "A801200005001"));
                case 4 -> set(cells, columns, "academic_year", pick("2024/26", "", "twenty", "A801200005001"));
                case 5 -> set(cells, columns, "year_group", pick("Y15", "", "Year Six"));
                case 6 ->
                    set(
                            cells,
                            columns,
                            "outcome:m1",
                            pick("abc", "1,5", "1e16", "-1e400", "NaN", " ", "1.2.3", "0x10"));
                case 7 -> set(cells, columns, "outcome:other", pick("1000000000000000.01", "12e", "+"));
                case 8 -> {
                    if (!ids.isEmpty()) {
                        set(cells, columns, "pupil_id", ids.get(r.nextInt(ids.size())));
                    }
                }
                case 9 -> cells.set(c, "\"quoted\"junk");
                case 10 -> cells.set(c, "\"unclosed");
                case 11 -> {
                    for (Characteristic ch : Characteristic.values()) {
                        set(cells, columns, ch.name().toLowerCase(java.util.Locale.ROOT), pick("X", "yes", " ", "Ｙ"));
                    }
                }
                case 12 -> cells.clear();
                default -> set(cells, columns, "outcome:m2", pick("1e999999999999", "--1", ".", "1 2"));
            }
        }

        private static void set(List<String> cells, List<String> columns, String column, String value) {
            int i = columns.indexOf(column);
            if (i >= 0 && i < cells.size()) {
                cells.set(i, value);
            }
        }

        private String odd() {
            return pick(
                    "p,1", "p\"q", "p\nq", "p\r\nq", "p\rq", " p9 ", "pé", "p😀", "p\"\"", "p,\"\n,", "\u2003p\u2003");
        }

        private String code(Characteristic c) {
            int roll = r.nextInt(10);
            if (roll == 0) {
                return "";
            }
            String code = c.codes().get(r.nextInt(c.codes().size()));
            return roll == 1 ? code.toLowerCase(java.util.Locale.ROOT) : roll == 2 ? " " + code : code;
        }

        private String decimal() {
            return switch (r.nextInt(14)) {
                case 0 -> "";
                case 1 -> String.valueOf(r.nextInt(200) - 50);
                case 2 -> (r.nextInt(2000) - 500) / 10.0 + "";
                case 3 -> "-0";
                case 4 -> "." + r.nextInt(1000);
                case 5 -> r.nextInt(100) + ".";
                case 6 -> "1234567890.12345678901";
                case 7 -> pick("1e2", "1.5E-3", "-2.5e+1", "7E0");
                case 8 -> " " + r.nextInt(100) + " ";
                case 9 -> "0.1000000000000000055511151231257827";
                case 10 -> String.valueOf(r.nextDouble() * 1e6);
                case 11 -> "+" + r.nextInt(100) + ".25";
                case 12 -> "999999999999999";
                default -> String.valueOf(r.nextLong() % 1_000_000_000_000_000L) + "." + r.nextInt(100);
            };
        }

        private String headerCell(String name) {
            return r.nextInt(8) == 0 ? " " + name : name;
        }

        @SafeVarargs
        private <T> T pick(T... values) {
            return values[r.nextInt(values.length)];
        }

        private void emptyLines() {
            while (r.nextInt(12) == 0) {
                text(ending());
            }
        }

        private String ending() {
            return endings[r.nextInt(endings.length)];
        }

        private void writeRow(List<String> cells) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    line.append(',');
                }
                String v = cells.get(i);
                boolean must =
                        v.indexOf(',') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0 || v.startsWith("\"");
                boolean junk = v.startsWith("\"quoted\"") || v.startsWith("\"unclosed");
                if (!junk && (must || r.nextInt(6) == 0)) {
                    line.append('"').append(v.replace("\"", "\"\"")).append('"');
                } else {
                    line.append(v);
                }
            }
            text(line.toString());
            text(ending());
        }

        private void text(String s) {
            raw(s.getBytes(StandardCharsets.UTF_8));
        }

        private void raw(byte[] bytes) {
            out.writeBytes(bytes);
        }
    }
}
