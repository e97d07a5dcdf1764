package org.concordat.evaluation.pupils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.concordat.calendar.AcademicYear;
import org.concordat.calendar.YearGroup;
import org.concordat.evaluation.disclosure.DisclosurePolicy;
import org.concordat.plan.Characteristic;
import org.concordat.plan.EvidenceDesign;
import org.concordat.plan.PupilGroup;
import org.junit.jupiter.api.Test;

class GapAnalysisTest {
    private static final AcademicYear Y22 = AcademicYear.of(2022);
    private static final AcademicYear Y24 = AcademicYear.of(2024);
    private static final PupilGroup FSM = PupilGroup.of(Characteristic.FSM_ELIGIBLE, "Y");
    private static final PupilGroup NOT_FSM = PupilGroup.of(Characteristic.FSM_ELIGIBLE, "N");
    private static int next;

    private static PupilRecord pupil(
            String school, AcademicYear year, String fsm, String disadvantaged, Integer score) {
        PupilRecord.Builder b = PupilRecord.builder()
                .pupilId("p" + next++)
                .institutionId(school)
                .academicYear(year)
                .yearGroup(YearGroup.YEAR_6);
        if (fsm != null) {
            b.characteristic(Characteristic.FSM_ELIGIBLE, fsm);
        }
        if (disadvantaged != null) {
            b.characteristic(Characteristic.DISADVANTAGED, disadvantaged);
        }
        if (score != null) {
            b.outcome("ks2", BigDecimal.valueOf(score));
        }
        return b.build();
    }

    private static List<PupilRecord> records() {
        List<PupilRecord> r = new ArrayList<>();
        // School A 2024/25: FSM 96, 100; others 104, 106, 110. School B: FSM 90; others 100, 102.
        r.add(pupil("A", Y24, "Y", "Y", 96));
        r.add(pupil("A", Y24, "Y", "Y", 100));
        r.add(pupil("A", Y24, "N", "N", 104));
        r.add(pupil("A", Y24, "N", "N", 106));
        r.add(pupil("A", Y24, "N", "Y", 110));
        r.add(pupil("B", Y24, "Y", "Y", 90));
        r.add(pupil("B", Y24, "N", "N", 100));
        r.add(pupil("B", Y24, "N", "N", 102));
        r.add(pupil("B", Y24, null, null, 50)); // unknown FSM: in neither group
        r.add(pupil("B", Y24, "Y", "Y", null)); // no outcome: skipped
        // 2022/23 baseline at school A: FSM 90; others 100.
        r.add(pupil("A", Y22, "Y", "Y", 90));
        r.add(pupil("A", Y22, "N", "N", 100));
        return r;
    }

    @Test
    void computes_group_means_gaps_and_counts_per_school_and_partnership() {
        GapResult result =
                GapAnalysis.of("ks2", Set.of(Characteristic.FSM_ELIGIBLE)).analyse(records());
        GroupGap a = result.gap(Optional.of("A"), Y24, FSM).orElseThrow();
        assertThat(a.groupSummary().mean()).isEqualTo(98);
        assertThat(a.others().mean()).isEqualTo(320.0 / 3);
        assertThat(a.gap()).isCloseTo(320.0 / 3 - 98, within(1e-12));
        assertThat(a.groupSummary().count()).isEqualTo(2);
        assertThat(a.others().count()).isEqualTo(3);
        GroupGap all = result.gap(Optional.empty(), Y24, FSM).orElseThrow();
        assertThat(all.groupSummary().mean()).isCloseTo((96 + 100 + 90) / 3.0, within(1e-12));
        assertThat(all.others().mean()).isCloseTo((104 + 106 + 110 + 100 + 102) / 5.0, within(1e-12));
        assertThat(all.institution()).isEmpty();
        assertThat(result.institutions()).containsExactly("A", "B");
        assertThat(result.years()).containsExactly(Y22, Y24);
        assertThat(result.summary(Optional.of("B"), Y24, NOT_FSM).mean()).isEqualTo(101);
        assertThat(result.summary(Optional.of("C"), Y24, NOT_FSM).isEmpty()).isTrue();
    }

    @Test
    void the_gap_of_a_group_is_minus_the_gap_of_the_rest() {
        GapResult result =
                GapAnalysis.of("ks2", Set.of(Characteristic.FSM_ELIGIBLE)).analyse(records());
        assertThat(result.gap(Optional.of("A"), Y24, NOT_FSM).orElseThrow().gap())
                .isCloseTo(-result.gap(Optional.of("A"), Y24, FSM).orElseThrow().gap(), within(1e-12));
    }

    @Test
    void measures_change_since_the_baseline_year() {
        GapResult result =
                GapAnalysis.of("ks2", Set.of(Characteristic.FSM_ELIGIBLE)).analyse(records());
        List<GroupGap> gaps = result.gapsSince(Y22);
        GroupGap a = gaps.stream()
                .filter(g -> g.institution().equals(Optional.of("A"))
                        && g.year().equals(Y24)
                        && g.group().equals(FSM))
                .findFirst()
                .orElseThrow();
        // Baseline gap 10; now 320/3 − 98 ≈ 8.67: narrowed by ≈ 1.33.
        assertThat(a.changeSinceBaseline().orElseThrow()).isCloseTo(320.0 / 3 - 98 - 10, within(1e-12));
        assertThat(a.baseline()).contains(Y22);
        assertThat(a.evidence().design()).isEqualTo(EvidenceDesign.BEFORE_AFTER_NO_COMPARISON);
        GroupGap b = gaps.stream()
                .filter(g ->
                        g.institution().equals(Optional.of("B")) && g.group().equals(FSM))
                .findFirst()
                .orElseThrow();
        assertThat(b.changeSinceBaseline()).isEmpty();
        assertThat(b.evidence().design()).isEqualTo(EvidenceDesign.CROSS_SECTIONAL_COMPARISON);
        assertThat(result.gaps())
                .isNotEmpty()
                .allSatisfy(g -> assertThat(g.changeSinceBaseline()).isEmpty());
        assertThat(gaps.get(gaps.size() - 1).institution()).isEmpty();
    }

    @Test
    void words_the_gap_descriptively_and_suppresses_small_groups() {
        GapResult result =
                GapAnalysis.of("ks2", Set.of(Characteristic.FSM_ELIGIBLE)).analyse(records());
        DisclosurePolicy one = DisclosurePolicy.defaults().withThreshold(1);
        GroupGap a = result.gapsSince(Y22).stream()
                .filter(g -> g.institution().equals(Optional.of("A"))
                        && g.year().equals(Y24)
                        && g.group().equals(FSM))
                .findFirst()
                .orElseThrow();
        assertThat(a.statement("KS2 maths", one))
                .startsWith("In 2024/25 at A, the gap in KS2 maths between pupils with FSM_ELIGIBLE=Y and other"
                        + " pupils was 8.7 (2 and 3 pupils); it narrowed by 1.3 since 2022/23. Without a comparison");
        assertThat(a.statement("KS2 maths", DisclosurePolicy.defaults())).contains("is not shown: too few pupils");
        assertThat(a.shownGap(DisclosurePolicy.defaults(), 1)).hasToString("c");
        assertThat(a.toString()).startsWith("GroupGap[A, 2024/25, FSM_ELIGIBLE=Y");
    }

    @Test
    void computes_the_disadvantage_gap_index_from_percentile_ranks() {
        GapResult result = GapAnalysis.of("ks2", EnumSet.of(Characteristic.DISADVANTAGED))
                .withDisadvantageGapIndex()
                .analyse(records());
        // 2022/23: disadvantaged 90 below other 100: full separation gives +10.
        assertThat(result.disadvantageGapIndex(Optional.empty(), Y22)
                        .orElseThrow()
                        .index())
                .isCloseTo(10, within(1e-12));
        assertThat(GapAnalysis.of("ks2", EnumSet.of(Characteristic.DISADVANTAGED))
                        .analyse(records())
                        .disadvantageGapIndex(Optional.empty(), Y22))
                .isEmpty();
        DisadvantageGapIndex school =
                result.disadvantageGapIndex(Optional.of("A"), Y24).orElseThrow();
        assertThat(school.disadvantaged()).isEqualTo(3);
        assertThat(school.others()).isEqualTo(2);
    }

    @Test
    void the_gap_index_shares_tied_ranks() {
        // Disadvantaged {1, 2}, others {2, 3}: ranks 1, 2.5, 2.5, 4 of N = 4 → 20 × (0.8125 − 0.4375) = 7.5.
        java.util.Map<Double, long[]> h = new java.util.HashMap<>();
        h.put(1.0, new long[] {1, 0});
        h.put(2.0, new long[] {1, 1});
        h.put(3.0, new long[] {0, 1});
        DisadvantageGapIndex index = DisadvantageGapIndex.of(h, h);
        assertThat(index.index()).isCloseTo(7.5, within(1e-12));
        assertThat(index.meanRankDisadvantaged()).isCloseTo(0.4375, within(1e-12));
        assertThat(index.meanRankOthers()).isCloseTo(0.8125, within(1e-12));
        assertThat(index.toString()).isEqualTo("DisadvantageGapIndex[7.5000, n=2 disadvantaged, 2 others]");
    }

    @Test
    void refuses_an_analysis_without_characteristics_and_a_gap_for_all_pupils() {
        assertThatThrownBy(() -> GapAnalysis.of("ks2", Set.of()))
                .hasMessage("characteristics \"[]\": name at least one characteristic");
        GapResult result =
                GapAnalysis.of("ks2", Set.of(Characteristic.FSM_ELIGIBLE)).analyse(records());
        assertThatThrownBy(() -> result.summary(Optional.empty(), Y24, PupilGroup.ALL))
                .hasMessageStartingWith("pupil group \"all\"");
        assertThat(result.gap(Optional.empty(), Y24, PupilGroup.of(Characteristic.SEX, "F")))
                .isEmpty();
        GapAnalysis analysis = GapAnalysis.of("ks2", Set.of(Characteristic.FSM_ELIGIBLE));
        assertThat(analysis).isEqualTo(GapAnalysis.of("ks2", EnumSet.of(Characteristic.FSM_ELIGIBLE)));
        assertThat(analysis.hashCode())
                .isEqualTo(GapAnalysis.of("ks2", EnumSet.of(Characteristic.FSM_ELIGIBLE))
                        .hashCode());
        assertThat(analysis.characteristics()).containsExactly(Characteristic.FSM_ELIGIBLE);
        assertThat(analysis.measureId()).isEqualTo("ks2");
        assertThat(analysis.toString()).isEqualTo("GapAnalysis[ks2 by [FSM_ELIGIBLE]]");
        assertThat(result.toString()).startsWith("GapResult[ks2, 2 institutions");
        assertThatThrownBy(() -> analysis.newAccumulator()
                        .combine(GapAnalysis.of("ks4", Set.of(Characteristic.SEX))
                                .newAccumulator()))
                .hasMessage("accumulator \"GapAnalysis[ks4 by [SEX]]\": cannot combine with one of"
                        + " GapAnalysis[ks2 by [FSM_ELIGIBLE]]");
    }

    @Test
    void a_stream_in_parallel_gives_the_sequential_result() {
        GapAnalysis analysis = GapAnalysis.of("ks2", Set.of(Characteristic.FSM_ELIGIBLE));
        GapResult sequential = analysis.analyse(records());
        GapResult parallel = analysis.analyse(records().parallelStream());
        assertThat(parallel.gaps()).hasSameSizeAs(sequential.gaps());
        for (int i = 0; i < sequential.gaps().size(); i++) {
            assertThat(parallel.gaps().get(i).gap())
                    .isCloseTo(sequential.gaps().get(i).gap(), within(1e-9));
        }
    }
}
