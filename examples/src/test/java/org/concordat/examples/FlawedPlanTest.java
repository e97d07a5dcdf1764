package org.concordat.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import org.concordat.io.Plans;
import org.concordat.plan.PartnershipPlan;
import org.concordat.rules.Rulebooks;
import org.concordat.rules.Severity;
import org.concordat.rules.ValidationReport;
import org.concordat.rules.ValidationSettings;
import org.concordat.rules.Violation;
import org.junit.jupiter.api.Test;

/** examples/plans/flawed-plan.yaml shows each family of violation, code by code. */
class FlawedPlanTest {
    @Test
    void shows_every_family_of_violation_exactly() {
        PartnershipPlan plan = Plans.read(Path.of("plans", "flawed-plan.yaml"));

        ValidationReport report =
                Rulebooks.stemPartnership().validate(plan, ValidationSettings.asOf(ExamplePlans.AS_OF));

        assertThat(report.isValid()).isFalse();
        assertThat(report.violations())
                .extracting(Violation::code, Violation::severity, Violation::path, Violation::subject)
                .containsExactly(
                        // membership
                        tuple("MEMBER_CHAMPION_MISSING", Severity.ERROR, "/partnership/members/3", "138004"),
                        tuple(
                                "PARTNERSHIP_DEPUTY_NOT_MEMBER",
                                Severity.ERROR,
                                "/partnership/deputyLeadInstitutionId",
                                "stem-learning"),
                        // agreement
                        tuple(
                                "AGREEMENT_APPROVAL_MISSING",
                                Severity.ERROR,
                                "/agreement/versions/0/parties/4",
                                "138005"),
                        tuple("DATA_SHARING_MISSING", Severity.ERROR, "/agreement/versions/0", "M1"),
                        // objectives and measures
                        tuple(
                                "MEASURE_TARGET_WRONG_DIRECTION",
                                Severity.WARNING,
                                "/objectives/1/measures/0/targets/0",
                                "M3"),
                        tuple("MEASURE_TARGET_MISSING", Severity.ERROR, "/objectives/1/measures/1", "M4"),
                        // schedule
                        tuple("ACTIVITY_OUTSIDE_PLAN", Severity.ERROR, "/activities/9/schedule", "A10"),
                        // funding
                        tuple("FUNDING_OVERALLOCATED", Severity.ERROR, "/funding/sources/1", "F2"),
                        // evaluation
                        tuple("ENGAGEMENT_NOT_EVALUATED", Severity.WARNING, "/evaluationPlan", "teachers"));
    }
}
