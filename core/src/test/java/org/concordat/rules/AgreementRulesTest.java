package org.concordat.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concordat.rules.RuleFixtures.onlyViolationsOf;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.concordat.agreement.Agreement;
import org.concordat.agreement.AgreementStatus;
import org.concordat.agreement.AgreementVersion;
import org.concordat.agreement.Approval;
import org.concordat.agreement.SectionKind;
import org.concordat.plan.ActivityStatus;
import org.concordat.plan.Schedule;
import org.junit.jupiter.api.Test;

class AgreementRulesTest {
    @Test
    void reports_a_plan_without_an_agreement() {
        List<Violation> v = onlyViolationsOf(Codes.AGREEMENT_MISSING, p -> p.withAgreement(Optional.empty()));
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.path()).isEmpty();
            assertThat(x.subject()).isEqualTo("aire-valley-stem");
            assertThat(x.message()).isEqualTo("Aire Valley STEM Partnership has no memorandum of understanding");
        });
    }

    @Test
    void warns_when_no_version_is_in_force() {
        List<Violation> v = onlyViolationsOf(
                Codes.AGREEMENT_NOT_IN_FORCE, p -> Edits.version(p, b -> b.status(AgreementStatus.APPROVED)));
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.WARNING);
            assertThat(x.path()).isEqualTo("/agreement/versions/0/status");
        });
    }

    @Test
    void reports_one_violation_per_missing_section() {
        List<Violation> v = onlyViolationsOf(
                Codes.AGREEMENT_SECTION_MISSING,
                p -> Edits.version(
                        p,
                        b -> b.sections(p.agreement().orElseThrow().latest().sections().stream()
                                .filter(s -> s.kind() != SectionKind.FUNDING && s.kind() != SectionKind.AIMS)
                                .toList())));
        assertThat(v).extracting(Violation::subject).containsExactly("AIMS", "FUNDING");
        assertThat(v.get(1).message()).isEqualTo("Version 1 of the agreement has no \"Funding\" section");
        assertThat(v).extracting(Violation::path).containsOnly("/agreement/versions/0");
    }

    @Test
    void does_not_require_the_sections_beyond_the_dfe_list() {
        var plan = Edits.version(
                RuleFixtures.plan(),
                b -> b.sections(RuleFixtures.plan().agreement().orElseThrow().latest().sections().stream()
                        .filter(s -> s.kind() != SectionKind.WITHDRAWAL && s.kind() != SectionKind.DURATION_AND_REVIEW)
                        .toList()));
        assertThat(RuleFixtures.judge(plan).violations()).isEmpty();
    }

    @Test
    void reports_a_party_that_is_not_a_member() {
        List<Violation> v = onlyViolationsOf(
                Codes.AGREEMENT_PARTY_NOT_MEMBER,
                p -> Edits.version(
                        p, b -> b.addParty("aire-engineering").addApproval(approval("aire-engineering", 7, 1))));
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.path()).isEqualTo("/agreement/versions/0/parties/5");
            assertThat(x.message())
                    .isEqualTo("Aire Valley Engineering Ltd is a party to version 1 of the agreement but not a member"
                            + " of the partnership");
        });
    }

    @Test
    void reports_a_member_that_is_not_a_party() {
        List<Violation> v = onlyViolationsOf(
                Codes.AGREEMENT_MEMBER_NOT_PARTY,
                p -> Edits.version(
                        p,
                        b -> b.parties(List.of("urn-138001", "urn-138002", "urn-138003", "urn-138005"))
                                .approvals(p.agreement().orElseThrow().latest().approvals().stream()
                                        .filter(a -> !a.institutionId().equals("urn-138004"))
                                        .toList())));
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.path()).isEqualTo("/partnership/members/3");
            assertThat(x.subject()).isEqualTo("138004");
        });
    }

    @Test
    void reports_each_party_whose_governing_body_has_not_approved() {
        List<Violation> v = onlyViolationsOf(
                Codes.AGREEMENT_APPROVAL_MISSING,
                p -> Edits.version(
                        p,
                        b -> b.approvals(p.agreement().orElseThrow().latest().approvals().stream()
                                .filter(a -> a.institutionId().equals("urn-138001"))
                                .toList())));
        assertThat(v).hasSize(4);
        assertThat(v.get(0).message())
                .isEqualTo("The governing body of Bramley Vale High School (URN 138002) has not approved version 1 of"
                        + " the agreement");
    }

    @Test
    void reports_an_activity_before_every_governing_body_approved() {
        List<Violation> v = onlyViolationsOf(
                Codes.ACTIVITY_BEFORE_APPROVAL,
                p -> Edits.version(
                        p,
                        b -> b.approvals(p.agreement().orElseThrow().latest().approvals().stream()
                                .map(a -> a.institutionId().equals("urn-138005")
                                        ? Approval.builder()
                                                .from(a)
                                                .date(LocalDate.of(2025, 10, 20))
                                                .build()
                                        : a)
                                .toList())));
        // The launch conference (2 October) and the first champion meeting and newsletter (autumn term).
        assertThat(v).extracting(Violation::subject).containsExactly("A1", "A2", "A8");
        assertThat(v.get(0).message())
                .isEqualTo("Activity A1 \"Launch conference\" starts on 2025-10-02, before every governing body had"
                        + " approved the agreement (on 2025-10-20)");
        assertThat(v.get(0).path()).isEqualTo("/activities/0/schedule");
    }

    @Test
    void an_amendment_approved_later_does_not_make_earlier_work_premature() {
        var plan = RuleFixtures.plan();
        var mou = plan.agreement().orElseThrow();
        var v1 = AgreementVersion.builder()
                .from(mou.latest())
                .status(AgreementStatus.SUPERSEDED)
                .build();
        var v2 = AgreementVersion.builder()
                .from(mou.latest())
                .number(2)
                .status(AgreementStatus.IN_FORCE)
                .approvals(mou.latest().approvals().stream()
                        .map(a -> Approval.builder()
                                .from(a)
                                .date(LocalDate.of(2026, 7, 1))
                                .build())
                        .toList())
                .build();
        var amended = plan.withAgreement(Agreement.builder()
                .id(mou.id())
                .title(mou.title())
                .versions(List.of(v1, v2))
                .build());
        assertThat(RuleFixtures.judge(amended).violations()).isEmpty();
        // Without the first version's approvals, the launch conference comes before any approval.
        var unapprovedFirst = plan.withAgreement(Agreement.builder()
                .id(mou.id())
                .title(mou.title())
                .versions(List.of(
                        AgreementVersion.builder().from(v1).approvals(List.of()).build(), v2))
                .build());
        assertThat(RuleFixtures.judge(unapprovedFirst).codes()).containsExactly(Codes.ACTIVITY_BEFORE_APPROVAL);
    }

    @Test
    void ignores_a_cancelled_activity_before_approval() {
        var plan = Edits.activity(
                RuleFixtures.plan(),
                "A1",
                b -> b.status(ActivityStatus.CANCELLED).schedule(Schedule.on(LocalDate.of(2025, 6, 1))));
        assertThat(RuleFixtures.judge(plan).has(Codes.ACTIVITY_BEFORE_APPROVAL)).isFalse();
    }

    private static Approval approval(String id, int month, int day) {
        return Approval.builder()
                .institutionId(id)
                .governingBody("Board")
                .date(LocalDate.of(2025, month, day))
                .minuteReference("B 1")
                .build();
    }
}
