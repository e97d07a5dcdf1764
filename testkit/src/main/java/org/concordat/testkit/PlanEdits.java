package org.concordat.testkit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.concordat.agreement.Agreement;
import org.concordat.agreement.AgreementVersion;
import org.concordat.calendar.AcademicYear;
import org.concordat.calendar.HalfTerm;
import org.concordat.calendar.TermDates;
import org.concordat.partnership.Member;
import org.concordat.partnership.Partnership;
import org.concordat.partnership.Person;
import org.concordat.partnership.Role;
import org.concordat.plan.Activity;
import org.concordat.plan.ActivityType;
import org.concordat.plan.Baseline;
import org.concordat.plan.EvaluationPlan;
import org.concordat.plan.EvaluationQuestion;
import org.concordat.plan.Measure;
import org.concordat.plan.MeasureKind;
import org.concordat.plan.Objective;
import org.concordat.plan.PartnershipPlan;
import org.concordat.plan.Schedule;
import org.concordat.plan.Target;
import org.concordat.school.Institution;

/** The changes breakers make, each keeping the rest of a generated valid plan intact. */
final class PlanEdits {
    /** A school that is not a member, with a URN no generated member has. */
    static final Institution OUTSIDER = ValidPlanFactory.school("outsider", "Outsider School", 999_999, false);

    private PlanEdits() {}

    static <T> List<T> append(List<T> list, T item) {
        List<T> out = new ArrayList<>(list);
        out.add(item);
        return out;
    }

    static LocalDate start(PartnershipPlan p) {
        return p.partnership().period().start();
    }

    static Partnership.Builder partnership(PartnershipPlan p) {
        return Partnership.builder().from(p.partnership());
    }

    static String lastMember(PartnershipPlan p) {
        List<Member> members = p.partnership().members();
        return members.get(members.size() - 1).institutionId();
    }

    static PartnershipPlan withOutsider(PartnershipPlan p) {
        return p.institution(OUTSIDER.id()).isPresent() ? p : p.withInstitutions(append(p.institutions(), OUTSIDER));
    }

    static PartnershipPlan onlyLead(PartnershipPlan p) {
        String lead = p.partnership().leadInstitutionId();
        Partnership.Builder pb = partnership(p)
                .members(p.partnership().members().stream()
                        .filter(m -> m.institutionId().equals(lead))
                        .toList())
                .deputyLeadInstitutionId(Optional.empty());
        PartnershipPlan out = withVersion(
                p.withPartnership(pb.build()),
                v -> AgreementVersion.builder()
                        .from(v)
                        .parties(List.of(lead))
                        .approvals(v.approvals().stream()
                                .filter(a -> a.institutionId().equals(lead))
                                .toList())
                        .build());
        return out.withActivities(out.activities().stream()
                .map(a -> Activity.builder()
                        .from(a)
                        .participantInstitutionIds(a.participantInstitutionIds().stream()
                                .filter(lead::equals)
                                .toList())
                        .build())
                .toList());
    }

    /** {@code p} with {@code school} as a full member: champion and project lead, party, approved. */
    static PartnershipPlan addMember(PartnershipPlan p, Institution school) {
        String id = school.id();
        PartnershipPlan out = p.withInstitutions(append(p.institutions(), school))
                .withPeople(append(
                        p.people(),
                        ValidPlanFactory.person(
                                "p-" + id,
                                "Teacher at " + school.name(),
                                id,
                                EnumSet.of(Role.CHAMPION, Role.PROJECT_LEAD))))
                .withPartnership(
                        partnership(p).addMember(Member.of(id, start(p))).build());
        return withVersion(
                out,
                v -> AgreementVersion.builder()
                        .from(v)
                        .addParty(id)
                        .addApproval(ValidPlanFactory.approval(id, start(p).minusDays(10)))
                        .build());
    }

    static PartnershipPlan withoutRole(PartnershipPlan p, String institutionId, Role role) {
        List<Person> people = new ArrayList<>();
        for (Person person : p.people()) {
            if (person.institutionId().filter(institutionId::equals).isPresent() && person.has(role)) {
                EnumSet<Role> roles = EnumSet.copyOf(person.roles());
                roles.remove(role);
                if (!roles.isEmpty()) {
                    people.add(Person.builder().from(person).roles(roles).build());
                }
            } else {
                people.add(person);
            }
        }
        return p.withPeople(people);
    }

    static PartnershipPlan withVersion(PartnershipPlan p, UnaryOperator<AgreementVersion> change) {
        Agreement a = p.agreement().orElseThrow();
        AgreementVersion v = a.inForce().orElse(a.latest());
        return p.withAgreement(a.withVersion(change.apply(v)));
    }

    static PartnershipPlan withFirstMeasure(PartnershipPlan p, UnaryOperator<Measure> change) {
        List<Objective> objectives = new ArrayList<>(p.objectives());
        Objective o = objectives.get(0);
        List<Measure> measures = new ArrayList<>(o.measures());
        measures.set(0, change.apply(measures.get(0)));
        objectives.set(0, Objective.builder().from(o).measures(measures).build());
        return p.withObjectives(objectives);
    }

    static PartnershipPlan withActivity(PartnershipPlan p, String id, UnaryOperator<Activity> change) {
        return p.withActivities(p.activities().stream()
                .map(a -> a.id().equals(id) ? change.apply(a) : a)
                .toList());
    }

    static PartnershipPlan withQuestion(PartnershipPlan p, UnaryOperator<EvaluationQuestion> change) {
        EvaluationPlan e = p.evaluationPlan().orElseThrow();
        return p.withEvaluationPlan(e.withQuestions(e.questions().stream()
                .map(q -> q.id().equals("Q1") ? change.apply(q) : q)
                .toList()));
    }

    /** {@code p} with {@code o} evaluated by Q1 and, if {@code served}, served by A1. */
    static PartnershipPlan addObjective(PartnershipPlan p, Objective o, boolean served) {
        PartnershipPlan out = withQuestion(
                p.withObjectives(append(p.objectives(), o)),
                q -> EvaluationQuestion.builder().from(q).addObjectiveId(o.id()).build());
        return served
                ? withActivity(
                        out,
                        "A1",
                        a -> Activity.builder().from(a).addObjectiveId(o.id()).build())
                : out;
    }

    static Measure measureLike(PartnershipPlan p, String id) {
        return Measure.builder()
                .id(id)
                .name("Pupils attending STEM clubs")
                .kind(MeasureKind.QUANTITATIVE)
                .unit("%")
                .baseline(Baseline.of(BigDecimal.TEN, start(p).minusMonths(1), "club registers"))
                .addTarget(Target.of(
                        BigDecimal.valueOf(20), p.partnership().period().end()))
                .build();
    }

    static PartnershipPlan addActivity(
            PartnershipPlan p, String id, ActivityType type, Schedule when, boolean servesO1) {
        Activity.Builder a = Activity.builder()
                .id(id)
                .title("Extra " + type.name().toLowerCase(java.util.Locale.ROOT))
                .type(type)
                .schedule(when);
        if (servesO1) {
            a.addObjectiveId("O1");
        }
        return p.withActivities(append(p.activities(), a.build()));
    }

    /** A week into the first half-term that starts inside the plan (plans start on a term's first day). */
    static Schedule firstSchoolDay(PartnershipPlan p) {
        AcademicYear year = AcademicYear.containing(start(p));
        for (AcademicYear y : List.of(year, year.next())) {
            for (HalfTerm h : HalfTerm.values()) {
                LocalDate first = TermDates.defaults(y).periodOf(h).start();
                if (!first.isBefore(start(p))) {
                    return Schedule.on(first.plusDays(7));
                }
            }
        }
        throw new IllegalStateException("plan " + p.partnership().id() + ": no half-term starts inside it");
    }

    static LocalDate schoolDayAfter(PartnershipPlan p) {
        LocalDate after = p.partnership().period().end().plusDays(1);
        return TermDates.defaults(AcademicYear.containing(after))
                .periodOf(HalfTerm.values()[0])
                .start()
                .plusDays(7);
    }
}
