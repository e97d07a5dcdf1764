package org.concordat.testkit;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.concordat.agreement.Agreement;
import org.concordat.agreement.AgreementStatus;
import org.concordat.agreement.AgreementVersion;
import org.concordat.agreement.Approval;
import org.concordat.agreement.Section;
import org.concordat.agreement.SectionKind;
import org.concordat.calendar.AcademicTerm;
import org.concordat.calendar.AcademicYear;
import org.concordat.calendar.HalfTerm;
import org.concordat.calendar.Period;
import org.concordat.calendar.Term;
import org.concordat.calendar.TermDates;
import org.concordat.money.Money;
import org.concordat.partnership.Area;
import org.concordat.partnership.Member;
import org.concordat.partnership.Partnership;
import org.concordat.partnership.PartnershipStatus;
import org.concordat.partnership.Person;
import org.concordat.partnership.Role;
import org.concordat.plan.Activity;
import org.concordat.plan.ActivityType;
import org.concordat.plan.Allocation;
import org.concordat.plan.Baseline;
import org.concordat.plan.Characteristic;
import org.concordat.plan.Direction;
import org.concordat.plan.EvaluationPlan;
import org.concordat.plan.EvaluationQuestion;
import org.concordat.plan.EvaluationType;
import org.concordat.plan.EvidenceDesign;
import org.concordat.plan.Funding;
import org.concordat.plan.FundingKind;
import org.concordat.plan.FundingSource;
import org.concordat.plan.Measure;
import org.concordat.plan.MeasureKind;
import org.concordat.plan.Objective;
import org.concordat.plan.PartnershipPlan;
import org.concordat.plan.PupilGroup;
import org.concordat.plan.Schedule;
import org.concordat.plan.Spend;
import org.concordat.plan.Target;
import org.concordat.school.Institution;
import org.concordat.school.InstitutionKind;
import org.concordat.school.Urn;

/**
 * Builds plans that satisfy every built-in rule by construction (no filtering): two academic
 * years; every member a party that approved the agreement before the plan starts; a champion and a
 * project lead in every member; every objective measured, served and evaluated; termly champion
 * meetings; activities on school days of the default term dates; money within its sources.
 */
final class ValidPlanFactory {
    /** Activity types a generated activity may have (champion meetings are added separately). */
    private static final List<ActivityType> TYPES = List.of(
            ActivityType.CPD_COURSE,
            ActivityType.BESPOKE_TRAINING,
            ActivityType.NETWORKING_MEETING,
            ActivityType.CONFERENCE,
            ActivityType.CURRICULUM_DESIGN,
            ActivityType.TEACHER_PLACEMENT,
            ActivityType.AMBASSADOR_VISIT,
            ActivityType.PUPIL_ENRICHMENT,
            ActivityType.NEWSLETTER,
            ActivityType.COACHING_OR_MENTORING,
            ActivityType.RESOURCE_SHARING,
            ActivityType.JOINT_CLASSES);

    private ValidPlanFactory() {}

    static PartnershipPlan build(long seed, PlanShape shape) {
        SplittableRandom r = new SplittableRandom(seed);
        AcademicYear first = AcademicYear.of(2022 + r.nextInt(6));
        Period period = Period.of(first.start(), first.next().end());
        int n = shape.members();

        List<Institution> institutions = new ArrayList<>();
        List<Member> members = new ArrayList<>();
        List<Person> people = new ArrayList<>();
        int urnBase = 100000 + r.nextInt(800000 - n);
        for (int i = 1; i <= n; i++) {
            String id = "s" + i;
            institutions.add(school(id, "School " + i, urnBase + i, i == n && n > 2 && r.nextBoolean()));
            members.add(Member.of(id, period.start()));
            Set<Role> extra = i == 1 ? EnumSet.of(Role.PARTNERSHIP_LEAD) : EnumSet.noneOf(Role.class);
            if (r.nextBoolean()) {
                Set<Role> roles = EnumSet.of(Role.CHAMPION, Role.PROJECT_LEAD);
                roles.addAll(extra);
                people.add(person("p" + i, "Teacher " + i, id, roles));
            } else {
                people.add(person("p" + i + "c", "Champion " + i, id, EnumSet.of(Role.CHAMPION)));
                Set<Role> roles = EnumSet.of(Role.PROJECT_LEAD);
                roles.addAll(extra);
                people.add(person("p" + i + "l", "Lead " + i, id, roles));
            }
        }
        institutions.add(Institution.builder()
                .id("stem-learning")
                .name("STEM Learning")
                .kind(InstitutionKind.CHARITY)
                .build());

        Partnership partnership = Partnership.builder()
                .id("partnership-" + Long.toHexString(seed))
                .name("Partnership " + Long.toHexString(seed))
                .programme("STEM Learning ENTHUSE Partnerships")
                .leadInstitutionId("s1")
                .deputyLeadInstitutionId("s2")
                .members(members)
                .period(period)
                .status(PartnershipStatus.ACTIVE)
                .build();

        List<Objective> objectives = objectives(r, shape.objectives(), first, period);
        List<Activity> activities = new ArrayList<>();
        activities.add(Activity.builder()
                .id("A1")
                .title("Champion meeting")
                .type(ActivityType.CHAMPION_MEETING)
                .schedule(Schedule.eachTerm(period))
                .hostInstitutionId("s1")
                .addObjectiveId("O1")
                .build());
        Funding.Builder funding = Funding.builder();
        Money costs = Money.ZERO;
        for (int a = 2; a <= shape.activities(); a++) {
            Activity.Builder b = Activity.builder()
                    .id("A" + a)
                    .title("Activity " + a)
                    .type(TYPES.get(r.nextInt(TYPES.size())))
                    .schedule(schedule(r, first))
                    .hostInstitutionId("s" + (1 + r.nextInt(n)))
                    .addObjectiveId("O" + (1 + (a - 2) % shape.objectives()));
            if (r.nextInt(4) == 0) {
                b.addObjectiveId("O" + (1 + r.nextInt(shape.objectives())));
            }
            if (r.nextBoolean()) {
                // A few named schools (empty means every member); capped so that a plan ten times
                // larger holds ten times the references, not a hundred.
                TreeSet<Integer> chosen = new TreeSet<>();
                int k = 1 + r.nextInt(Math.min(n, 6));
                while (chosen.size() < k) {
                    chosen.add(1 + r.nextInt(n));
                }
                chosen.forEach(i -> b.addParticipantInstitutionId("s" + i));
            }
            if (r.nextBoolean()) {
                Money cost = Money.ofPence(10_000L * (1 + r.nextInt(50)));
                costs = costs.plus(cost);
                b.cost(cost).fundingSourceId("F1");
                funding.addAllocation(Allocation.of("F1", "A" + a, cost));
                if (r.nextBoolean()) {
                    funding.addSpend(Spend.builder()
                            .fundingSourceId("F1")
                            .activityId("A" + a)
                            .date(period.start().plusDays(r.nextInt(600)))
                            .amount(Money.ofPence(cost.toPence() / (1 + r.nextInt(3))))
                            .build());
                }
            }
            activities.add(b.build());
        }
        funding.addSource(FundingSource.builder()
                .id("F1")
                .name("ENTHUSE Partnership support")
                .kind(FundingKind.PROGRAMME)
                .amount(costs.plus(Money.ofPence(r.nextInt(1_000_000))))
                .funderInstitutionId("stem-learning")
                .build());

        return PartnershipPlan.builder()
                .partnership(partnership)
                .institutions(institutions)
                .people(people)
                .agreement(agreement(r, members, period))
                .objectives(objectives)
                .activities(activities)
                .funding(funding.build())
                .evaluationPlan(evaluation(objectives))
                .build();
    }

    static Institution school(String id, String name, int urn, boolean college) {
        return Institution.builder()
                .id(id)
                .name(name)
                .kind(college ? InstitutionKind.COLLEGE : InstitutionKind.SCHOOL)
                .urn(Urn.of(urn))
                .build();
    }

    static Person person(String id, String name, String institutionId, Set<Role> roles) {
        return Person.builder()
                .id(id)
                .name(name)
                .roles(roles)
                .institutionId(institutionId)
                .build();
    }

    static Approval approval(String institutionId, LocalDate date) {
        return Approval.builder()
                .institutionId(institutionId)
                .governingBody("Full governing board")
                .date(date)
                .minuteReference("FGB " + date + " item 4")
                .build();
    }

    private static Agreement agreement(SplittableRandom r, List<Member> members, Period period) {
        AgreementVersion.Builder v = AgreementVersion.builder()
                .number(1)
                .status(AgreementStatus.IN_FORCE)
                .date(period.start().minusDays(90));
        for (SectionKind kind : SectionKind.values()) {
            if (kind != SectionKind.OTHER) {
                v.addSection(Section.of(
                        kind, "What the partners agree about " + kind.heading().toLowerCase()));
            }
        }
        for (Member m : members) {
            v.addParty(m.institutionId());
            v.addApproval(approval(m.institutionId(), period.start().minusDays(1 + r.nextInt(60))));
        }
        return Agreement.builder()
                .id("mou")
                .title("Memorandum of understanding")
                .addVersion(v.build())
                .build();
    }

    private static List<Objective> objectives(SplittableRandom r, int count, AcademicYear first, Period period) {
        List<Objective> out = new ArrayList<>();
        for (int o = 1; o <= count; o++) {
            Objective.Builder b = Objective.builder()
                    .id("O" + o)
                    .title("Objective " + o)
                    .area(Area.values()[r.nextInt(Area.values().length)]);
            if (o == 1) {
                // O1 always measures teachers and pupils (engagement evaluated) and targets FSM
                // pupils (pupil-level data, so the agreement's data-protection section matters).
                b.addPupilGroup(PupilGroup.of(Characteristic.FSM_ELIGIBLE, "Y"));
                b.addMeasure(measure(r, "O1-M1", "Teachers confident teaching practical science", first, period));
                b.addMeasure(measure(r, "O1-M2", "FSM pupils choosing a STEM subject", first, period));
            } else {
                int measures = 1 + r.nextInt(2);
                for (int m = 1; m <= measures; m++) {
                    String who = r.nextBoolean() ? "Teachers" : "Pupils";
                    b.addMeasure(measure(r, "O" + o + "-M" + m, who + " measure " + o + "." + m, first, period));
                }
            }
            out.add(b.build());
        }
        return out;
    }

    private static Measure measure(SplittableRandom r, String id, String name, AcademicYear first, Period period) {
        Direction direction = r.nextInt(4) == 0 ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER;
        int base = 20 + r.nextInt(50);
        int step = direction == Direction.HIGHER_IS_BETTER ? 5 : -5;
        Measure.Builder b = Measure.builder()
                .id(id)
                .name(name)
                .kind(MeasureKind.QUANTITATIVE)
                .unit("%")
                .direction(direction)
                .baseline(Baseline.of(BigDecimal.valueOf(base), first.start().minusMonths(3), "school MIS"))
                .dataSource("school MIS");
        if (r.nextBoolean()) {
            b.addTarget(Target.of(BigDecimal.valueOf(base + step), first.end()));
        }
        b.addTarget(Target.of(BigDecimal.valueOf(base + 2L * step), period.end()));
        return b.build();
    }

    private static Schedule schedule(SplittableRandom r, AcademicYear first) {
        AcademicYear year = r.nextBoolean() ? first : first.next();
        if (r.nextBoolean()) {
            return Schedule.in(AcademicTerm.of(year, Term.values()[r.nextInt(3)]));
        }
        return Schedule.on(schoolDay(r, TermDates.defaults(year)));
    }

    /** A weekday inside a half-term of {@code dates}. */
    static LocalDate schoolDay(SplittableRandom r, TermDates dates) {
        Period half = dates.periodOf(HalfTerm.values()[r.nextInt(HalfTerm.values().length)]);
        LocalDate d = half.start().plusDays(r.nextInt((int) Math.max(1, half.days())));
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.minusDays(1);
        }
        return d.isBefore(half.start()) ? half.start() : d;
    }

    private static EvaluationPlan evaluation(List<Objective> objectives) {
        Set<String> all = new LinkedHashSet<>();
        objectives.forEach(o -> all.add(o.id()));
        return EvaluationPlan.builder()
                .addQuestion(EvaluationQuestion.builder()
                        .id("Q1")
                        .text("Did the partnership move its measures towards their targets?")
                        .type(EvaluationType.IMPACT)
                        .objectiveIds(all)
                        .build())
                .addQuestion(EvaluationQuestion.builder()
                        .id("Q2")
                        .text("Was the action plan delivered as intended?")
                        .type(EvaluationType.PROCESS)
                        .build())
                .addDataSource("school MIS")
                .addDataSource("teacher and pupil surveys")
                .dataSharing("Aggregate figures only, shared termly under the agreement's data protection section")
                .analysis("Before-and-after comparison of each measure against its baseline")
                .evidenceDesign(EvidenceDesign.BEFORE_AFTER_NO_COMPARISON)
                .build();
    }
}
