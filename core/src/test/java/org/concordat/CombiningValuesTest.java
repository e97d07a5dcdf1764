package org.concordat;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.concordat.calendar.Period;
import org.concordat.evaluation.Evaluation;
import org.concordat.evaluation.EvaluationResult;
import org.concordat.evaluation.Finding;
import org.concordat.evaluation.Observation;
import org.concordat.evaluation.ProgressStatus;
import org.concordat.io.Plans;
import org.concordat.plan.Aggregation;
import org.concordat.plan.Baseline;
import org.concordat.plan.Measure;
import org.concordat.plan.MeasureKind;
import org.concordat.plan.MeasureSubject;
import org.concordat.plan.Objective;
import org.concordat.plan.PartnershipPlan;
import org.concordat.plan.PeriodBasis;
import org.concordat.plan.PupilGroup;
import org.concordat.plan.Target;
import org.junit.jupiter.api.Test;

/** How a measure's values combine: institutions into the partnership, periods into running totals. */
class CombiningValuesTest {
    private static final Period AUTUMN = Period.parse("2025-09-01/2025-12-19");
    private static final Period SPRING = Period.parse("2026-01-05/2026-03-27");
    private static final LocalDate AS_OF = LocalDate.of(2026, 4, 15);

    /** Teachers attending CPD: baseline 0, 60 by the end of the summer term. */
    private static PartnershipPlan plan(Optional<Aggregation> aggregation, PeriodBasis periods) {
        PartnershipPlan example = Fixtures.example();
        Measure cpd = Measure.builder()
                .id("M9")
                .name("Teachers attending partnership CPD")
                .kind(MeasureKind.QUANTITATIVE)
                .about(MeasureSubject.STAFF)
                .unit("teachers")
                .baseline(Baseline.of(BigDecimal.ZERO, LocalDate.of(2025, 8, 31), "none before the plan"))
                .addTargets(Target.of(new BigDecimal("60"), LocalDate.of(2026, 7, 31)))
                .aggregation(aggregation)
                .periods(periods)
                .build();
        Objective first = example.objectives().get(0);
        List<Measure> measures = new java.util.ArrayList<>(first.measures());
        measures.add(cpd);
        return example.withObjectives(
                List.of(first.withMeasures(measures), example.objectives().get(1)));
    }

    private static Observation cpd(String school, Period period, String value, long n) {
        return Observation.builder()
                .measureId("M9")
                .institution(school)
                .period(period)
                .value(new BigDecimal(value))
                .n(n)
                .source("registers")
                .build();
    }

    private static final List<Observation> DATA = List.of(
            cpd("urn-138001", AUTUMN, "10", 10),
            cpd("urn-138002", AUTUMN, "15", 15),
            cpd("urn-138001", SPRING, "12", 12),
            cpd("urn-138002", SPRING, "20", 20));

    private static Optional<Finding> partnership(EvaluationResult r) {
        return r.find("M9", Optional.empty(), PupilGroup.ALL);
    }

    private static BigDecimal value(Optional<Finding> f) {
        return f.orElseThrow().value().value().orElseThrow();
    }

    @Test
    void by_default_the_partnership_value_is_only_what_is_reported_for_it() {
        EvaluationResult r = Evaluation.of(plan(Optional.empty(), PeriodBasis.PER_PERIOD), DATA)
                .asOf(AS_OF);
        assertThat(partnership(r)).isEmpty();
        assertThat(value(r.find("M9", Optional.of("urn-138002"), PupilGroup.ALL)))
                .isEqualByComparingTo("20");
    }

    @Test
    void sum_adds_the_institutions_values_for_the_latest_period() {
        EvaluationResult r = Evaluation.of(plan(Optional.of(Aggregation.SUM), PeriodBasis.PER_PERIOD), DATA)
                .asOf(AS_OF);
        assertThat(value(partnership(r))).isEqualByComparingTo("32");
        assertThat(partnership(r).orElseThrow().n()).contains(32L);
    }

    @Test
    void a_cumulative_target_is_judged_against_the_running_total() {
        EvaluationResult perPeriod = Evaluation.of(plan(Optional.of(Aggregation.SUM), PeriodBasis.PER_PERIOD), DATA)
                .asOf(AS_OF);
        EvaluationResult cumulative = Evaluation.of(plan(Optional.of(Aggregation.SUM), PeriodBasis.CUMULATIVE), DATA)
                .asOf(AS_OF);
        assertThat(value(partnership(cumulative))).isEqualByComparingTo("57");
        assertThat(value(cumulative.find("M9", Optional.of("urn-138001"), PupilGroup.ALL)))
                .isEqualByComparingTo("22");
        // 57 of 60 by late March is ahead of the straight line from 0 to 60; 32 is behind it.
        assertThat(partnership(cumulative).orElseThrow().status()).isEqualTo(ProgressStatus.ON_TRACK);
        assertThat(partnership(perPeriod).orElseThrow().status()).isNotEqualTo(ProgressStatus.ON_TRACK);
    }

    @Test
    void a_weighted_mean_weights_each_institution_by_its_n_and_a_reported_value_wins() {
        List<Observation> rates = List.of(cpd("urn-138001", SPRING, "40", 100), cpd("urn-138002", SPRING, "50", 300));
        EvaluationResult r = Evaluation.of(plan(Optional.of(Aggregation.WEIGHTED_MEAN), PeriodBasis.PER_PERIOD), rates)
                .asOf(AS_OF);
        assertThat(value(partnership(r))).isEqualByComparingTo("47.5");

        List<Observation> withReported = new java.util.ArrayList<>(rates);
        withReported.add(Observation.builder()
                .measureId("M9")
                .period(SPRING)
                .value(new BigDecimal("44"))
                .n(400)
                .source("audit")
                .build());
        EvaluationResult reported = Evaluation.of(
                        plan(Optional.of(Aggregation.WEIGHTED_MEAN), PeriodBasis.PER_PERIOD), withReported)
                .asOf(AS_OF);
        assertThat(value(partnership(reported))).isEqualByComparingTo("44");
    }

    @Test
    void latest_takes_the_value_recorded_last() {
        EvaluationResult r = Evaluation.of(plan(Optional.of(Aggregation.LATEST), PeriodBasis.PER_PERIOD), DATA)
                .asOf(AS_OF);
        assertThat(value(partnership(r))).isEqualByComparingTo("20");
    }

    @Test
    void the_plan_format_reads_and_writes_both_options_and_leaves_out_the_defaults() {
        PartnershipPlan plan = plan(Optional.of(Aggregation.WEIGHTED_MEAN), PeriodBasis.CUMULATIVE);
        String yaml = Plans.toYaml(plan);
        assertThat(yaml).contains("aggregation: WEIGHTED_MEAN").contains("periods: CUMULATIVE");
        assertThat(Plans.readYaml(yaml)).isEqualTo(plan);
        String plain = Plans.toYaml(Fixtures.example());
        assertThat(plain).doesNotContain("aggregation").doesNotContain("periods:");
    }
}
