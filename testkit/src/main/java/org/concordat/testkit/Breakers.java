package org.concordat.testkit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.concordat.agreement.AgreementStatus;
import org.concordat.agreement.AgreementVersion;
import org.concordat.agreement.Approval;
import org.concordat.agreement.SectionKind;
import org.concordat.calendar.Period;
import org.concordat.money.Money;
import org.concordat.partnership.Role;
import org.concordat.plan.Activity;
import org.concordat.plan.ActivityStatus;
import org.concordat.plan.ActivityType;
import org.concordat.plan.Allocation;
import org.concordat.plan.Direction;
import org.concordat.plan.Measure;
import org.concordat.plan.Objective;
import org.concordat.plan.PartnershipPlan;
import org.concordat.plan.Schedule;
import org.concordat.plan.Spend;
import org.concordat.plan.Target;
import org.concordat.rules.Codes;
import org.concordat.school.Institution;

/**
 * The breakers: at least one for every error code of the built-in rulebooks and one for every
 * warning code. Each assumes only what {@link ValidPlanFactory} guarantees (members {@code s1..sn}
 * with {@code s1} the lead, agreement version 1 in force, objective {@code O1} with two measures and
 * an FSM pupil group, activity {@code A1} the termly champion meetings, funding source {@code F1},
 * evaluation question {@code Q1} about every objective).
 */
final class Breakers {

    private Breakers() {}

    static List<Breaker> all() {
        List<Breaker> b = new ArrayList<>();
        b.add(error(
                Codes.PARTNERSHIP_TOO_FEW_MEMBERS,
                "every member but the lead leaves (one member is also below the programme's group size)",
                PlanEdits::onlyLead,
                Codes.PROGRAMME_GROUP_SIZE));
        b.add(error(
                Codes.PARTNERSHIP_LEAD_NOT_MEMBER,
                "the lead is a school outside the partnership",
                p -> PlanEdits.withOutsider(p)
                        .withPartnership(PlanEdits.partnership(p)
                                .leadInstitutionId(PlanEdits.OUTSIDER.id())
                                .build())));
        b.add(error(
                Codes.PARTNERSHIP_DEPUTY_NOT_MEMBER,
                "the deputy lead is a school outside the partnership",
                p -> PlanEdits.withOutsider(p)
                        .withPartnership(PlanEdits.partnership(p)
                                .deputyLeadInstitutionId(PlanEdits.OUTSIDER.id())
                                .build())));
        b.add(error(Codes.MEMBER_INSTITUTION_UNKNOWN, "the last member's institution is dropped from the plan", p -> {
            String last = PlanEdits.lastMember(p);
            return p.withInstitutions(
                    p.institutions().stream().filter(i -> !i.id().equals(last)).toList());
        }));
        b.add(error(Codes.INSTITUTION_CLOSED, "the last member's school closed the day before the plan starts", p -> {
            String last = PlanEdits.lastMember(p);
            return p.withInstitutions(p.institutions().stream()
                    .map(i -> i.id().equals(last)
                            ? Institution.builder()
                                    .from(i)
                                    .closeDate(PlanEdits.start(p).minusDays(1))
                                    .closeReason("Closed")
                                    .build()
                            : i)
                    .toList());
        }));
        // Replacing the last member's record (rather than adding a member) keeps the member count,
        // so the programme's group-size warning neither appears nor goes.
        b.add(error(
                Codes.MEMBER_DUPLICATE,
                "the last member's record becomes a second record of the lead school (same URN)",
                p -> {
                    Institution lead =
                            p.institution(p.partnership().leadInstitutionId()).orElseThrow();
                    String last = PlanEdits.lastMember(p);
                    return p.withInstitutions(p.institutions().stream()
                            .map(i -> i.id().equals(last)
                                    ? Institution.builder().from(lead).id(last).build()
                                    : i)
                            .toList());
                }));
        b.add(error(
                Codes.MEMBER_PROJECT_LEAD_MISSING,
                "the last member loses its project lead",
                p -> PlanEdits.withoutRole(p, PlanEdits.lastMember(p), Role.PROJECT_LEAD)));
        b.add(error(
                Codes.MEMBER_CHAMPION_MISSING,
                "the last member loses its champion",
                p -> PlanEdits.withoutRole(p, PlanEdits.lastMember(p), Role.CHAMPION)));
        b.add(error(Codes.AGREEMENT_MISSING, "the agreement is dropped", p -> p.withAgreement(Optional.empty())));
        b.add(error(
                Codes.AGREEMENT_SECTION_MISSING,
                "the funding section is dropped from the agreement",
                p -> PlanEdits.withVersion(
                        p,
                        v -> AgreementVersion.builder()
                                .from(v)
                                .sections(v.sections().stream()
                                        .filter(s -> s.kind() != SectionKind.FUNDING)
                                        .toList())
                                .build())));
        b.add(error(
                Codes.AGREEMENT_PARTY_NOT_MEMBER,
                "a school outside the partnership signs the agreement",
                p -> PlanEdits.withVersion(
                        PlanEdits.withOutsider(p),
                        v -> AgreementVersion.builder()
                                .from(v)
                                .addParty(PlanEdits.OUTSIDER.id())
                                .addApproval(ValidPlanFactory.approval(
                                        PlanEdits.OUTSIDER.id(),
                                        PlanEdits.start(p).minusDays(30)))
                                .build())));
        b.add(error(Codes.AGREEMENT_MEMBER_NOT_PARTY, "the last member is not a party to the agreement", p -> {
            String last = PlanEdits.lastMember(p);
            return PlanEdits.withVersion(
                    p,
                    v -> AgreementVersion.builder()
                            .from(v)
                            .parties(v.parties().stream()
                                    .filter(x -> !x.equals(last))
                                    .toList())
                            .approvals(v.approvals().stream()
                                    .filter(a -> !a.institutionId().equals(last))
                                    .toList())
                            .build());
        }));
        b.add(error(Codes.AGREEMENT_APPROVAL_MISSING, "the last member's governing body has not approved", p -> {
            String last = PlanEdits.lastMember(p);
            return PlanEdits.withVersion(
                    p,
                    v -> AgreementVersion.builder()
                            .from(v)
                            .approvals(v.approvals().stream()
                                    .filter(a -> !a.institutionId().equals(last))
                                    .toList())
                            .build());
        }));
        b.add(error(Codes.ACTIVITY_BEFORE_APPROVAL, "the last approval comes at the end of the plan", p -> {
            String last = PlanEdits.lastMember(p);
            LocalDate late = p.partnership().period().end();
            return PlanEdits.withVersion(p, v -> {
                List<Approval> approvals = new ArrayList<>();
                for (Approval a : v.approvals()) {
                    approvals.add(
                            a.institutionId().equals(last)
                                    ? Approval.builder().from(a).date(late).build()
                                    : a);
                }
                return AgreementVersion.builder().from(v).approvals(approvals).build();
            });
        }));
        b.add(error(
                Codes.OBJECTIVE_WITHOUT_MEASURE,
                "a new objective, served and evaluated, has no measure",
                p -> PlanEdits.addObjective(
                        p,
                        Objective.builder()
                                .id("O-new")
                                .title("Unmeasured objective")
                                .build(),
                        true)));
        b.add(error(
                Codes.MEASURE_BASELINE_MISSING,
                "the first measure loses its baseline",
                p -> PlanEdits.withFirstMeasure(
                        p,
                        m -> Measure.builder()
                                .from(m)
                                .baseline(Optional.empty())
                                .build())));
        b.add(error(
                Codes.MEASURE_TARGET_MISSING,
                "the first measure loses its targets",
                p -> PlanEdits.withFirstMeasure(
                        p, m -> Measure.builder().from(m).targets(List.of()).build())));
        b.add(error(
                Codes.MEASURE_TARGET_OUTSIDE_PLAN,
                "the first measure gains a target a year after the plan",
                p -> PlanEdits.withFirstMeasure(
                        p,
                        m -> Measure.builder()
                                .from(m)
                                .addTarget(Target.of(
                                        m.baseline().orElseThrow().value().orElseThrow(),
                                        p.partnership().period().end().plusYears(1)))
                                .build())));
        b.add(error(
                Codes.OBJECTIVE_WITHOUT_ACTIVITY,
                "a new measured and evaluated objective has no activity",
                p -> PlanEdits.addObjective(
                        p,
                        Objective.builder()
                                .id("O-new")
                                .title("Unserved objective")
                                .addMeasure(PlanEdits.measureLike(p, "O-new-M1"))
                                .build(),
                        false)));
        b.add(error(
                Codes.ACTIVITY_OBJECTIVE_UNKNOWN,
                "the champion meetings serve an objective that does not exist",
                p -> PlanEdits.withActivity(
                        p,
                        "A1",
                        a -> Activity.builder()
                                .from(a)
                                .addObjectiveId("O-missing")
                                .build())));
        // A new objective rather than dropping one from the question: dropping O1 (the only
        // objective of the smallest plans) would also leave teachers' and pupils' engagement
        // unevaluated.
        b.add(error(
                Codes.OBJECTIVE_NOT_EVALUATED,
                "a new measured objective, served by the champion meetings, is in no evaluation question",
                p -> PlanEdits.withActivity(
                        p.withObjectives(PlanEdits.append(
                                p.objectives(),
                                Objective.builder()
                                        .id("O-new")
                                        .title("Unevaluated objective")
                                        .addMeasure(PlanEdits.measureLike(p, "O-new-M1"))
                                        .build())),
                        "A1",
                        a -> Activity.builder().from(a).addObjectiveId("O-new").build())));
        b.add(error(
                Codes.ACTIVITY_OUTSIDE_PLAN,
                "an activity a month after the plan ends",
                p -> PlanEdits.addActivity(
                        p, "A-late", ActivityType.CONFERENCE, Schedule.on(PlanEdits.schoolDayAfter(p)), true)));
        b.add(error(
                Codes.ACTIVITY_PARTICIPANT_NOT_MEMBER,
                "a school outside the partnership joins the champion meetings",
                p -> PlanEdits.withActivity(
                        PlanEdits.withOutsider(p),
                        "A1",
                        a -> Activity.builder()
                                .from(a)
                                .participantInstitutionIds(List.of("s1", PlanEdits.OUTSIDER.id()))
                                .build())));
        b.add(error(Codes.FUNDING_OVERALLOCATED, "a penny more than the source holds is allocated", p -> {
            Money left = p.funding()
                    .source("F1")
                    .orElseThrow()
                    .amount()
                    .minus(p.funding().allocatedFrom("F1"));
            return p.withFunding(p.funding()
                    .withAllocations(PlanEdits.append(
                            p.funding().allocations(), Allocation.of("F1", "A1", left.plus(Money.ofPence(1))))));
        }));
        b.add(error(
                Codes.FUNDING_SOURCE_UNKNOWN,
                "the champion meetings are paid for by an unknown source",
                p -> PlanEdits.withActivity(
                        p,
                        "A1",
                        a -> Activity.builder()
                                .from(a)
                                .fundingSourceId("F-missing")
                                .build())));
        b.add(error(
                Codes.FUNDING_ACTIVITY_UNKNOWN,
                "an allocation from F1 for an activity the plan does not have",
                p -> p.withFunding(p.funding()
                        .withAllocations(PlanEdits.append(
                                p.funding().allocations(), Allocation.of("F1", "A-missing", Money.ZERO))))));
        b.add(error(
                Codes.EVALUATION_PLAN_MISSING,
                "the evaluation plan is dropped",
                p -> p.withEvaluationPlan(Optional.empty())));
        b.add(error(
                Codes.DATA_SHARING_MISSING,
                "the data-protection section is dropped from the agreement",
                p -> PlanEdits.withVersion(
                        p,
                        v -> AgreementVersion.builder()
                                .from(v)
                                .sections(v.sections().stream()
                                        .filter(s -> s.kind() != SectionKind.DATA_PROTECTION)
                                        .toList())
                                .build())));

        b.add(warning(
                Codes.AGREEMENT_NOT_IN_FORCE,
                "the agreement is approved but not put in force",
                p -> PlanEdits.withVersion(
                        p,
                        v -> AgreementVersion.builder()
                                .from(v)
                                .status(AgreementStatus.APPROVED)
                                .build())));
        b.add(warning(
                Codes.MEASURE_TARGET_WRONG_DIRECTION,
                "the first measure's last target is worse than its baseline",
                p -> PlanEdits.withFirstMeasure(p, m -> {
                    BigDecimal base = m.baseline().orElseThrow().value().orElseThrow();
                    BigDecimal worse = m.direction() == Direction.HIGHER_IS_BETTER
                            ? base.subtract(BigDecimal.ONE)
                            : base.add(BigDecimal.ONE);
                    List<Target> targets = new ArrayList<>(m.targets());
                    Target last = targets.remove(targets.size() - 1);
                    targets.add(Target.of(worse, last.by()));
                    return Measure.builder().from(m).targets(targets).build();
                })));
        b.add(warning(
                Codes.ACTIVITY_WITHOUT_OBJECTIVE,
                "a newsletter that serves no objective",
                p -> PlanEdits.addActivity(p, "A-news", ActivityType.NEWSLETTER, PlanEdits.firstSchoolDay(p), false)));
        b.add(new Breaker(
                Codes.ACTIVITY_IN_SCHOOL_HOLIDAY,
                "a networking meeting on Christmas Day",
                true,
                p -> PlanEdits.addActivity(
                        p,
                        "A-xmas",
                        ActivityType.NETWORKING_MEETING,
                        Schedule.on(LocalDate.of(PlanEdits.start(p).getYear(), 12, 25)),
                        true)));
        b.add(warning(
                Codes.CHAMPION_MEETING_CADENCE,
                "the termly champion meetings are cancelled",
                p -> PlanEdits.withActivity(
                        p,
                        "A1",
                        a -> Activity.builder()
                                .from(a)
                                .status(ActivityStatus.CANCELLED)
                                .build())));
        b.add(warning(Codes.PROGRAMME_GROUP_SIZE, "the partnership grows to nine members at its start", p -> {
            // Members who join later do not count toward the size at the start.
            PartnershipPlan out = p;
            for (int k = 1; current(out) < 9; k++) {
                out = PlanEdits.addMember(
                        out, ValidPlanFactory.school("grow-" + k, "Extra School " + k, 990_000 + k, false));
            }
            return out;
        }));
        // The termly champion meetings are stretched with the plan, or its third year would have
        // none and CHAMPION_MEETING_CADENCE would fire too.
        b.add(warning(Codes.PLAN_DURATION, "the plan and its termly champion meetings run three academic years", p -> {
            Period longer =
                    Period.of(PlanEdits.start(p), p.partnership().period().end().plusYears(1));
            return PlanEdits.withActivity(
                    p.withPartnership(PlanEdits.partnership(p).period(longer).build()),
                    "A1",
                    a -> Activity.builder()
                            .from(a)
                            .schedule(Schedule.eachTerm(longer))
                            .build());
        }));
        b.add(warning(Codes.FUNDING_SOURCE_MISSING, "a costed conference with no funding", p -> {
            PartnershipPlan out =
                    PlanEdits.addActivity(p, "A-unfunded", ActivityType.CONFERENCE, PlanEdits.firstSchoolDay(p), true);
            return PlanEdits.withActivity(
                    out,
                    "A-unfunded",
                    a -> Activity.builder().from(a).cost(Money.ofPence(50_000)).build());
        }));
        b.add(warning(
                Codes.SPEND_EXCEEDS_ALLOCATION,
                "£10 is spent on the champion meetings with nothing allocated",
                p -> p.withFunding(p.funding()
                        .withSpends(PlanEdits.append(
                                p.funding().spends(),
                                Spend.builder()
                                        .fundingSourceId("F1")
                                        .activityId("A1")
                                        .date(PlanEdits.start(p).plusDays(30))
                                        .amount(Money.ofPence(1_000))
                                        .build())))));
        b.add(warning(
                Codes.ENGAGEMENT_NOT_EVALUATED,
                "no measure names teachers or pupils",
                p -> p.withObjectives(p.objectives().stream()
                        .map(o -> Objective.builder()
                                .from(o)
                                .measures(o.measures().stream()
                                        .map(m -> Measure.builder()
                                                .from(m)
                                                .name("Measure " + m.id())
                                                .build())
                                        .toList())
                                .build())
                        .toList())));
        return List.copyOf(b);
    }

    private static long current(PartnershipPlan p) {
        return p.partnership().members().stream()
                .filter(m -> m.isMemberOn(PlanEdits.start(p)))
                .count();
    }

    private static Breaker error(
            String code, String description, UnaryOperator<PartnershipPlan> change, String... alsoCauses) {
        return new Breaker(code, description, false, change, alsoCauses);
    }

    private static Breaker warning(String code, String description, UnaryOperator<PartnershipPlan> change) {
        return new Breaker(code, description, false, change);
    }
}
