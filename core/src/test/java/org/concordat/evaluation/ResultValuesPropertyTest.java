package org.concordat.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.concordat.calendar.AcademicYear;
import org.concordat.calendar.Period;
import org.concordat.calendar.YearGroup;
import org.concordat.evaluation.disclosure.DisclosurePolicy;
import org.concordat.evaluation.pupils.GapAnalysis;
import org.concordat.evaluation.pupils.GapResult;
import org.concordat.evaluation.pupils.GroupGap;
import org.concordat.evaluation.pupils.PupilRecord;
import org.concordat.io.Plans;
import org.concordat.plan.Cadence;
import org.concordat.plan.Characteristic;
import org.concordat.plan.Direction;
import org.concordat.plan.PartnershipPlan;
import org.junit.jupiter.api.Test;

/**
 * Results are values: the same inputs give equal results with equal hash codes and equal text, and
 * a change that shows in what is published gives an unequal one.
 */
class ResultValuesPropertyTest {
    private static final PartnershipPlan PLAN = Plans.read(Path.of("../examples/plans/first-plan.yaml"));
    private static final Period YEAR = Period.parse("2025-09-01/2026-08-31");
    private static final LocalDate AS_OF = LocalDate.of(2026, 9, 15);
    private static final List<String> SCHOOLS = List.of("urn-138001", "urn-138002", "urn-138003");

    /** One M1 value per school from {@code values} (tenths of a percent), each about 40 pupils. */
    private static List<Observation> observations(List<Integer> values) {
        List<Observation> out = new ArrayList<>();
        for (int i = 0; i < values.size() && i < SCHOOLS.size(); i++) {
            out.add(Observation.builder()
                    .measureId("M1")
                    .institution(SCHOOLS.get(i))
                    .period(YEAR)
                    .value(BigDecimal.valueOf(values.get(i), 1))
                    .n(40)
                    .source("results")
                    .build());
        }
        return out;
    }

    private static List<PupilRecord> pupils(List<Integer> scores) {
        List<PupilRecord> out = new ArrayList<>();
        for (int i = 0; i < scores.size(); i++) {
            out.add(PupilRecord.builder()
                    .pupilId("p" + i)
                    .institutionId(SCHOOLS.get(i % SCHOOLS.size()))
                    .academicYear(AcademicYear.of(2025))
                    .yearGroup(YearGroup.YEAR_6)
                    .characteristic(Characteristic.DISADVANTAGED, i % 3 == 0 ? "Y" : "N")
                    .outcome("M1", BigDecimal.valueOf(scores.get(i)))
                    .build());
        }
        return out;
    }

    private static GapResult gaps(List<Integer> scores) {
        return GapAnalysis.of("M1", Set.of(Characteristic.DISADVANTAGED)).analyse(pupils(scores));
    }

    private static EvaluationResult evaluate(List<Integer> values, List<Integer> scores, LocalDate asOf) {
        return Evaluation.of(PLAN, observations(values))
                .withGaps(List.of(gaps(scores)))
                .asOf(asOf);
    }

    private static void assertValueEqual(Object a, Object b) {
        assertThat(a).isEqualTo(b);
        assertThat(b).isEqualTo(a);
        assertThat(a.hashCode()).isEqualTo(b.hashCode());
        assertThat(a).hasToString(b.toString());
        assertThat(a).isNotEqualTo(null).isNotEqualTo("a string");
    }

    @Test
    void an_evaluation_run_twice_gives_equal_results_and_another_date_an_unequal_one() {
        qt().forAll(
                        lists().of(integers().between(0, 1000)).ofSize(3),
                        lists().of(integers().between(0, 120)).ofSizeBetween(0, 40))
                .checkAssert((values, scores) -> {
                    EvaluationResult a = evaluate(values, scores, AS_OF);
                    EvaluationResult b = evaluate(List.copyOf(values), List.copyOf(scores), AS_OF);
                    assertValueEqual(a, b);
                    for (int i = 0; i < a.findings().size(); i++) {
                        assertValueEqual(a.findings().get(i), b.findings().get(i));
                    }
                    for (int i = 0; i < a.gaps().size(); i++) {
                        assertValueEqual(a.gaps().get(i), b.gaps().get(i));
                    }
                    assertThat(evaluate(values, scores, AS_OF.plusDays(1))).isNotEqualTo(a);
                });
    }

    @Test
    void a_changed_value_about_enough_pupils_changes_the_result() {
        qt().forAll(
                        lists().of(integers().between(0, 1000)).ofSize(3),
                        integers().between(1, 100))
                .checkAssert((values, change) -> {
                    List<Integer> changed = new ArrayList<>(values);
                    changed.set(0, values.get(0) + change);
                    assertThat(evaluate(changed, List.of(), AS_OF)).isNotEqualTo(evaluate(values, List.of(), AS_OF));
                });
    }

    @Test
    void a_gap_analysis_of_the_same_pupils_is_equal_and_one_more_pupil_makes_it_unequal() {
        qt().forAll(
                        lists().of(integers().between(0, 120)).ofSizeBetween(1, 60),
                        integers().between(0, 120))
                .checkAssert((scores, extra) -> {
                    GapResult a = gaps(scores);
                    assertValueEqual(a, gaps(List.copyOf(scores)));
                    List<GroupGap> gapsA = a.gaps();
                    List<GroupGap> gapsB = gaps(scores).gaps();
                    assertThat(gapsA).isEqualTo(gapsB);
                    for (int i = 0; i < gapsA.size(); i++) {
                        assertValueEqual(gapsA.get(i), gapsB.get(i));
                    }
                    List<Integer> more = new ArrayList<>(scores);
                    more.add(extra);
                    assertThat(gaps(more)).isNotEqualTo(a);
                });
    }

    @Test
    void a_progress_finding_is_equal_for_equal_inputs_and_unequal_for_another_value() {
        Trajectory up = Trajectory.of(
                new BigDecimal("40"),
                LocalDate.of(2024, 9, 1),
                new BigDecimal("60"),
                LocalDate.of(2026, 8, 31),
                Direction.HIGHER_IS_BETTER);
        LocalDate asOf = LocalDate.of(2025, 8, 31);
        qt().forAll(integers().between(0, 1000), integers().between(1, 100)).checkAssert((tenths, change) -> {
            ProgressFinding a = assess(up, tenths, asOf);
            ProgressFinding b = assess(
                    Trajectory.of(
                            new BigDecimal("40"),
                            LocalDate.of(2024, 9, 1),
                            new BigDecimal("60"),
                            LocalDate.of(2026, 8, 31),
                            Direction.HIGHER_IS_BETTER),
                    tenths,
                    asOf);
            assertValueEqual(a, b);
            assertValueEqual(a.trajectory(), b.trajectory());
            assertThat(assess(up, tenths + change, asOf)).isNotEqualTo(a);
            assertThat(assess(up, tenths, asOf.minusDays(1))).isNotEqualTo(a);
        });
    }

    private static ProgressFinding assess(Trajectory trajectory, int tenths, LocalDate asOf) {
        Observation latest = Observation.builder()
                .measureId("M1")
                .institution("urn-138001")
                .period(Period.of(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 7, 31)))
                .value(BigDecimal.valueOf(tenths, 1))
                .n(30)
                .source("MIS")
                .build();
        return ProgressFinding.assess(trajectory, Cadence.TERMLY, List.of(latest), asOf, ProgressPolicy.defaults());
    }

    @Test
    void a_disclosure_policy_is_a_value_built_alike_by_copies_and_by_the_builder() {
        qt().forAll(
                        integers().between(1, 50),
                        integers().between(1, 50),
                        integers().between(0, 6))
                .checkAssert((threshold, survey, decimals) -> {
                    DisclosurePolicy copied = DisclosurePolicy.defaults()
                            .withThreshold(threshold)
                            .withSurveyThreshold(survey)
                            .withPercentageDecimals(decimals);
                    DisclosurePolicy built = DisclosurePolicy.builder()
                            .threshold(threshold)
                            .surveyThreshold(survey)
                            .percentageDecimals(decimals)
                            .build();
                    assertValueEqual(copied, built);
                    assertThat(copied.withThreshold(threshold + 1)).isNotEqualTo(copied);
                    assertThat(copied.minimumResponseRate()).isEmpty();
                });
    }
}
