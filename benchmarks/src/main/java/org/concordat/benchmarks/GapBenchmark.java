package org.concordat.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.concordat.calendar.AcademicYear;
import org.concordat.calendar.YearGroup;
import org.concordat.evaluation.GapAnalysis;
import org.concordat.evaluation.GapResult;
import org.concordat.evaluation.PupilCsv;
import org.concordat.evaluation.PupilRecord;
import org.concordat.plan.Characteristic;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Gaps between pupil groups for five characteristics over synthetic pupil records in 450 schools:
 * one sequential pass, a parallel stream, and (for comparison) the same pass reading the records
 * from a CSV file written in setup. One operation = one full analysis; records per second =
 * records / (seconds per operation).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GapBenchmark {
    private static final String MEASURE = "ks2";
    private static final GapAnalysis ANALYSIS = GapAnalysis.of(
            MEASURE,
            EnumSet.of(
                    Characteristic.FSM_ELIGIBLE,
                    Characteristic.DISADVANTAGED,
                    Characteristic.SEN_PROVISION,
                    Characteristic.EAL,
                    Characteristic.SEX));

    /** Number of synthetic pupil records. */
    @Param({"1000000"})
    public int records;

    private List<PupilRecord> data;
    private Path csv;

    /** Generates the records (fixed seed) and writes the same records to a temporary CSV file. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        SplittableRandom random = new SplittableRandom(20261123L);
        AcademicYear year = AcademicYear.of(2024);
        data = new ArrayList<>(records);
        csv = Files.createTempFile("pupils", ".csv");
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write("pupil_id,institution_id,academic_year,year_group,fsm_eligible,disadvantaged,sen_provision,eal,"
                    + "sex,outcome:" + MEASURE + "\n");
            for (int i = 0; i < records; i++) {
                String school = String.valueOf(100000 + random.nextInt(450));
                String fsm = random.nextInt(100) < 24 ? "Y" : "N";
                String dis = fsm.equals("Y") || random.nextInt(100) < 8 ? "Y" : "N";
                String sen = random.nextInt(100) < 4 ? "E" : random.nextInt(100) < 13 ? "K" : "N";
                String eal = random.nextInt(100) < 21 ? "Y" : "N";
                String sex = random.nextBoolean() ? "F" : "M";
                int score = 80 + random.nextInt(41) - (dis.equals("Y") ? random.nextInt(6) : 0);
                data.add(PupilRecord.builder()
                        .pupilId("p" + i)
                        .institutionId(school)
                        .academicYear(year)
                        .yearGroup(YearGroup.YEAR_6)
                        .characteristic(Characteristic.FSM_ELIGIBLE, fsm)
                        .characteristic(Characteristic.DISADVANTAGED, dis)
                        .characteristic(Characteristic.SEN_PROVISION, sen)
                        .characteristic(Characteristic.EAL, eal)
                        .characteristic(Characteristic.SEX, sex)
                        .outcome(MEASURE, BigDecimal.valueOf(score))
                        .build());
                out.write("p" + i + "," + school + ",2024/25,Y6," + fsm + "," + dis + "," + sen + "," + eal + "," + sex
                        + "," + score + "\n");
            }
        }
    }

    /** Deletes the temporary CSV file. */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(csv);
    }

    /** One sequential pass over the records in memory. */
    @Benchmark
    public GapResult sequential() {
        return ANALYSIS.analyse(data);
    }

    /** A parallel stream over the records in memory (common fork-join pool). */
    @Benchmark
    public GapResult parallel() {
        return ANALYSIS.analyse(data.parallelStream());
    }

    /** One sequential pass reading, parsing and validating the records from CSV. */
    @Benchmark
    public GapResult csvSequential() {
        try (Stream<PupilRecord> rows = PupilCsv.read(csv)) {
            return ANALYSIS.analyse(rows);
        }
    }
}
