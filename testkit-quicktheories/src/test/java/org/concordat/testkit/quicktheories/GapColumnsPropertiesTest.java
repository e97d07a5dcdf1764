package org.concordat.testkit.quicktheories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.concordat.calendar.AcademicYear;
import org.concordat.evaluation.effects.Summary;
import org.concordat.evaluation.pupils.GapAnalysis;
import org.concordat.evaluation.pupils.GapResult;
import org.concordat.evaluation.pupils.PupilColumns;
import org.concordat.evaluation.pupils.PupilRecord;
import org.concordat.plan.Characteristic;
import org.concordat.plan.PupilGroup;
import org.junit.jupiter.api.Test;

/** The columnar fast path of {@link GapAnalysis} against the record path. */
class GapColumnsPropertiesTest {
    private static final GapAnalysis ANALYSIS =
            GapAnalysis.of("ks2", EnumSet.allOf(Characteristic.class)).withDisadvantageGapIndex();
    private static final GapAnalysis FIVE = GapAnalysis.of(
            "ks2",
            EnumSet.of(
                    Characteristic.FSM_ELIGIBLE,
                    Characteristic.DISADVANTAGED,
                    Characteristic.SEN_PROVISION,
                    Characteristic.EAL,
                    Characteristic.SEX));

    @Test
    void the_columnar_path_equals_the_record_path_for_any_records_and_batch_size() {
        qt().withExamples(80)
                .forAll(
                        lists().of(EvaluationGen.pupilRecords(5, "ks2")).ofSizeBetween(0, 300),
                        integers().between(1, 64))
                .checkAssert((records, capacity) -> {
                    for (GapAnalysis analysis : List.of(ANALYSIS, FIVE)) {
                        GapAnalysis.Accumulator acc = analysis.newAccumulator();
                        feed(acc, records, capacity);
                        assertSame(acc.result(), analysis.analyse(records), records);
                    }
                });
    }

    @Test
    void merging_columnar_shards_in_any_order_equals_one_pass() {
        qt().withExamples(60)
                .forAll(
                        lists().of(EvaluationGen.pupilRecords(4, "ks2")).ofSizeBetween(0, 300),
                        integers().between(1, 8),
                        integers().between(1, 40))
                .checkAssert((records, shards, capacity) -> {
                    List<List<PupilRecord>> parts = new ArrayList<>();
                    for (int s = 0; s < shards; s++) {
                        parts.add(new ArrayList<>());
                    }
                    for (int i = 0; i < records.size(); i++) {
                        parts.get(i % shards).add(records.get(i));
                    }
                    List<GapAnalysis.Accumulator> accs = new ArrayList<>();
                    for (List<PupilRecord> part : parts) {
                        GapAnalysis.Accumulator acc = ANALYSIS.newAccumulator();
                        feed(acc, part, capacity);
                        accs.add(acc);
                    }
                    Collections.shuffle(accs, new Random(records.size() * 31L + shards));
                    GapAnalysis.Accumulator all = accs.get(0);
                    for (int s = 1; s < accs.size(); s++) {
                        all = all.combine(accs.get(s));
                    }
                    GapAnalysis.Accumulator one = ANALYSIS.newAccumulator();
                    feed(one, records, Math.max(1, records.size()));
                    assertSame(all.result(), one.result(), records);
                });
    }

    @Test
    void a_columnar_shard_combines_with_a_record_shard_into_the_one_pass_result() {
        qt().withExamples(60)
                .forAll(
                        lists().of(EvaluationGen.pupilRecords(4, "ks2")).ofSizeBetween(0, 200),
                        integers().between(0, 200),
                        integers().between(1, 50))
                .checkAssert((records, cut, capacity) -> {
                    int split = Math.min(cut, records.size());
                    GapAnalysis.Accumulator columns = ANALYSIS.newAccumulator();
                    feed(columns, records.subList(0, split), capacity);
                    GapAnalysis.Accumulator rows = ANALYSIS.newAccumulator();
                    records.subList(split, records.size()).forEach(rows);
                    GapResult expected = ANALYSIS.analyse(records);
                    assertSame(rows.combine(columns).result(), expected, records);
                });
    }

    @Test
    void the_columnar_path_stays_accurate_for_large_outcomes_with_a_small_spread() {
        // Values near 1e6 with spread 0.01: the unshifted textbook formula would lose most digits.
        qt().withExamples(40)
                .forAll(lists().of(EvaluationGen.pupilRecords(2, "ks2")).ofSizeBetween(2, 200))
                .checkAssert(records -> {
                    List<PupilRecord> shifted = new ArrayList<>();
                    for (PupilRecord r : records) {
                        PupilRecord.Builder b = PupilRecord.builder()
                                .pupilId(r.pupilId())
                                .institutionId(r.institutionId())
                                .academicYear(r.academicYear())
                                .yearGroup(r.yearGroup());
                        r.characteristics().forEach(b::characteristic);
                        r.outcome("ks2")
                                .ifPresent(v ->
                                        b.outcome("ks2", new java.math.BigDecimal("1000000").add(v.movePointLeft(4))));
                        shifted.add(b.build());
                    }
                    GapAnalysis.Accumulator acc = FIVE.newAccumulator();
                    feed(acc, shifted, 1000);
                    assertSame(acc.result(), FIVE.analyse(shifted), shifted);
                });
    }

    private static void feed(GapAnalysis.Accumulator acc, List<PupilRecord> records, int capacity) {
        PupilColumns batch = PupilColumns.of("ks2", capacity);
        for (PupilRecord r : records) {
            batch.add(r);
            if (batch.isFull()) {
                acc.add(batch);
                batch.clear();
            }
        }
        acc.add(batch);
    }

    /**
     * Counts equal; means and M2 within 1e-9 relative to the scale of the values and their squares
     * (n ≤ 300, doubles carry about 1e-16 relative error per operation, so the two orders of
     * summation differ by far less); gaps and gap indices within 1e-9.
     */
    private static void assertSame(GapResult actual, GapResult expected, List<PupilRecord> records) {
        assertThat(actual.measureId()).as("%s records", records.size()).isEqualTo(expected.measureId());
        assertThat(actual.institutions()).isEqualTo(expected.institutions());
        assertThat(actual.years()).isEqualTo(expected.years());
        assertThat(actual.gaps()).hasSameSizeAs(expected.gaps());
        List<Optional<String>> scopes = new ArrayList<>();
        expected.institutions().forEach(i -> scopes.add(Optional.of(i)));
        scopes.add(Optional.empty());
        for (Optional<String> scope : scopes) {
            for (AcademicYear year : expected.years()) {
                for (Characteristic c : Characteristic.values()) {
                    for (String code : c.codes()) {
                        PupilGroup g = PupilGroup.of(c, code);
                        Summary e = expected.summary(scope, year, g);
                        Summary a = actual.summary(scope, year, g);
                        assertThat(a.count()).isEqualTo(e.count());
                        if (e.isEmpty()) {
                            continue;
                        }
                        double scale = Math.max(1.0, Math.abs(e.mean()));
                        assertThat(a.mean()).isCloseTo(e.mean(), within(1e-12 * scale));
                        assertThat(a.sumOfSquaredDeviations())
                                .isCloseTo(
                                        e.sumOfSquaredDeviations(),
                                        within(1e-9 * Math.max(1.0, e.sumOfSquaredDeviations())));
                        assertThat(actual.gap(scope, year, g).isPresent())
                                .isEqualTo(expected.gap(scope, year, g).isPresent());
                        expected.gap(scope, year, g)
                                .ifPresent(x -> assertThat(actual.gap(scope, year, g)
                                                .orElseThrow()
                                                .gap())
                                        .isCloseTo(x.gap(), within(1e-9)));
                    }
                }
            }
            for (AcademicYear year : expected.years()) {
                Optional<Double> e = expected.disadvantageGapIndex(scope, year).map(x -> x.index());
                Optional<Double> a = actual.disadvantageGapIndex(scope, year).map(x -> x.index());
                assertThat(a.isPresent()).isEqualTo(e.isPresent());
                e.ifPresent(x -> assertThat(a.orElseThrow()).isCloseTo(x, within(1e-9)));
            }
        }
    }
}
