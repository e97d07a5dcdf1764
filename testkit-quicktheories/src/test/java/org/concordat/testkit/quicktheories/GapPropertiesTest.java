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
import org.concordat.evaluation.effects.Summary;
import org.concordat.evaluation.pupils.GapAnalysis;
import org.concordat.evaluation.pupils.GapResult;
import org.concordat.evaluation.pupils.GroupGap;
import org.concordat.evaluation.pupils.PupilRecord;
import org.concordat.plan.Characteristic;
import org.concordat.plan.PupilGroup;
import org.junit.jupiter.api.Test;

class GapPropertiesTest {
    private static final GapAnalysis ANALYSIS =
            GapAnalysis.of("ks2", EnumSet.allOf(Characteristic.class)).withDisadvantageGapIndex();

    @Test
    void parallel_and_sharded_results_equal_the_sequential_one() {
        qt().withExamples(60)
                .forAll(
                        lists().of(EvaluationGen.pupilRecords(4, "ks2")).ofSizeBetween(0, 300),
                        integers().between(1, 8))
                .checkAssert((records, shards) -> {
                    GapResult sequential = ANALYSIS.analyse(records);
                    GapResult parallel = ANALYSIS.analyse(records.parallelStream());
                    assertSame(parallel, sequential);
                    assertSame(sharded(records, shards, records.size()), sequential);
                });
    }

    /** Splits the records into shards, accumulates each, and combines them in a shuffled order. */
    private static GapResult sharded(List<PupilRecord> records, int shards, long seed) {
        List<GapAnalysis.Accumulator> parts = new ArrayList<>();
        for (int s = 0; s < shards; s++) {
            parts.add(ANALYSIS.newAccumulator());
        }
        for (int i = 0; i < records.size(); i++) {
            parts.get(i % shards).accept(records.get(i));
        }
        Collections.shuffle(parts, new Random(seed));
        GapAnalysis.Accumulator all = parts.get(0);
        for (int s = 1; s < shards; s++) {
            all = all.combine(parts.get(s));
        }
        return all.result();
    }

    private static void assertSame(GapResult actual, GapResult expected) {
        List<GroupGap> a = actual.gaps();
        List<GroupGap> e = expected.gaps();
        assertThat(a).hasSameSizeAs(e);
        for (int i = 0; i < e.size(); i++) {
            assertThat(a.get(i).group()).isEqualTo(e.get(i).group());
            assertThat(a.get(i).institution()).isEqualTo(e.get(i).institution());
            assertThat(a.get(i).groupSummary().count())
                    .isEqualTo(e.get(i).groupSummary().count());
            assertThat(a.get(i).others().count()).isEqualTo(e.get(i).others().count());
            // Scores 80..120, n ≤ 300: rounding differences between merge orders stay below 1e-9.
            assertThat(a.get(i).gap()).isCloseTo(e.get(i).gap(), within(1e-9));
        }
        for (var year : expected.years()) {
            expected.disadvantageGapIndex(Optional.empty(), year)
                    .ifPresent(x -> assertThat(actual.disadvantageGapIndex(Optional.empty(), year)
                                    .orElseThrow()
                                    .index())
                            .isCloseTo(x.index(), within(1e-9)));
        }
    }

    @Test
    void gaps_match_an_independent_computation_and_are_antisymmetric_for_two_way_characteristics() {
        qt().withExamples(60)
                .forAll(lists().of(EvaluationGen.pupilRecords(3, "ks2")).ofSizeBetween(0, 200))
                .checkAssert(records -> {
                    GapResult result = ANALYSIS.analyse(records);
                    for (GroupGap g : result.gaps()) {
                        Characteristic c = g.group().characteristic().orElseThrow();
                        Summary group = Summary.of(records.stream()
                                .filter(r -> g.institution()
                                        .map(r.institutionId()::equals)
                                        .orElse(true))
                                .filter(r -> r.academicYear().equals(g.year()))
                                .filter(r -> r.outcome("ks2").isPresent())
                                .filter(r -> r.characteristic(c)
                                        .equals(Optional.of(g.group().value())))
                                .mapToDouble(r -> r.outcome("ks2").orElseThrow().doubleValue())
                                .toArray());
                        assertThat(g.groupSummary().count()).isEqualTo(group.count());
                        assertThat(g.groupSummary().mean()).isCloseTo(group.mean(), within(1e-9));
                        if (c.codes().size() == 2) {
                            String other = c.codes().get(0).equals(g.group().value())
                                    ? c.codes().get(1)
                                    : c.codes().get(0);
                            GroupGap rest = result.gap(g.institution(), g.year(), PupilGroup.of(c, other))
                                    .orElseThrow();
                            assertThat(rest.gap()).isCloseTo(-g.gap(), within(1e-9));
                        }
                    }
                });
    }
}
