package org.concordat.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.concordat.calendar.Period;
import org.concordat.evaluation.disclosure.DisclosurePolicy;
import org.concordat.event.StatusMapping;
import org.concordat.plan.Baseline;
import org.concordat.plan.Cadence;
import org.concordat.plan.Direction;
import org.concordat.plan.EvidenceDesign;
import org.concordat.plan.Measure;
import org.concordat.plan.MeasureKind;
import org.concordat.plan.PupilGroup;
import org.concordat.plan.Target;
import org.concordat.spi.report.RagStatus;
import org.junit.jupiter.api.Test;

class ProgressFindingTest {
    private static final LocalDate START = LocalDate.of(2024, 9, 1);
    private static final LocalDate END = LocalDate.of(2026, 8, 31);
    // 40% → 60% over 729 days; halfway (2025-08-31, day 364) expects 40 + 20·364/729 ≈ 49.99.
    private static final Trajectory UP = Trajectory.of(bd("40"), START, bd("60"), END, Direction.HIGHER_IS_BETTER);
    private static final LocalDate AS_OF = LocalDate.of(2025, 8, 31);

    private static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }

    private static Observation obs(String value, LocalDate end, long n) {
        return Observation.builder()
                .measureId("M1")
                .institution("100000")
                .period(Period.of(end.minusMonths(3), end))
                .value(bd(value))
                .n(n)
                .source("MIS")
                .build();
    }

    private static ProgressFinding assess(String value, LocalDate observed) {
        return ProgressFinding.assess(
                UP, Cadence.TERMLY, List.of(obs(value, observed, 30)), AS_OF, ProgressPolicy.defaults());
    }

    @Test
    void interpolates_the_expected_value_on_the_straight_trajectory() {
        assertThat(UP.expectedAt(START)).isEqualByComparingTo("40");
        assertThat(UP.expectedAt(START.minusYears(1))).isEqualByComparingTo("40");
        assertThat(UP.expectedAt(END)).isEqualByComparingTo("60");
        assertThat(UP.expectedAt(END.plusDays(1))).isEqualByComparingTo("60");
        BigDecimal expected =
                bd("40").add(bd("20").multiply(bd("364")).divide(bd("729"), java.math.MathContext.DECIMAL128));
        assertThat(UP.expectedAt(AS_OF)).isEqualByComparingTo(expected);
    }

    @Test
    void gives_each_status_its_rag_colour() {
        assertThat(assess("61", AS_OF).status()).isEqualTo(ProgressStatus.ACHIEVED);
        assertThat(assess("50", AS_OF).status()).isEqualTo(ProgressStatus.ON_TRACK);
        // Tolerance 10% of the planned 20 points = 2.
        ProgressFinding amber = assess("48", AS_OF);
        assertThat(amber.status()).isEqualTo(ProgressStatus.AT_RISK);
        assertThat(StatusMapping.rag(amber.status())).isEqualTo(RagStatus.AMBER);
        assertThat(amber.reason())
                .isEqualTo("expected 49.99 on 31 August 2025, the end of the period the value describes: behind by"
                        + " 1.99, within the tolerance of 2");
        assertThat(amber.comparedAt()).contains(AS_OF);
        assertThat(amber.expected().orElseThrow()).isEqualByComparingTo(UP.expectedAt(AS_OF));
        ProgressFinding red = assess("47", AS_OF);
        assertThat(red.status()).isEqualTo(ProgressStatus.OFF_TRACK);
        assertThat(StatusMapping.rag(red.status())).isEqualTo(RagStatus.RED);
        assertThat(StatusMapping.rag(ProgressStatus.ACHIEVED)).isEqualTo(RagStatus.GREEN);
        assertThat(StatusMapping.rag(ProgressStatus.ON_TRACK)).isEqualTo(RagStatus.GREEN);
        assertThat(StatusMapping.rag(ProgressStatus.NO_DATA)).isEqualTo(RagStatus.NONE);
    }

    @Test
    void honours_lower_is_better_measures() {
        Trajectory down = Trajectory.of(bd("20"), START, bd("10"), END, Direction.LOWER_IS_BETTER);
        assertThat(ProgressFinding.assess(
                                down, Cadence.TERMLY, List.of(obs("14", AS_OF, 30)), AS_OF, ProgressPolicy.defaults())
                        .status())
                .isEqualTo(ProgressStatus.ON_TRACK);
        assertThat(ProgressFinding.assess(
                                down,
                                Cadence.TERMLY,
                                List.of(obs("16", AS_OF, 30)),
                                AS_OF,
                                ProgressPolicy.absolute(bd("0.5")))
                        .status())
                .isEqualTo(ProgressStatus.OFF_TRACK);
        assertThat(ProgressFinding.assess(
                                down, Cadence.TERMLY, List.of(obs("9", AS_OF, 30)), AS_OF, ProgressPolicy.defaults())
                        .status())
                .isEqualTo(ProgressStatus.ACHIEVED);
    }

    @Test
    void gives_no_data_when_nothing_was_observed_or_the_data_is_overdue() {
        ProgressFinding none = ProgressFinding.assess(UP, Cadence.TERMLY, List.of(), AS_OF, ProgressPolicy.defaults());
        assertThat(none.status()).isEqualTo(ProgressStatus.NO_DATA);
        assertThat(none.reason()).isEqualTo("no observation on or before 31 August 2025");
        assertThat(none.shownValue(DisclosurePolicy.defaults())).hasToString("x");
        assertThat(none.comparedAt()).isEmpty();
        assertThat(none.expected()).isEmpty();
        ProgressFinding future = assess("55", AS_OF.plusDays(1));
        assertThat(future.status()).isEqualTo(ProgressStatus.NO_DATA);
        ProgressFinding stale = assess("55", LocalDate.of(2025, 3, 31));
        assertThat(stale.status()).isEqualTo(ProgressStatus.NO_DATA);
        assertThat(stale.reason())
                .isEqualTo("data overdue: the latest observation is for 31 March 2025 and the next was due by"
                        + " 31 July 2025 (termly)");
        assertThat(stale.comparedAt()).isEmpty();
        assertThat(ProgressFinding.assess(
                                UP,
                                Cadence.ONCE,
                                List.of(obs("55", LocalDate.of(2025, 3, 31), 30)),
                                AS_OF,
                                ProgressPolicy.defaults())
                        .status())
                .isEqualTo(ProgressStatus.ON_TRACK);
    }

    @Test
    void is_off_track_when_the_value_describes_a_date_after_the_final_target_and_misses_it() {
        ProgressFinding late = ProgressFinding.assess(
                UP,
                Cadence.TERMLY,
                List.of(obs("59.5", END.plusDays(10), 30)),
                END.plusDays(20),
                ProgressPolicy.defaults());
        assertThat(late.status()).isEqualTo(ProgressStatus.OFF_TRACK);
        assertThat(late.reason())
                .isEqualTo("expected 60 on 10 September 2026, the end of the period the value describes: behind by"
                        + " 0.5, and the final target date 31 August 2026 has passed without the target 60");
    }

    @Test
    void judges_the_latest_observation_and_suppresses_values_about_few_pupils() {
        ProgressFinding f = ProgressFinding.assess(
                UP,
                Cadence.TERMLY,
                List.of(obs("30", LocalDate.of(2025, 6, 30), 3), obs("52", AS_OF, 3)),
                AS_OF,
                ProgressPolicy.defaults());
        assertThat(f.status()).isEqualTo(ProgressStatus.ON_TRACK);
        assertThat(f.latest().orElseThrow().value()).isEqualByComparingTo("52");
        assertThat(f.isSuppressed(DisclosurePolicy.defaults())).isTrue();
        assertThat(f.shownValue(DisclosurePolicy.defaults())).hasToString("c");
        assertThat(f.shownValue(DisclosurePolicy.defaults().withThreshold(3))).hasToString("52");
        assertThat(f.evidence().design()).isEqualTo(EvidenceDesign.BEFORE_AFTER_NO_COMPARISON);
        assertThat(f.target()).isEqualByComparingTo("60");
        assertThat(f.asOf()).isEqualTo(AS_OF);
        assertThat(f.trajectory()).isSameAs(UP);
        assertThat(f.toString()).startsWith("ProgressFinding[ON_TRACK: ");
    }

    @Test
    void builds_the_trajectory_from_a_measure_through_its_milestones() {
        Measure m = Measure.builder()
                .id("M1")
                .name("% of Year 11 pupils achieving grade 5+ in maths")
                .kind(MeasureKind.QUANTITATIVE)
                .baseline(Baseline.of(bd("40"), START, "2024 results"))
                .addTargets(Target.of(bd("60"), END), Target.of(bd("45"), LocalDate.of(2025, 8, 31)))
                .cadence(Cadence.ANNUALLY)
                .build();
        Trajectory t = Trajectory.of(m);
        assertThat(t.expectedAt(LocalDate.of(2025, 8, 31))).isEqualByComparingTo("45");
        assertThat(t.finalTarget()).isEqualByComparingTo("60");
        assertThat(t.finalTargetDate()).isEqualTo(END);
        assertThat(t.baselineDate()).isEqualTo(START);
        assertThat(ProgressFinding.assess(m, List.of(obs("46", AS_OF, 30)), AS_OF, ProgressPolicy.defaults())
                        .status())
                .isEqualTo(ProgressStatus.ON_TRACK);
        Measure noBaseline = m.withBaseline(Optional.empty());
        assertThatThrownBy(() -> Trajectory.of(noBaseline))
                .hasMessage("measure \"M1\": has no baseline value to start a trajectory");
        assertThatThrownBy(() -> Trajectory.of(m.withTargets(List.of())))
                .hasMessage("measure \"M1\": has no target value after its baseline");
    }

    @Test
    void refuses_impossible_inputs() {
        assertThatThrownBy(() -> Trajectory.of(bd("1"), END, bd("2"), START, Direction.HIGHER_IS_BETTER))
                .hasMessage("target date \"2024-09-01\": must be after the baseline date 2026-08-31");
        assertThatThrownBy(() -> ProgressPolicy.relative(bd("-0.1")))
                .hasMessage("tolerance \"-0.1\": must not be negative");
        assertThatThrownBy(() -> obs("1", AS_OF, -1)).hasMessage("observation.n \"-1\": must not be negative");
        assertThat(Observation.builder()
                        .measureId("M1")
                        .period(Period.of(AS_OF.minusMonths(3), AS_OF))
                        .value(bd("1"))
                        .source("MIS")
                        .build()
                        .n())
                .isEmpty();
        assertThat(ProgressPolicy.relative(bd("0.10"))).isEqualTo(ProgressPolicy.defaults());
        assertThat(ProgressPolicy.relative(bd("0.1")).hashCode())
                .isEqualTo(ProgressPolicy.defaults().hashCode());
        assertThat(ProgressPolicy.absolute(bd("1"))).hasToString("ProgressPolicy[1 absolute]");
        Observation o = obs("1", AS_OF, 5);
        assertThat(o).isEqualTo(obs("1", AS_OF, 5)).hasSameHashCodeAs(obs("1", AS_OF, 5));
        assertThat(o.toString()).startsWith("Observation[M1, 100000,");
        assertThat(o.measureId()).isEqualTo("M1");
        assertThat(o.institution()).contains("100000");
        assertThat(o.source()).isEqualTo("MIS");
        assertThat(o.group()).isEqualTo(PupilGroup.ALL);
        assertThat(UP.toString()).startsWith("Trajectory[");
    }
}
