package org.concordat.testkit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.concordat.agreement.Agreement;
import org.concordat.agreement.AgreementStatus;
import org.concordat.agreement.AgreementVersion;
import org.concordat.agreement.Approval;
import org.concordat.agreement.Section;
import org.concordat.agreement.SectionKind;
import org.concordat.calendar.AcademicYear;
import org.concordat.calendar.Period;
import org.concordat.calendar.Term;
import org.concordat.calendar.TermDates;
import org.concordat.money.Money;
import org.concordat.partnership.Area;
import org.concordat.partnership.Focus;
import org.concordat.partnership.Member;
import org.concordat.partnership.Partnership;
import org.concordat.partnership.PartnershipStatus;
import org.concordat.partnership.Person;
import org.concordat.partnership.Role;
import org.concordat.partnership.Subject;
import org.concordat.plan.Activity;
import org.concordat.plan.ActivityStatus;
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
import org.concordat.school.LaEstab;
import org.concordat.school.Phase;
import org.concordat.school.Postcode;
import org.concordat.school.Ukprn;
import org.concordat.school.Urn;

/**
 * Builds plans that satisfy every built-in rule by construction (no filtering): from the start of a
 * term to the end of the next academic year; every member a party that approved the agreement on a
 * school day before the plan starts; a champion and a project lead in every member; every objective
 * measured, served by an activity that is not cancelled, and evaluated; termly champion meetings;
 * activities on school days of the default term dates; spends after their activity, on school
 * days; money within its sources. Institutions, places and names follow {@link Places}.
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
        // Most partnerships start in September; some start in January or after Easter and still
        // run to the end of the next academic year.
        int t = r.nextInt(100);
        Term startTerm = t < 60 ? Term.AUTUMN : t < 85 ? Term.SPRING : Term.SUMMER;
        LocalDate start = TermDates.defaults(first).periodOf(startTerm).start();
        Period period = Period.of(start, first.next().end());
        PlanDays cal = new PlanDays(period, first);
        int n = shape.members();
        Places.Authority home = Places.authority(r);

        List<Institution> institutions = new ArrayList<>();
        List<Member> members = new ArrayList<>();
        List<Person> people = new ArrayList<>();
        Set<Integer> urns = new HashSet<>();
        Set<Integer> universityUkprns = new HashSet<>();
        Set<Phase> phases = EnumSet.noneOf(Phase.class);
        for (int i = 1; i <= n; i++) {
            String id = "s" + i;
            // Members beyond the first four (never the last, which breakers rely on) may join late or
            // leave early, so the programme's group size at the start is unchanged by them.
            Member.Builder member = Member.builder().institutionId(id).joined(start);
            if (i >= 5 && i < n) {
                int x = r.nextInt(100);
                if (x < 20) {
                    member.joined(cal.laterTermStart(r));
                } else if (x < 32) {
                    member.left(cal.termEndBeforeTheEnd(r));
                }
            }
            members.add(member.build());
            Places.Authority la = r.nextInt(4) == 0 ? Places.authority(r) : home;
            Institution inst = i >= 3 && i < n && r.nextInt(100) < 8
                    ? university(id, la, r, universityUkprns)
                    : member(id, i == 1, la, r, urns);
            inst.phase().ifPresent(phases::add);
            institutions.add(inst);
            Set<Role> extra = i == 1 ? EnumSet.of(Role.PARTNERSHIP_LEAD) : EnumSet.noneOf(Role.class);
            if (r.nextBoolean()) {
                Set<Role> roles = EnumSet.of(Role.CHAMPION, Role.PROJECT_LEAD);
                roles.addAll(extra);
                people.add(staff(r, "p" + i, inst, roles));
            } else {
                people.add(staff(r, "p" + i + "c", inst, EnumSet.of(Role.CHAMPION)));
                Set<Role> roles = EnumSet.of(Role.PROJECT_LEAD);
                roles.addAll(extra);
                people.add(staff(r, "p" + i + "l", inst, roles));
            }
        }
        institutions.add(Institution.builder()
                .id("stem-learning")
                .name("STEM Learning")
                .kind(InstitutionKind.CHARITY)
                .postcode(Postcode.parse("YO10 5DD"))
                .region("Yorkshire and the Humber")
                .build());
        // Bodies around the partnership that are not members: the trust of its academies, the local
        // authority, an employer that funds some of the work, a university that hosts some of it,
        // and others.
        boolean employer = r.nextBoolean();
        if (r.nextBoolean()) {
            institutions.add(body("trust", Places.trustName(r), InstitutionKind.ACADEMY_TRUST, home, r));
        }
        if (r.nextBoolean()) {
            institutions.add(body("la", home.name() + " Council", InstitutionKind.LOCAL_AUTHORITY, home, r));
        }
        if (employer) {
            institutions.add(body("employer", Places.employerName(r), InstitutionKind.EMPLOYER, home, r));
        }
        if (r.nextBoolean()) {
            institutions.add(body("university", Places.universityName(home), InstitutionKind.UNIVERSITY, home, r));
        }
        if (r.nextInt(3) == 0) {
            // A body that fits no other kind, such as the regional STEM Ambassador hub.
            institutions.add(body("hub", home.region() + " STEM Ambassador Hub", InstitutionKind.OTHER, home, r));
        }

        Partnership partnership = Partnership.builder()
                .id("partnership-" + Long.toHexString(seed))
                .name(home.name() + " STEM Partnership " + Long.toHexString(seed))
                .programme("STEM Learning ENTHUSE Partnerships")
                .leadInstitutionId("s1")
                .deputyLeadInstitutionId("s2")
                .members(members)
                .focus(Focus.builder()
                        .addAllSubjects(someOf(r, STEM_SUBJECTS, 1 + r.nextInt(3)))
                        .phases(phases)
                        .addAllAreas(someOf(r, List.of(Area.values()), 1 + r.nextInt(2)))
                        .build())
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
            PlanDays.Planned when = cal.schedule(r, r.nextInt(shape.scheduleForms()));
            // Only activities beyond the one that serves each objective may be cancelled, so every
            // objective keeps an activity that takes place.
            boolean spare = a - 2 >= shape.objectives();
            ActivityStatus status = cal.status(r, when.first(), spare);
            ActivityType type = TYPES.get(r.nextInt(TYPES.size()));
            Activity.Builder b = Activity.builder()
                    .id("A" + a)
                    .title(title(type, r))
                    .type(type)
                    .schedule(when.schedule())
                    .status(status)
                    .hostInstitutionId("s" + (1 + r.nextInt(n)))
                    .addObjectiveId("O" + (1 + (a - 2) % shape.objectives()));
            if (status != ActivityStatus.CANCELLED && when.schedule() instanceof Schedule.On && r.nextInt(10) == 0) {
                b.description("Rescheduled from " + when.first().minusDays(7) + " (host's clash with mock exams)");
            }
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
            if (status != ActivityStatus.CANCELLED && r.nextBoolean()) {
                Money cost = Money.ofPence(10_000L * (1 + r.nextInt(50)));
                costs = costs.plus(cost);
                b.cost(cost).fundingSourceId("F1");
                funding.addAllocation(Allocation.of("F1", "A" + a, cost));
                if (status == ActivityStatus.DELIVERED && r.nextInt(3) > 0) {
                    // Paid after the activity, on a school day, within the plan.
                    funding.addSpend(Spend.builder()
                            .fundingSourceId("F1")
                            .activityId("A" + a)
                            .date(cal.schoolDayFrom(when.last().plusDays(1 + r.nextInt(20))))
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
        if (employer) {
            funding.addSource(FundingSource.builder()
                    .id("F2")
                    .name("Industry sponsorship")
                    .kind(FundingKind.INDUSTRY)
                    .amount(Money.ofPence(100_000L * (5 + r.nextInt(20))))
                    .funderInstitutionId("employer")
                    .build());
        }

        return PartnershipPlan.builder()
                .partnership(partnership)
                .institutions(institutions)
                .people(people)
                .agreement(agreement(r, members, period, cal))
                .objectives(objectives)
                .activities(activities)
                .funding(funding.build())
                .evaluationPlan(evaluation(objectives))
                .build();
    }

    private static final List<Subject> STEM_SUBJECTS = List.of(
            Subject.SCIENCE,
            Subject.BIOLOGY,
            Subject.CHEMISTRY,
            Subject.PHYSICS,
            Subject.ENGINEERING,
            Subject.MATHEMATICS,
            Subject.COMPUTING,
            Subject.DESIGN_AND_TECHNOLOGY);

    private static <T> List<T> someOf(SplittableRandom r, List<T> options, int k) {
        List<T> out = new ArrayList<>();
        while (out.size() < Math.min(k, options.size())) {
            T t = options.get(r.nextInt(options.size()));
            if (!out.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    private static String title(ActivityType type, SplittableRandom r) {
        String topic = List.of(
                        "forces and motion",
                        "practical chemistry",
                        "maths mastery",
                        "coding in KS3",
                        "careers in engineering",
                        "ecology fieldwork",
                        "electricity")
                .get(r.nextInt(7));
        return type.name().charAt(0)
                + type.name().substring(1).toLowerCase(Locale.ROOT).replace('_', ' ') + ": " + topic;
    }

    /** A school or college member with the identifiers GIAS gives it; the lead is always a school. */
    private static Institution member(
            String id, boolean lead, Places.Authority la, SplittableRandom r, Set<Integer> urns) {
        Phase phase = Places.phase(r);
        while (lead && phase == Phase.SIXTEEN_PLUS) {
            phase = Places.phase(r);
        }
        int urn;
        do {
            urn = 100000 + r.nextInt(60000);
        } while (!urns.add(urn));
        boolean college = phase == Phase.SIXTEEN_PLUS;
        String name = Places.schoolName(phase, la, r);
        Institution.Builder b = Institution.builder()
                .id(id)
                .name(name)
                .kind(
                        college
                                ? (name.endsWith("Sixth Form College")
                                        ? InstitutionKind.SIXTH_FORM_COLLEGE
                                        : InstitutionKind.COLLEGE)
                                : InstitutionKind.SCHOOL)
                .urn(Urn.of(urn))
                .phase(phase)
                .ageRange(Places.ageRange(phase, r))
                .localAuthority(la.name())
                .region(la.region())
                .postcode(Places.postcode(la, r));
        if (college || r.nextInt(10) < 6) {
            b.ukprn(Ukprn.of(10_000_000 + urn));
        }
        if (!college) {
            b.laEstab(LaEstab.of(la.code(), Places.establishmentNumber(phase, r)))
                    .establishmentType(
                            name.contains("Academy")
                                    ? "Academy converter"
                                    : name.contains("CE") || name.contains("Catholic")
                                            ? "Voluntary aided school"
                                            : "Community school");
        }
        return b.build();
    }

    /** A university member; its UKPRN is drawn again until no other university in the plan has it. */
    private static Institution university(String id, Places.Authority la, SplittableRandom r, Set<Integer> ukprns) {
        int ukprn;
        do {
            ukprn = 10_007_000 + r.nextInt(1000);
        } while (!ukprns.add(ukprn));
        return Institution.builder()
                .id(id)
                .name(Places.universityName(la))
                .kind(InstitutionKind.UNIVERSITY)
                .ukprn(Ukprn.of(ukprn))
                .localAuthority(la.name())
                .region(la.region())
                .postcode(Places.postcode(la, r))
                .build();
    }

    private static Institution body(
            String id, String name, InstitutionKind kind, Places.Authority la, SplittableRandom r) {
        return Institution.builder()
                .id(id)
                .name(name)
                .kind(kind)
                .localAuthority(la.name())
                .region(la.region())
                .postcode(Places.postcode(la, r))
                .build();
    }

    private static Person staff(SplittableRandom r, String id, Institution at, Set<Role> roles) {
        String name = Places.staffName(r);
        return Person.builder()
                .id(id)
                .name(name)
                .roles(roles)
                .institutionId(at.id())
                .email(Places.workEmail(name, at.name()))
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

    private static Agreement agreement(SplittableRandom r, List<Member> members, Period period, PlanDays cal) {
        LocalDate latest = cal.lastSchoolDayBefore(period.start());
        AgreementVersion.Builder v = AgreementVersion.builder()
                .number(1)
                .status(AgreementStatus.IN_FORCE)
                .date(cal.schoolDayFrom(latest.minusDays(90)));
        for (SectionKind kind : SectionKind.values()) {
            if (kind != SectionKind.OTHER) {
                v.addSection(Section.of(
                        kind, "What the partners agree about " + kind.heading().toLowerCase(Locale.ROOT)));
            }
        }
        for (Member m : members) {
            v.addParty(m.institutionId());
            // Governing bodies meet in term time: a school day within the two months before the start.
            v.addApproval(approval(m.institutionId(), cal.schoolDayOnOrBefore(latest.minusDays(r.nextInt(60)))));
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
