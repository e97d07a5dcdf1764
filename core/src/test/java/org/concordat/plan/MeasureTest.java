package org.concordat.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.concordat.calendar.Period;
import org.junit.jupiter.api.Test;

class MeasureTest {
    static final LocalDate SUMMER_2026 = LocalDate.of(2026, 8, 31);

    static Measure.Builder quantitative() {
        return Measure.builder()
                .id("M1")
                .name("FSM pupils achieving grade 5+ in maths")
                .kind(MeasureKind.QUANTITATIVE)
                .unit("%")
                .baseline(Baseline.of(new BigDecimal("31.0"), LocalDate.of(2025, 8, 21), "2025 results"));
    }

    @Test
    void defaults_to_higher_is_better_and_termly() {
        Measure m = quantitative().build();
        assertThat(m.direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
        assertThat(m.cadence()).isEqualTo(Cadence.TERMLY);
    }

    @Test
    void a_quantitative_baseline_or_target_needs_a_value() {
        assertThatThrownBy(() -> quantitative()
                        .baseline(Baseline.builder()
                                .date(LocalDate.of(2025, 8, 21))
                                .source("survey")
                                .build())
                        .build())
                .hasMessage("measure.baseline.value \"M1\": a quantitative measure's baseline needs a value");
        assertThatThrownBy(() -> quantitative()
                        .addTarget(
                                Target.builder().by(SUMMER_2026).note("better").build())
                        .build())
                .hasMessage(
                        "measure.targets.value \"M1\": a quantitative measure's target by 2026-08-31 needs a value");
    }

    @Test
    void a_qualitative_target_may_be_a_description_only() {
        Measure m = quantitative()
                .kind(MeasureKind.QUALITATIVE)
                .addTarget(Target.builder()
                        .by(SUMMER_2026)
                        .note("pupils describe physics as fun")
                        .build())
                .build();
        assertThat(m.targets()).hasSize(1);
    }

    @Test
    void rejects_two_targets_for_one_date() {
        assertThatThrownBy(() -> quantitative()
                        .addTargets(Target.of(BigDecimal.ONE, SUMMER_2026), Target.of(BigDecimal.TEN, SUMMER_2026))
                        .build())
                .hasMessage("measure.targets.by \"2026-08-31\": appears more than once; each must be unique");
    }

    @Test
    void finds_the_last_target_due_by_a_date() {
        Measure m = quantitative()
                .addTargets(Target.of(BigDecimal.TEN, SUMMER_2026.plusYears(1)), Target.of(BigDecimal.ONE, SUMMER_2026))
                .build();
        assertThat(m.targetDueBy(SUMMER_2026.minusDays(1))).isEmpty();
        assertThat(m.targetDueBy(SUMMER_2026)).map(Target::value).contains(java.util.Optional.of(BigDecimal.ONE));
        assertThat(m.targetDueBy(SUMMER_2026.plusYears(2))).map(Target::by).contains(SUMMER_2026.plusYears(1));
    }

    @Test
    void rejects_a_target_period_ending_after_the_target_date() {
        assertThatThrownBy(() -> Target.builder()
                        .value(BigDecimal.ONE)
                        .by(LocalDate.of(2026, 7, 31))
                        .period(Period.parse("2025-09-01/2026-08-31"))
                        .build())
                .hasMessage(
                        "target.period \"2025-09-01/2026-08-31\": must end on or before the target date 2026-07-31");
    }

    @Test
    void rejects_malformed_ids_and_blank_text() {
        assertThatThrownBy(() -> quantitative().id("M 1").build()).hasMessageStartingWith("measure.id \"M 1\"");
        assertThatThrownBy(() -> quantitative().unit(" ").build()).hasMessageContaining("measure.unit");
        assertThatThrownBy(() -> quantitative().ownerPersonId("?").build())
                .hasMessageContaining("measure.ownerPersonId");
        assertThatThrownBy(() -> Baseline.of(BigDecimal.ONE, SUMMER_2026, "")).hasMessageContaining("baseline.source");
    }

    @Test
    void an_objective_refuses_two_measures_with_one_id() {
        assertThatThrownBy(() -> Objective.builder()
                        .id("O1")
                        .title("Raise attainment")
                        .addMeasures(quantitative().build(), quantitative().build())
                        .build())
                .hasMessage("objective.measures \"M1\": appears more than once; each must be unique");
        Objective o = Objective.builder()
                .id("O1")
                .title("Raise attainment")
                .addPupilGroup(PupilGroup.parse("FSM_ELIGIBLE=Y"))
                .addMeasure(quantitative().build())
                .build();
        assertThat(o.measure("M1")).isPresent();
        assertThat(o.measure("M2")).isEmpty();
    }
}
