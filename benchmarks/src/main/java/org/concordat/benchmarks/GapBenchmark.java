package org.concordat.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.concordat.calendar.AcademicYear;
import org.concordat.calendar.YearGroup;
import org.concordat.evaluation.pupils.GapAnalysis;
import org.concordat.evaluation.pupils.GapResult;
import org.concordat.evaluation.pupils.PupilColumns;
import org.concordat.evaluation.pupils.PupilCsv;
import org.concordat.evaluation.pupils.PupilRecord;
import org.concordat.plan.Characteristic;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Gaps between pupil groups for five characteristics over 2,000,000 synthetic pupil records in 450
 * schools (fixed seed): the columnar fast path ({@link PupilColumns}) in memory, one sequential
 * pass and a parallel stream over {@link PupilRecord}s in memory, and reading the same rows from a
 * CSV file written in setup (as records, in columnar batches on the calling thread, and with the
 * byte-level reader in parts on one and two threads), against DuckDB computing the same per-group
 * count, mean and variance from that file on one and two threads. Everything except the
 * record benchmarks runs with the heap limited to 256 MB (two million {@code PupilRecord}s do not
 * fit in it). One operation = one full analysis; records per second = records / (seconds per
 * operation).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(time = 5)
@Measurement(time = 5)
public class GapBenchmark {
    /** Rows per batch when reading the CSV in columns. */
    private static final int BATCH = 65_536;

    /** Rows per batch of each thread of the parallel reader (small enough to stay in cache). */
    private static final int BATCH_PARALLEL = 4_096;

    private static final String MEASURE = "ks2";
    private static final GapAnalysis ANALYSIS = GapAnalysis.of(
            MEASURE,
            EnumSet.of(
                    Characteristic.FSM_ELIGIBLE,
                    Characteristic.DISADVANTAGED,
                    Characteristic.SEN_PROVISION,
                    Characteristic.EAL,
                    Characteristic.SEX));
    private static final String HEADER = "pupil_id,institution_id,academic_year,year_group,fsm_eligible,"
            + "disadvantaged,sen_provision,eal,sex,outcome:" + MEASURE;

    /** One synthetic pupil: the CSV fields in header order. */
    private interface Sink {
        void pupil(String id, String school, String fsm, String dis, String sen, String eal, String sex, int score);
    }

    /** Generates {@code n} pupils with a fixed seed; both states see exactly the same data. */
    private static void generate(int n, Sink sink) {
        SplittableRandom random = new SplittableRandom(20261123L);
        for (int i = 0; i < n; i++) {
            String school = String.valueOf(100000 + random.nextInt(450));
            String fsm = random.nextInt(100) < 24 ? "Y" : "N";
            String dis = fsm.equals("Y") || random.nextInt(100) < 8 ? "Y" : "N";
            String sen = random.nextInt(100) < 4 ? "E" : random.nextInt(100) < 13 ? "K" : "N";
            String eal = random.nextInt(100) < 21 ? "Y" : "N";
            String sex = random.nextBoolean() ? "F" : "M";
            int score = 80 + random.nextInt(41) - (dis.equals("Y") ? random.nextInt(6) : 0);
            sink.pupil("p" + i, school, fsm, dis, sen, eal, sex, score);
        }
    }

    /**
     * Writes {@code records} synthetic pupils (the benchmark's fixed seed) to {@code file}, their
     * outcome in the column {@code outcome:MEASURE_ID}.
     */
    static void write(Path file, String measureId, int records) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER.substring(0, HEADER.lastIndexOf(':') + 1) + measureId + "\n");
            generate(records, (id, school, fsm, dis, sen, eal, sex, score) -> {
                try {
                    out.write(id + "," + school + ",2024/25,Y6," + fsm + "," + dis + "," + sen + "," + eal + "," + sex
                            + "," + score + "\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /**
     * Writes the benchmark's pupil file for timing the command line as a whole ({@code
     * scripts/bench}): {@code FILE [MEASURE_ID [ROWS]]}, by default {@code ks2} and 2,000,000 rows.
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 3) {
            System.err.println("usage: GapBenchmark FILE [MEASURE_ID [ROWS]]");
            System.exit(2);
        }
        write(
                Path.of(args[0]),
                args.length > 1 ? args[1] : MEASURE,
                args.length > 2 ? Integer.parseInt(args[2]) : 2_000_000);
    }

    /** The records in memory. */
    @State(Scope.Benchmark)
    public static class InMemory {
        /** Number of synthetic pupil records. */
        @Param({"2000000"})
        public int records;

        List<PupilRecord> data;

        /** Builds the records. */
        @Setup(Level.Trial)
        public void setUp() {
            AcademicYear year = AcademicYear.of(2024);
            data = new ArrayList<>(records);
            generate(
                    records,
                    (id, school, fsm, dis, sen, eal, sex, score) -> data.add(PupilRecord.builder()
                            .pupilId(id)
                            .institutionId(school)
                            .academicYear(year)
                            .yearGroup(YearGroup.YEAR_6)
                            .characteristic(Characteristic.FSM_ELIGIBLE, fsm)
                            .characteristic(Characteristic.DISADVANTAGED, dis)
                            .characteristic(Characteristic.SEN_PROVISION, sen)
                            .characteristic(Characteristic.EAL, eal)
                            .characteristic(Characteristic.SEX, sex)
                            .outcome(MEASURE, BigDecimal.valueOf(score))
                            .build()));
        }
    }

    /** The same rows in one columnar batch (24 bytes a row: 48 MB for two million). */
    @State(Scope.Benchmark)
    public static class Columns {
        /** Number of synthetic pupil rows. */
        @Param({"2000000"})
        public int records;

        PupilColumns batch;

        /** Builds the batch. */
        @Setup(Level.Trial)
        public void setUp() {
            batch = PupilColumns.of(MEASURE, records);
            int year = batch.year(AcademicYear.of(2024));
            Map<String, Long> packed = new HashMap<>();
            generate(
                    records,
                    (id, school, fsm, dis, sen, eal, sex, score) -> batch.add(
                            batch.institution(school),
                            year,
                            packed.computeIfAbsent(
                                    fsm + dis + sen + eal + sex,
                                    k -> PupilColumns.codes(Map.of(
                                            Characteristic.FSM_ELIGIBLE, fsm,
                                            Characteristic.DISADVANTAGED, dis,
                                            Characteristic.SEN_PROVISION, sen,
                                            Characteristic.EAL, eal,
                                            Characteristic.SEX, sex))),
                            score));
        }
    }

    /** The records in a temporary CSV file. */
    @State(Scope.Benchmark)
    public static class CsvFile {
        /** Number of synthetic pupil records. */
        @Param({"2000000"})
        public int records;

        Path csv;

        /** Writes the file. */
        @Setup(Level.Trial)
        public void setUp() throws IOException {
            csv = Files.createTempFile("pupils", ".csv");
            write(csv, MEASURE, records);
        }

        /** Deletes the file. */
        @TearDown(Level.Trial)
        public void tearDown() throws IOException {
            Files.deleteIfExists(csv);
        }
    }

    /** How many threads the parallel reader and DuckDB may use: compared at equal counts. */
    @State(Scope.Benchmark)
    public static class Threads {
        /** Threads for the columnar reader and for DuckDB. */
        @Param({"1", "2"})
        public int threads;
    }

    /**
     * An in-memory DuckDB limited to {@link Threads#threads} threads, and the query over the CSV
     * file. Opened only by {@code duckDbCsv}, so the other benchmarks run without the driver
     * (profile {@code duckdb}).
     */
    @State(Scope.Benchmark)
    public static class DuckDb {
        Connection duckdb;
        String query;

        /** Opens DuckDB. */
        @Setup(Level.Trial)
        public void setUp(CsvFile file, Threads threads) throws SQLException {
            duckdb = DriverManager.getConnection("jdbc:duckdb:");
            try (Statement st = duckdb.createStatement()) {
                st.execute("SET threads = " + threads.threads);
            }
            String keys = "institution_id, academic_year";
            StringBuilder sets = new StringBuilder();
            for (String c : List.of("fsm_eligible", "disadvantaged", "sen_provision", "eal", "sex")) {
                sets.append(sets.length() == 0 ? "" : ", ")
                        .append('(')
                        .append(keys)
                        .append(", ")
                        .append(c)
                        .append(')');
            }
            String outcome = "\"outcome:" + MEASURE + "\"";
            query = "SELECT " + keys + ", fsm_eligible, disadvantaged, sen_provision, eal, sex, count(" + outcome
                    + ") AS n, avg(" + outcome + ") AS mean, var_samp(" + outcome + ") AS var FROM read_csv('"
                    + file.csv.toAbsolutePath() + "', header = true) GROUP BY GROUPING SETS (" + sets + ")";
        }

        /** Closes DuckDB. */
        @TearDown(Level.Trial)
        public void tearDown() throws SQLException {
            duckdb.close();
        }
    }

    /** The columnar fast path: one batch of primitive columns in memory, one thread, heap 256 MB. */
    @Benchmark
    @Fork(jvmArgsAppend = "-Xmx256m")
    public GapResult columns(Columns state) {
        return ANALYSIS.analyse(state.batch);
    }

    /** Reading, parsing and checking the CSV in columnar batches of 65,536 rows, heap 256 MB. */
    @Benchmark
    @Fork(jvmArgsAppend = "-Xmx256m")
    public GapResult csvColumns(CsvFile state) {
        GapAnalysis.Accumulator acc = ANALYSIS.newAccumulator();
        PupilCsv.readColumns(state.csv, MEASURE, BATCH, acc::add);
        return acc.result();
    }

    /**
     * The byte-level reader in parts on {@link Threads#threads} threads, straight into per-part gap
     * accumulators combined in file order: the fast path from file to result, heap 256 MB.
     */
    @Benchmark
    @Fork(jvmArgsAppend = "-Xmx256m")
    public GapResult csvParallel(CsvFile state, Threads threads) {
        return PupilCsv.collectColumns(
                state.csv, List.of(MEASURE), BATCH_PARALLEL, threads.threads, ANALYSIS.columnCollector());
    }

    /** One sequential pass over the records in memory (default heap: they do not fit in 256 MB). */
    @Benchmark
    public GapResult sequential(InMemory state) {
        return ANALYSIS.analyse(state.data);
    }

    /** A parallel stream over the records in memory (common fork-join pool). */
    @Benchmark
    public GapResult parallel(InMemory state) {
        return ANALYSIS.analyse(state.data.parallelStream());
    }

    /** One sequential pass reading, parsing and validating the records from CSV, heap 256 MB. */
    @Benchmark
    @Fork(jvmArgsAppend = "-Xmx256m")
    public GapResult csvSequential(CsvFile state) {
        try (Stream<PupilRecord> rows = PupilCsv.read(state.csv)) {
            return ANALYSIS.analyse(rows);
        }
    }

    /**
     * DuckDB computing the same per-school, per-year, per-group figures from the same CSV, on
     * {@link Threads#threads} threads.
     */
    @Benchmark
    @Fork(jvmArgsAppend = "-Xmx256m")
    public long duckDbCsv(DuckDb state) throws SQLException {
        long n = 0;
        try (Statement st = state.duckdb.createStatement();
                ResultSet rs = st.executeQuery(state.query)) {
            while (rs.next()) {
                n += rs.getLong("n");
            }
        }
        return n;
    }
}
