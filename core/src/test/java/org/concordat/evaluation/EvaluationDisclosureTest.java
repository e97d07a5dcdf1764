package org.concordat.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.concordat.calendar.AcademicYear;
import org.concordat.calendar.Period;
import org.concordat.calendar.YearGroup;
import org.concordat.evaluation.disclosure.DisclosurePolicy;
import org.concordat.evaluation.pupils.GapAnalysis;
import org.concordat.evaluation.pupils.GapResult;
import org.concordat.evaluation.pupils.PupilRecord;
import org.concordat.io.Plans;
import org.concordat.plan.Characteristic;
import org.concordat.plan.Measure;
import org.concordat.plan.MeasureSubject;
import org.concordat.plan.Objective;
import org.concordat.plan.PartnershipPlan;
import org.concordat.plan.PupilGroup;
import org.junit.jupiter.api.Test;

/** The evaluation's one disclosure step, figure by figure: what it withholds, and how alike. */
class EvaluationDisclosureTest {
    private static final PartnershipPlan PLAN = Plans.read(Path.of("../examples/plans/first-plan.yaml"));
    private static final Period YEAR = Period.parse("2025-09-01/2026-08-31");
    private static final LocalDate AS_OF = LocalDate.of(2026, 9, 15);
    private static final PupilGroup ALL = PupilGroup.ALL;

    private static Observation m1(Optional<String> school, String value, long n) {
        return Observation.builder()
                .measureId("M1")
                .institution(school)
                .period(YEAR)
                .group(ALL)
                .value(new BigDecimal(value))
                .n(n)
                .source("results")
                .build();
    }

    @Test
    void the_issue_five_schools_one_with_three_pupils_leaves_nothing_to_subtract() {
        // School e has 3 pupils, all at the grade: the partnership figure used to give it away.
        List<Observation> data = List.of(
                m1(Optional.of("a"), "41.00", 40),
                m1(Optional.of("b"), "38.50", 52),
                m1(Optional.of("c"), "44.10", 61),
                m1(Optional.of("d"), "36.00", 45),
                m1(Optional.of("e"), "100.00", 3),
                m1(Optional.empty(), "40.88", 201));
        EvaluationResult result = Evaluation.of(PLAN, data).asOf(AS_OF);

        List<Finding> withheld =
                result.forMeasure("M1").stream().filter(Finding::suppressed).toList();
        assertThat(withheld)
                .extracting(f -> f.institution().orElse("partnership"))
                .as("the small school and one complement")
                .containsExactly("a", "e");
        // The complement is withheld exactly like the small figure: nothing tells them apart.
        Finding small = withheld.get(1);
        Finding complement = withheld.get(0);
        assertThat(complement.value()).isEqualTo(small.value()).hasToString("c");
        assertThat(complement.n()).isEqualTo(small.n()).isEmpty();
        assertThat(complement.status()).isEqualTo(small.status()).isEqualTo(ProgressStatus.NO_DATA);
        assertThat(complement.reason()).isEqualTo(small.reason());
        long shownN = result.forMeasure("M1").stream()
                .filter(f -> f.institution().isPresent() && !f.suppressed())
                .mapToLong(f -> f.n().orElseThrow())
                .sum();
        assertThat(201 - shownN)
                .as("partnership minus the shown schools is two schools together")
                .isEqualTo(43);
    }

    @Test
    void a_survey_measure_uses_the_survey_threshold() {
        Observation eight = Observation.builder()
                .measureId("M3")
                .institution("a")
                .period(YEAR)
                .group(ALL)
                .value(new BigDecimal("62"))
                .n(8)
                .source("survey")
                .build();
        Observation twelve = Observation.builder()
                .measureId("M3")
                .institution("b")
                .period(YEAR)
                .group(ALL)
                .value(new BigDecimal("55"))
                .n(12)
                .source("survey")
                .build();
        assertThat(PLAN.measure("M3").orElseThrow().survey()).isTrue();

        EvaluationResult result = Evaluation.of(PLAN, List.of(eight, twelve)).asOf(AS_OF);

        assertThat(result.find("M3", Optional.of("a"), ALL).orElseThrow().value())
                .hasToString("c");
        assertThat(result.find("M3", Optional.of("b"), ALL).orElseThrow().value())
                .hasToString("55");
        // The same 8 on a measure that is not a survey is about enough pupils.
        PartnershipPlan notSurvey = withMeasure(PLAN, "M3", m -> m.withSurvey(false));
        assertThat(Evaluation.of(notSurvey, List.of(eight, twelve))
                        .asOf(AS_OF)
                        .find("M3", Optional.of("a"), ALL)
                        .orElseThrow()
                        .value())
                .hasToString("62");
    }

    @Test
    void a_value_without_n_is_withheld_unless_the_policy_shows_it_for_a_measure_not_about_pupils() {
        Observation noN = Observation.builder()
                .measureId("M4")
                .period(YEAR)
                .group(ALL)
                .value(new BigDecimal("190"))
                .source("returns")
                .build();
        Finding pupils = Evaluation.of(PLAN, List.of(noN))
                .withDisclosurePolicy(DisclosurePolicy.defaults().withUnknownCountShown(true))
                .asOf(AS_OF)
                .forMeasure("M4")
                .get(0);
        assertThat(pupils.value()).hasToString("c");
        assertThat(pupils.reason()).isEqualTo("withheld by disclosure control: number of pupils not given");

        PartnershipPlan staff = withMeasure(PLAN, "M4", m -> m.withAbout(MeasureSubject.STAFF));
        assertThat(Evaluation.of(staff, List.of(noN))
                        .asOf(AS_OF)
                        .forMeasure("M4")
                        .get(0)
                        .value())
                .as("withheld by default")
                .hasToString("c");
        assertThat(Evaluation.of(staff, List.of(noN))
                        .withDisclosurePolicy(DisclosurePolicy.defaults().withUnknownCountShown(true))
                        .asOf(AS_OF)
                        .forMeasure("M4")
                        .get(0)
                        .value())
                .hasToString("190");
    }

    @Test
    void every_n_shown_is_rounded_to_the_policy_base() {
        List<Observation> data = List.of(m1(Optional.of("a"), "41", 42), m1(Optional.of("b"), "38", 58));
        EvaluationResult result = Evaluation.of(PLAN, data)
                .withDisclosurePolicy(DisclosurePolicy.defaults().withRoundingBase(5))
                .asOf(AS_OF);
        assertThat(result.find("M1", Optional.of("a"), ALL).orElseThrow().n()).contains(40L);
        assertThat(result.find("M1", Optional.of("b"), ALL).orElseThrow().n()).contains(60L);
    }

    @Test
    void a_gap_is_withheld_with_any_figure_it_rests_on_and_its_change_with_either_year() {
        AcademicYear base = AcademicYear.of(2024);
        AcademicYear now = AcademicYear.of(2025);
        List<PupilRecord> records = new ArrayList<>();
        // School a: a big enough gap both years. School b: 3 disadvantaged pupils in the base year.
        add(records, "a", base, "Y", 20, 30);
        add(records, "a", base, "N", 40, 50);
        add(records, "a", now, "Y", 22, 33);
        add(records, "a", now, "N", 38, 52);
        add(records, "b", base, "Y", 3, 20);
        add(records, "b", base, "N", 30, 55);
        add(records, "b", now, "Y", 12, 40);
        add(records, "b", now, "N", 30, 56);
        GapResult gaps =
                GapAnalysis.of("M1", Set.of(Characteristic.DISADVANTAGED)).analyse(records);

        EvaluationResult result =
                Evaluation.of(PLAN, List.of()).withGaps(List.of(gaps)).asOf(AS_OF);

        GapFinding bBase = gap(result, "b", base);
        assertThat(bBase.withheld()).isTrue();
        assertThat(bBase.groupN()).hasToString("c");
        assertThat(bBase.statement("KS4 maths")).contains("not shown").doesNotContain("pupils)");
        GapFinding bNow = gap(result, "b", now);
        assertThat(bNow.gap().isShown()).isTrue();
        assertThat(bNow.changeSinceBaseline())
                .as("baseline = current - change would give the withheld baseline gap")
                .hasToString("c");
        // School a's figures in the base year are complements of school b's (partnership = a + b).
        GapFinding aBase = gap(result, "a", base);
        assertThat(aBase.withheld()).isTrue();
        assertThat(gap(result, "a", now).changeSinceBaseline()).hasToString("c");
        GapFinding partnershipNow = result.gaps().stream()
                .filter(g -> g.institution().isEmpty()
                        && g.year().equals(now)
                        && g.group().value().equals("Y"))
                .findFirst()
                .orElseThrow();
        assertThat(partnershipNow.gap()).hasToString("18.29");
        assertThat(partnershipNow.groupN()).hasToString("34");
    }

    private static GapFinding gap(EvaluationResult result, String school, AcademicYear year) {
        return result.gaps().stream()
                .filter(g -> g.institution().equals(Optional.of(school))
                        && g.year().equals(year)
                        && g.group().value().equals("Y"))
                .findFirst()
                .orElseThrow();
    }

    private static void add(
            List<PupilRecord> records, String school, AcademicYear year, String code, int n, int score) {
        for (int i = 0; i < n; i++) {
            records.add(PupilRecord.builder()
                    .pupilId(school + year.startYear() + code + i)
                    .institutionId(school)
                    .academicYear(year)
                    .yearGroup(YearGroup.YEAR_11)
                    .characteristic(Characteristic.DISADVANTAGED, code)
                    .outcome("M1", BigDecimal.valueOf(score))
                    .build());
        }
    }

    private static PartnershipPlan withMeasure(
            PartnershipPlan plan, String id, java.util.function.UnaryOperator<Measure> change) {
        List<Objective> objectives = plan.objectives().stream()
                .map(o -> o.withMeasures(o.measures().stream()
                        .map(m -> m.id().equals(id) ? change.apply(m) : m)
                        .toList()))
                .toList();
        return plan.withObjectives(objectives);
    }
}
