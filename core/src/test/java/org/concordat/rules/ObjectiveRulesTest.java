package org.concordat.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concordat.rules.RuleFixtures.onlyViolationsOf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.concordat.plan.EvaluationPlan;
import org.concordat.plan.EvaluationQuestion;
import org.concordat.plan.Objective;
import org.concordat.plan.PartnershipPlan;
import org.concordat.plan.Target;
import org.junit.jupiter.api.Test;

class ObjectiveRulesTest {
    @Test
    void reports_an_objective_without_a_measure() {
        List<Violation> v = onlyViolationsOf(
                Codes.OBJECTIVE_WITHOUT_MEASURE, p -> Edits.objective(p, "O2", b -> b.measures(List.of())));
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.path()).isEqualTo("/objectives/1");
            assertThat(x.message())
                    .isEqualTo("Objective O2 \"Increase pupils' interest in STEM careers\" has no measure");
        });
    }

    @Test
    void reports_a_measure_without_a_baseline() {
        List<Violation> v = onlyViolationsOf(
                Codes.MEASURE_BASELINE_MISSING, p -> Edits.measure(p, "M4", b -> b.baseline(Optional.empty())));
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.path()).isEqualTo("/objectives/1/measures/1");
            assertThat(x.subject()).isEqualTo("M4");
        });
    }

    @Test
    void reports_a_measure_without_a_target() {
        List<Violation> v =
                onlyViolationsOf(Codes.MEASURE_TARGET_MISSING, p -> Edits.measure(p, "M2", b -> b.targets(List.of())));
        assertThat(v).singleElement().satisfies(x -> assertThat(x.path()).isEqualTo("/objectives/0/measures/1"));
    }

    @Test
    void warns_of_a_target_worse_than_the_baseline_in_the_measures_direction() {
        // M2 is a gap (lower is better) starting at 1.4: aiming for 1.6 goes the wrong way.
        List<Violation> v = onlyViolationsOf(
                Codes.MEASURE_TARGET_WRONG_DIRECTION,
                p -> Edits.measure(
                        p, "M2", b -> b.targets(List.of(Target.of(new BigDecimal("1.6"), LocalDate.of(2027, 8, 31))))));
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.WARNING);
            assertThat(x.path()).isEqualTo("/objectives/0/measures/1/targets/0");
            assertThat(x.message()).contains("aims for 1.6 by 2027-08-31, worse than its baseline of 1.4");
        });
    }

    @Test
    void reports_a_target_due_outside_the_plan() {
        List<Violation> v = onlyViolationsOf(
                Codes.MEASURE_TARGET_OUTSIDE_PLAN,
                p -> Edits.measure(
                        p, "M4", b -> b.addTarget(Target.of(BigDecimal.valueOf(250), LocalDate.of(2028, 3, 31)))));
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.path()).isEqualTo("/objectives/1/measures/1/targets/2/by");
            assertThat(x.message()).contains("2028-03-31, outside the plan period 2025-09-01/2027-08-31");
        });
    }

    @Test
    void reports_an_objective_no_activity_serves() {
        List<Violation> v = onlyViolationsOf(Codes.OBJECTIVE_WITHOUT_ACTIVITY, p -> {
            var kept = p.activities().stream()
                    .map(a -> org.concordat.plan.Activity.builder()
                            .from(a)
                            .objectiveIds(a.objectiveIds().stream()
                                    .filter(o -> !o.equals("O2"))
                                    .toList())
                            .build())
                    .filter(a -> !a.objectiveIds().isEmpty())
                    .toList();
            Set<String> ids =
                    kept.stream().map(org.concordat.plan.Activity::id).collect(java.util.stream.Collectors.toSet());
            // The removed activities' money goes with them (FUNDING_ACTIVITY_UNKNOWN otherwise).
            return p.withActivities(kept)
                    .withFunding(p.funding()
                            .withAllocations(p.funding().allocations().stream()
                                    .filter(x -> ids.contains(x.activityId()))
                                    .toList())
                            .withSpends(p.funding().spends().stream()
                                    .filter(x ->
                                            x.activityId().map(ids::contains).orElse(true))
                                    .toList()));
        });
        assertThat(v).singleElement().satisfies(x -> assertThat(x.subject()).isEqualTo("O2"));
    }

    @Test
    void warns_of_an_activity_that_serves_no_objective() {
        List<Violation> v = onlyViolationsOf(
                Codes.ACTIVITY_WITHOUT_OBJECTIVE, p -> Edits.activity(p, "A8", b -> b.objectiveIds(Set.of())));
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.WARNING);
            assertThat(x.path()).isEqualTo("/activities/7");
            assertThat(x.message()).isEqualTo("Activity A8 \"Partnership newsletter\" serves no objective");
        });
    }

    @Test
    void reports_an_activity_serving_an_objective_the_plan_lacks() {
        List<Violation> v = onlyViolationsOf(
                Codes.ACTIVITY_OBJECTIVE_UNKNOWN, p -> Edits.activity(p, "A9", b -> b.addObjectiveId("O9")));
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.path()).isEqualTo("/activities/8/objectiveIds/1");
            assertThat(x.subject()).isEqualTo("A9");
        });
    }

    @Test
    void reports_an_objective_no_evaluation_question_is_about() {
        List<Violation> v = onlyViolationsOf(Codes.OBJECTIVE_NOT_EVALUATED, ObjectiveRulesTest::withoutQ2);
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.path()).isEqualTo("/objectives/1");
            assertThat(x.subject()).isEqualTo("O2");
        });
    }

    @Test
    void a_question_about_the_whole_partnership_does_not_evaluate_each_objective() {
        Objective o = RuleFixtures.plan().objective("O2").orElseThrow();
        assertThat(RuleFixtures.judge(withoutQ2(RuleFixtures.plan())).withCode(Codes.OBJECTIVE_NOT_EVALUATED))
                .extracting(Violation::subject)
                .containsExactly(o.id());
    }

    private static PartnershipPlan withoutQ2(PartnershipPlan p) {
        EvaluationPlan e = p.evaluationPlan().orElseThrow();
        return p.withEvaluationPlan(e.withQuestions(e.questions().stream()
                .map(q -> q.id().equals("Q2")
                        ? EvaluationQuestion.builder()
                                .from(q)
                                .objectiveIds(Set.of())
                                .build()
                        : q)
                .toList()));
    }
}
