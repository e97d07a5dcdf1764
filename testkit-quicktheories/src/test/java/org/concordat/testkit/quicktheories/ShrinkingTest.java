package org.concordat.testkit.quicktheories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concordat.plan.PartnershipPlan;
import org.concordat.rules.Codes;
import org.concordat.rules.Rulebooks;
import org.concordat.testkit.BrokenPlan;
import org.concordat.testkit.PlanSamples;
import org.concordat.testkit.PlanShape;
import org.junit.jupiter.api.Test;

/**
 * A false property about plans shrinks each dimension of the plan on its own and is reported in a
 * line a person can read: the issue's "no plan has more than 6 members" used to shrink to 7 members
 * and 19 activities, printed as hundreds of lines.
 */
class ShrinkingTest {
    private static final Pattern SUMMARY = Pattern.compile(
            "Smallest found falsifying value\\(s\\) :-\\R(seed 0x([0-9a-f]+): (\\d+) members, (\\d+) objectives?,"
                    + " (\\d+) activities, (\\d+) schedule forms? \\(partnership-\\2\\))\\R");

    @Test
    void a_false_at_most_six_members_shrinks_to_seven_members_one_objective_and_two_activities() {
        AssertionError failure = catchThrowableOfType(
                AssertionError.class,
                () -> qt().withExamples(200)
                        .withFixedSeed(20261206L)
                        .forAll(RulebookGen.validPlans())
                        .check(plan -> plan.partnership().members().size() <= 6));
        assertThat(failure).as("the property is false, so it must fail").isNotNull();
        Matcher m = SUMMARY.matcher(failure.getMessage());
        assertThat(m.find()).as(failure.getMessage()).isTrue();
        String summary = m.group(1);
        assertThat(summary).hasSizeLessThan(200);
        assertThat(Integer.parseInt(m.group(3))).as(summary).isEqualTo(7);
        assertThat(Integer.parseInt(m.group(4))).as(summary).isEqualTo(1);
        assertThat(Integer.parseInt(m.group(5))).as(summary).isLessThanOrEqualTo(2);
        // The summary rebuilds the plan it describes.
        PartnershipPlan rebuilt = PlanSamples.validPlan(
                Long.parseUnsignedLong(m.group(2), 16),
                PlanShape.of(7, 1, Integer.parseInt(m.group(5)), Math.max(1, Integer.parseInt(m.group(6)))));
        assertThat(PlanSamples.describe(rebuilt)).isEqualTo(summary);
    }

    @Test
    void each_dimension_shrinks_to_its_own_minimum() {
        AssertionError failure = catchThrowableOfType(
                AssertionError.class,
                () -> qt().withExamples(200)
                        .withFixedSeed(7L)
                        .forAll(RulebookGen.shapes())
                        .check(shape -> shape.activities() < 12));
        assertThat(failure).isNotNull();
        // Only activities make the property fail, so everything else shrinks to its minimum.
        assertThat(failure.getMessage()).contains("2 members, 1 objective, 12 activities, 1 schedule form");
    }

    @Test
    void broken_plans_for_a_code_trigger_it_and_are_described_with_their_breaker() {
        qt().withExamples(40)
                .forAll(RulebookGen.brokenPlans(Codes.FUNDING_ACTIVITY_UNKNOWN))
                .checkAssert(broken -> {
                    assertThat(broken.code()).isEqualTo(Codes.FUNDING_ACTIVITY_UNKNOWN);
                    assertThat(Rulebooks.dfeGuidance()
                                    .validate(broken.plan(), broken.settings())
                                    .errors())
                            .extracting(v -> v.code())
                            .containsExactly(Codes.FUNDING_ACTIVITY_UNKNOWN);
                });
        BrokenPlan one = PlanSamples.brokenPlan(
                PlanSamples.breakers(Codes.PLAN_DURATION).get(0), 0x2a, PlanShape.of(4, 1, 2, 1));
        assertThat(one.toString())
                .isEqualTo("PLAN_DURATION: the plan and its termly champion meetings run three academic years in"
                        + " seed 0x2a: 4 members, 1 objective, 2 activities, 1 schedule form (partnership-2a)");
    }
}
