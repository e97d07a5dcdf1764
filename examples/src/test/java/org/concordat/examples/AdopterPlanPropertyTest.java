package org.concordat.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.concordat.agreement.Agreement;
import org.concordat.agreement.AgreementVersion;
import org.concordat.agreement.Approval;
import org.concordat.partnership.Member;
import org.concordat.partnership.Partnership;
import org.concordat.partnership.Person;
import org.concordat.partnership.Role;
import org.concordat.plan.PartnershipPlan;
import org.concordat.rules.Rulebook;
import org.concordat.rules.Rulebooks;
import org.concordat.rules.ValidationReport;
import org.concordat.school.Institution;
import org.concordat.school.InstitutionKind;
import org.concordat.school.Urn;
import org.concordat.testkit.BrokenPlan;
import org.concordat.testkit.PlanSamples;
import org.concordat.testkit.quicktheories.RulebookGen;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * How an adopter (say, a trust's MIS team) proves with the testkit that its own code only ever
 * produces valid plans. {@link #join} stands for the adopter's code: it adds a school to a
 * partnership the way their "join the partnership" screen does.
 */
class AdopterPlanPropertyTest {
    private static final Rulebook RULEBOOK = Rulebooks.stemPartnership();

    /** The adopter's code under test: a school joins with a champion who is also its project lead. */
    static PartnershipPlan join(PartnershipPlan plan, int urn, LocalDate approvedOn) {
        String id = "urn-" + urn;
        Institution school = Institution.builder()
                .id(id)
                .name("Joining School " + urn)
                .kind(InstitutionKind.SCHOOL)
                .urn(Urn.of(urn))
                .build();
        Agreement mou = plan.agreement().orElseThrow();
        AgreementVersion version = mou.inForce().orElse(mou.latest());
        AgreementVersion signed = AgreementVersion.builder()
                .from(version)
                .addParty(id)
                .addApproval(Approval.builder()
                        .institutionId(id)
                        .governingBody("Full governing body")
                        .date(approvedOn)
                        .minuteReference("FGB joining item 1")
                        .build())
                .build();
        return plan.withInstitutions(plus(plan.institutions(), school))
                .withPeople(plus(
                        plan.people(),
                        Person.builder()
                                .id("p-" + urn)
                                .name("Champion " + urn)
                                .roles(EnumSet.of(Role.CHAMPION, Role.PROJECT_LEAD))
                                .institutionId(id)
                                .build()))
                .withPartnership(Partnership.builder()
                        .from(plan.partnership())
                        .addMember(Member.of(id, plan.partnership().period().start()))
                        .build())
                .withAgreement(mou.withVersion(signed));
    }

    @Test
    void a_school_joining_a_valid_plan_leaves_it_valid() {
        qt().forAll(RulebookGen.validPlans(), Generate.range(990_000, 999_998)).checkAssert((plan, urn) -> {
            LocalDate approvedOn = plan.partnership().period().start().minusDays(1);
            PartnershipPlan joined = join(plan, urn, approvedOn);
            ValidationReport report = RULEBOOK.validate(joined, PlanSamples.settingsFor(joined));
            assertThat(report.errors()).as(report.toString()).isEmpty();
        });
    }

    @Test
    void a_late_approval_is_caught_as_work_before_approval() {
        // The property holds only for approvals before the plan starts: a school that joins after
        // work has begun makes earlier activities "before approval". The rulebook says so.
        PartnershipPlan plan = PlanSamples.validPlan(7, 40);
        PartnershipPlan joined = join(plan, 998_877, plan.partnership().period().end());
        assertThat(RULEBOOK.validate(joined, PlanSamples.settingsFor(joined)).codes())
                .contains("ACTIVITY_BEFORE_APPROVAL");
    }

    @Test
    void the_seeded_samples_work_without_any_property_library() {
        // A plain loop over seeds: the same seed always gives the same plan, so a failure is
        // reproduced from the seed alone.
        for (long seed = 0; seed < 20; seed++) {
            PartnershipPlan plan = PlanSamples.validPlan(seed, (int) (seed * 5));
            assertThat(RULEBOOK.validate(plan, PlanSamples.settingsFor(plan)).isValid())
                    .isTrue();
            BrokenPlan broken = PlanSamples.brokenPlan(seed, 30);
            assertThat(RULEBOOK.validate(broken.plan(), broken.settings()).has(broken.code()))
                    .as(broken.toString())
                    .isTrue();
        }
    }

    private static <T> List<T> plus(List<T> list, T item) {
        return java.util.stream.Stream.concat(list.stream(), java.util.stream.Stream.of(item))
                .toList();
    }
}
