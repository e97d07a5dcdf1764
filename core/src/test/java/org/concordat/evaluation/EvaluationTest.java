package org.concordat.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.concordat.calendar.Period;
import org.concordat.evaluation.disclosure.DisclosurePolicy;
import org.concordat.event.StatusMapping;
import org.concordat.partnership.Member;
import org.concordat.partnership.Partnership;
import org.concordat.plan.Baseline;
import org.concordat.plan.Cadence;
import org.concordat.plan.Characteristic;
import org.concordat.plan.EvidenceDesign;
import org.concordat.plan.Measure;
import org.concordat.plan.MeasureKind;
import org.concordat.plan.Objective;
import org.concordat.plan.PartnershipPlan;
import org.concordat.plan.PupilGroup;
import org.concordat.plan.Target;
import org.concordat.school.Institution;
import org.concordat.school.InstitutionKind;
import org.concordat.school.Urn;
import org.concordat.spi.report.RagStatus;
import org.junit.jupiter.api.Test;

class EvaluationTest {
    private static final LocalDate START = LocalDate.of(2024, 9, 1);
    private static final LocalDate END = LocalDate.of(2026, 8, 31);
    private static final LocalDate AS_OF = LocalDate.of(2025, 8, 31);
    private static final PupilGroup FSM = PupilGroup.of(Characteristic.FSM_ELIGIBLE, "Y");

    private static Institution school(String urn) {
        return Institution.builder()
                .id("urn-" + urn)
                .name("School " + urn)
                .kind(InstitutionKind.SCHOOL)
                .urn(Urn.parse(urn))
                .build();
    }

    private static PartnershipPlan plan() {
        Measure maths = Measure.builder()
                .id("M1")
                .name("% of FSM pupils at grade 5+ in maths")
                .kind(MeasureKind.QUANTITATIVE)
                .baseline(Baseline.of(new BigDecimal("40"), START, "2024 results"))
                .addTargets(Target.of(new BigDecimal("60"), END))
                .cadence(Cadence.ANNUALLY)
                .build();
        Measure confidence = Measure.builder()
                .id("M2")
                .name("Pupils' confidence in science")
                .kind(MeasureKind.QUALITATIVE)
                .build();
        return PartnershipPlan.builder()
                .partnership(Partnership.builder()
                        .id("p")
                        .name("Partnership")
                        .leadInstitutionId("urn-138001")
                        .addMembers(Member.of("urn-138001", START), Member.of("urn-138002", START))
                        .period(Period.of(START, END))
                        .build())
                .addInstitutions(school("138001"), school("138002"))
                .addObjectives(
                        Objective.builder()
                                .id("O1")
                                .title("Raise maths attainment of FSM pupils")
                                .addPupilGroups(FSM)
                                .addMeasures(maths)
                                .build(),
                        Objective.builder()
                                .id("O2")
                                .title("Grow confidence in science")
                                .addMeasures(confidence)
                                .build())
                .build();
    }

    private static Observation obs(String institution, String value, long n) {
        return Observation.builder()
                .measureId("M1")
                .institution(institution)
                .period(Period.of(LocalDate.of(2025, 6, 1), AS_OF))
                .group(FSM)
                .value(new BigDecimal(value))
                .n(n)
                .source("MIS")
                .build();
    }

    @Test
    void judges_every_measure_per_institution_and_group_with_disclosure_control() {
        EvaluationResult result = Evaluation.of(
                        plan(), List.of(obs("urn-138001", "51", 30), obs("urn-138002", "45", 4)))
                .asOf(AS_OF);
        assertThat(result.asOf()).isEqualTo(AS_OF);
        assertThat(result.forMeasure("M1")).hasSize(2);
        Finding a = result.find("M1", Optional.of("urn-138001"), FSM).orElseThrow();
        assertThat(a.status()).isEqualTo(ProgressStatus.ON_TRACK);
        assertThat(StatusMapping.rag(a.status())).isEqualTo(RagStatus.GREEN);
        assertThat(a.value()).hasToString("51");
        assertThat(a.n()).contains(30L);
        assertThat(a.suppressed()).isFalse();
        assertThat(a.target()).contains(new BigDecimal("60"));
        assertThat(a.expected()).isPresent();
        assertThat(a.evidence().design()).isEqualTo(EvidenceDesign.BEFORE_AFTER_NO_COMPARISON);
        assertThat(a.objectiveId()).isEqualTo("O1");
        Finding b = result.find("M1", Optional.of("urn-138002"), FSM).orElseThrow();
        // Four pupils: the figure is withheld, and so are its status, reason and n, which
        // would otherwise bound it.
        assertThat(b.value()).hasToString("c");
        assertThat(b.suppressed()).isTrue();
        assertThat(b.status()).isEqualTo(ProgressStatus.NO_DATA);
        assertThat(b.n()).isEmpty();
        assertThat(b.reason()).startsWith("withheld").doesNotContain("expected");
        assertThat(b.toString()).startsWith("Finding[O1/M1, urn-138002, FSM_ELIGIBLE=Y, value=c, NO_DATA");
    }

    @Test
    void reports_no_data_for_measures_without_observations_or_without_a_trajectory() {
        EvaluationResult result = Evaluation.of(plan(), List.of()).asOf(AS_OF);
        Finding maths = result.forObjective("O1").get(0);
        assertThat(maths.status()).isEqualTo(ProgressStatus.NO_DATA);
        assertThat(maths.group()).isEqualTo(FSM);
        assertThat(maths.institution()).isEmpty();
        assertThat(maths.value()).hasToString("x");
        Finding confidence = result.forObjective("O2").get(0);
        assertThat(confidence.status()).isEqualTo(ProgressStatus.NO_DATA);
        assertThat(confidence.group()).isEqualTo(PupilGroup.ALL);
        assertThat(confidence.reason()).startsWith("no trajectory");
        assertThat(confidence.expected()).isEmpty();
        assertThat(result.findings()).hasSize(2);
        assertThat(result.toString()).isEqualTo("EvaluationResult[as of 2025-08-31, 2 findings]");
    }

    @Test
    void is_a_pure_function_of_its_inputs_and_policies() {
        List<Observation> observations = List.of(obs("urn-138001", "48.5", 30));
        Evaluation evaluation = Evaluation.of(plan(), observations);
        assertThat(evaluation.asOf(AS_OF).findings())
                .isEqualTo(evaluation.asOf(AS_OF).findings());
        assertThat(evaluation.asOf(AS_OF).findings().get(0).status()).isEqualTo(ProgressStatus.AT_RISK);
        assertThat(evaluation
                        .withProgressPolicy(ProgressPolicy.absolute(BigDecimal.ONE))
                        .asOf(AS_OF)
                        .findings()
                        .get(0)
                        .status())
                .isEqualTo(ProgressStatus.OFF_TRACK);
        assertThat(evaluation
                        .withDisclosurePolicy(DisclosurePolicy.defaults().withThreshold(31))
                        .asOf(AS_OF)
                        .findings()
                        .get(0)
                        .value())
                .hasToString("c");
        assertThat(evaluation.toString()).isEqualTo("Evaluation[2 objectives, 1 observations]");
        assertThat(Evaluation.of(
                                plan(),
                                List.of(Observation.builder()
                                        .measureId("M2")
                                        .period(Period.of(START, AS_OF))
                                        .value(BigDecimal.ONE)
                                        .n(12)
                                        .source("survey")
                                        .build()))
                        .asOf(AS_OF)
                        .forMeasure("M2")
                        .get(0)
                        .value())
                .hasToString("1");
    }
}
