package org.concordat.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concordat.rules.RuleFixtures.onlyViolationsOf;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.concordat.partnership.Member;
import org.concordat.partnership.Person;
import org.concordat.partnership.Role;
import org.concordat.plan.PartnershipPlan;
import org.concordat.school.Institution;
import org.junit.jupiter.api.Test;

class MembershipRulesTest {
    @Test
    void reports_a_partnership_with_one_member() {
        // Four schools leave at the end of August 2025: as of 1 September only the lead remains.
        var plan = Edits.partnership(
                RuleFixtures.plan(),
                b -> b.deputyLeadInstitutionId(Optional.empty())
                        .members(RuleFixtures.plan().partnership().members().stream()
                                .map(m -> m.institutionId().equals("urn-138001")
                                        ? m
                                        : Member.builder()
                                                .from(m)
                                                .left(LocalDate.of(2025, 8, 31))
                                                .build())
                                .toList()));
        ValidationReport report = RuleFixtures.judge(plan);
        assertThat(report.codes()).containsExactly(Codes.PARTNERSHIP_TOO_FEW_MEMBERS, Codes.PROGRAMME_GROUP_SIZE);
        assertThat(report.withCode(Codes.PARTNERSHIP_TOO_FEW_MEMBERS))
                .singleElement()
                .satisfies(x -> {
                    assertThat(x.path()).isEqualTo("/partnership");
                    assertThat(x.severity()).isEqualTo(Severity.ERROR);
                    assertThat(x.message())
                            .isEqualTo("Aire Valley STEM Partnership has 1 member on 2025-09-01; a partnership needs at"
                                    + " least two");
                });
    }

    @Test
    void counts_members_as_of_the_validation_date() {
        var p = Edits.partnership(
                RuleFixtures.plan(),
                b -> b.members(RuleFixtures.plan().partnership().members().stream()
                        .map(m -> m.institutionId().equals("urn-138001")
                                ? m
                                : Member.builder()
                                        .from(m)
                                        .left(LocalDate.of(2026, 8, 31))
                                        .build())
                        .toList()));
        assertThat(RuleFixtures.judge(p).has(Codes.PARTNERSHIP_TOO_FEW_MEMBERS)).isFalse();
        assertThat(RuleFixtures.judge(p, RuleFixtures.SETTINGS.withAsOf(LocalDate.of(2026, 9, 1)))
                        .has(Codes.PARTNERSHIP_TOO_FEW_MEMBERS))
                .isTrue();
    }

    @Test
    void reports_a_lead_that_is_not_a_member() {
        List<Violation> v = onlyViolationsOf(
                Codes.PARTNERSHIP_LEAD_NOT_MEMBER,
                p -> Edits.partnership(p, b -> b.leadInstitutionId("stem-learning")));
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.path()).isEqualTo("/partnership/leadInstitutionId");
            assertThat(x.subject()).isEqualTo("stem-learning");
            assertThat(x.message())
                    .isEqualTo("The lead, STEM Learning, is not a member of Aire Valley STEM Partnership");
        });
    }

    @Test
    void reports_a_deputy_lead_that_is_not_a_member() {
        List<Violation> v = onlyViolationsOf(
                Codes.PARTNERSHIP_DEPUTY_NOT_MEMBER,
                p -> Edits.partnership(p, b -> b.deputyLeadInstitutionId("aire-engineering")));
        assertThat(v)
                .singleElement()
                .satisfies(x -> assertThat(x.path()).isEqualTo("/partnership/deputyLeadInstitutionId"));
    }

    @Test
    void reports_a_member_the_plan_does_not_describe() {
        List<Violation> v = onlyViolationsOf(
                Codes.MEMBER_INSTITUTION_UNKNOWN,
                p -> p.withInstitutions(p.institutions().stream()
                        .filter(i -> !i.id().equals("urn-138005"))
                        .toList()));
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.path()).isEqualTo("/partnership/members/4/institutionId");
            assertThat(x.subject()).isEqualTo("urn-138005");
        });
    }

    @Test
    void reports_a_school_that_is_a_member_twice_under_two_ids() {
        List<Violation> v = onlyViolationsOf(Codes.MEMBER_DUPLICATE, p -> {
            Institution again = Institution.builder()
                    .from(p.institution("urn-138003").orElseThrow())
                    .id("horsforth")
                    .build();
            var q = p.withInstitutions(Edits.plus(p.institutions(), again))
                    .withPeople(Edits.plus(
                            p.people(),
                            Person.builder()
                                    .id("p-again")
                                    .name("Jo Again")
                                    .roles(EnumSet.of(Role.CHAMPION, Role.PROJECT_LEAD))
                                    .institutionId("horsforth")
                                    .build()));
            q = Edits.partnership(q, b -> b.addMember(Member.of("horsforth", LocalDate.of(2025, 7, 14))));
            return Edits.version(
                    q,
                    b -> b.addParty("horsforth")
                            .addApproval(org.concordat.agreement.Approval.builder()
                                    .institutionId("horsforth")
                                    .governingBody("LGB")
                                    .date(LocalDate.of(2025, 7, 8))
                                    .minuteReference("LGB 2025/14")
                                    .build()));
        });
        // "horsforth" sorts before "urn-138003", so the URN-named membership is the one reported.
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.subject()).isEqualTo("URN 138003");
            assertThat(x.path()).isEqualTo("/partnership/members/2");
            assertThat(x.message())
                    .isEqualTo("Horsforth Grange School (URN 138003) is a member twice, as \"horsforth\" and as"
                            + " \"urn-138003\"");
        });
    }

    @Test
    void reports_a_member_without_a_project_lead() {
        List<Violation> v = onlyViolationsOf(
                Codes.MEMBER_PROJECT_LEAD_MISSING,
                p -> p.withPeople(p.people().stream()
                        .map(x -> x.id().equals("p-shah")
                                ? Person.builder()
                                        .from(x)
                                        .roles(EnumSet.of(Role.CHAMPION))
                                        .build()
                                : x)
                        .toList()));
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.path()).isEqualTo("/partnership/members/4");
            assertThat(x.subject()).isEqualTo("138005");
            assertThat(x.message()).isEqualTo("Shipley Beck School (URN 138005) has no project lead");
            assertThat(x.hint()).contains("PROJECT_LEAD");
        });
    }

    @Test
    void reports_each_member_school_without_a_champion() {
        List<Violation> v = onlyViolationsOf(
                Codes.MEMBER_CHAMPION_MISSING,
                p -> p.withPeople(p.people().stream()
                        .map(x -> x.id().equals("p-shah") || x.id().equals("p-reid")
                                ? Person.builder()
                                        .from(x)
                                        .roles(EnumSet.of(Role.PROJECT_LEAD))
                                        .build()
                                : x)
                        .toList()));
        assertThat(v).extracting(Violation::path).containsExactly("/partnership/members/3", "/partnership/members/4");
        assertThat(Rulebooks.dfeGuidance().codes()).doesNotContain(Codes.MEMBER_CHAMPION_MISSING);
    }

    private static PartnershipPlan closing(String id, LocalDate closed) {
        PartnershipPlan p = RuleFixtures.plan();
        return PartnershipPlan.builder()
                .from(p)
                .institutions(p.institutions().stream()
                        .map(inst -> inst.id().equals(id)
                                ? Institution.builder()
                                        .from(inst)
                                        .closeDate(closed)
                                        .closeReason("Academy converter")
                                        .build()
                                : inst)
                        .toList())
                .build();
    }

    @Test
    void reports_a_member_closed_before_the_validation_date() {
        List<Violation> v =
                onlyViolationsOf(Codes.INSTITUTION_CLOSED, p -> closing("urn-138002", RuleFixtures.START.minusDays(1)));
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.path()).isEqualTo("/partnership/members/1");
            assertThat(x.severity()).isEqualTo(Severity.ERROR);
            assertThat(x.subject()).isEqualTo("138002");
            assertThat(x.message())
                    .endsWith("closed on 2025-08-31 (Academy converter) but is still a member on 2025-09-01");
        });
    }

    @Test
    void a_member_closing_on_or_after_the_validation_date_is_not_reported() {
        assertThat(RuleFixtures.judge(closing("urn-138002", RuleFixtures.START)).has(Codes.INSTITUTION_CLOSED))
                .isFalse();
        assertThat(RuleFixtures.judge(closing("urn-138002", RuleFixtures.START.plusYears(1)))
                        .has(Codes.INSTITUTION_CLOSED))
                .isFalse();
    }

    @Test
    void a_closed_institution_that_left_before_closing_is_not_reported() {
        PartnershipPlan closed = closing("urn-138002", LocalDate.of(2025, 8, 31));
        PartnershipPlan left = Edits.partnership(
                closed,
                b -> b.members(closed.partnership().members().stream()
                        .map(m -> m.institutionId().equals("urn-138002")
                                ? Member.builder()
                                        .from(m)
                                        .left(LocalDate.of(2025, 8, 30))
                                        .build()
                                : m)
                        .toList()));
        assertThat(RuleFixtures.judge(left).has(Codes.INSTITUTION_CLOSED)).isFalse();
    }

    @Test
    void both_rulebooks_carry_the_closure_rule_as_an_error() {
        assertThat(Rulebooks.dfeGuidance().codes()).contains(Codes.INSTITUTION_CLOSED);
        assertThat(Rulebooks.stemPartnership().codes()).contains(Codes.INSTITUTION_CLOSED);
    }
}
