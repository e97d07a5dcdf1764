package org.concordat.benchmarks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.concordat.agreement.Agreement;
import org.concordat.agreement.AgreementStatus;
import org.concordat.agreement.AgreementVersion;
import org.concordat.agreement.Approval;
import org.concordat.agreement.Section;
import org.concordat.agreement.SectionKind;
import org.concordat.calendar.AcademicTerm;
import org.concordat.calendar.Period;
import org.concordat.evaluation.Observation;
import org.concordat.money.Money;
import org.concordat.partnership.Member;
import org.concordat.partnership.Partnership;
import org.concordat.partnership.PartnershipStatus;
import org.concordat.partnership.Person;
import org.concordat.partnership.Role;
import org.concordat.plan.Activity;
import org.concordat.plan.ActivityStatus;
import org.concordat.plan.ActivityType;
import org.concordat.plan.Baseline;
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
import org.concordat.plan.PlannedOutput;
import org.concordat.plan.Schedule;
import org.concordat.plan.Target;
import org.concordat.school.Institution;
import org.concordat.school.InstitutionKind;
import org.concordat.school.Urn;

/**
 * A 17-school partnership plan, the size STEM Learning's largest ENTHUSE partnership reached: every
 * school with a champion and a headteacher, an MOU in force with 17 governing body approvals, two
 * objectives with four measures, a recurring champion meeting and newsletter plus four activities
 * per school over two years, and one observation per school and measure.
 */
final class SeventeenSchools {
    static final int SCHOOLS = 17;

    private SeventeenSchools() {}

    static String school(int i) {
        return "urn-" + (140000 + i);
    }

    static PartnershipPlan plan() {
        Period period = Period.parse("2025-09-01/2027-08-31");
        List<Institution> institutions = new ArrayList<>();
        List<Person> people = new ArrayList<>();
        List<Member> members = new ArrayList<>();
        List<Approval> approvals = new ArrayList<>();
        List<Activity> activities = new ArrayList<>();
        List<String> parties = new ArrayList<>();
        ActivityType[] types = {
            ActivityType.CPD_COURSE,
            ActivityType.AMBASSADOR_VISIT,
            ActivityType.PUPIL_ENRICHMENT,
            ActivityType.TEACHER_PLACEMENT
        };
        for (int i = 1; i <= SCHOOLS; i++) {
            String id = school(i);
            parties.add(id);
            institutions.add(Institution.builder()
                    .id(id)
                    .name("School number " + i + " Academy")
                    .kind(InstitutionKind.SCHOOL)
                    .urn(Urn.of(140000 + i))
                    .build());
            members.add(Member.of(id, LocalDate.of(2025, 7, 1)));
            people.add(Person.builder()
                    .id("champion-" + i)
                    .name("Champion " + i)
                    .roles(
                            i == 1
                                    ? EnumSet.of(Role.CHAMPION, Role.PARTNERSHIP_LEAD, Role.PROJECT_LEAD)
                                    : EnumSet.of(Role.CHAMPION, Role.PROJECT_LEAD))
                    .institutionId(id)
                    .email("champion" + i + "@school" + i + ".example.org.uk")
                    .build());
            people.add(Person.builder()
                    .id("head-" + i)
                    .name("Head " + i)
                    .roles(EnumSet.of(Role.HEADTEACHER))
                    .institutionId(id)
                    .email("head@school" + i + ".example.org.uk")
                    .build());
            approvals.add(Approval.builder()
                    .institutionId(id)
                    .governingBody("Local governing board of school " + i)
                    .date(LocalDate.of(2025, 7, 1).plusDays(i))
                    .minuteReference("LGB 2025/" + i)
                    .build());
            for (int a = 0; a < types.length; a++) {
                LocalDate day = LocalDate.of(2025, 10, 1).plusWeeks(a * 12L + i);
                activities.add(Activity.builder()
                        .id("A" + i + "-" + a)
                        .title(types[a].name()
                                        .toLowerCase(java.util.Locale.ROOT)
                                        .replace('_', ' ') + " at school " + i)
                        .type(types[a])
                        .schedule(Schedule.on(day))
                        .status(
                                day.isBefore(LocalDate.of(2026, 4, 1))
                                        ? ActivityStatus.DELIVERED
                                        : ActivityStatus.SCHEDULED)
                        .hostInstitutionId(id)
                        .leadPersonId("champion-" + i)
                        .addObjectiveIds(a % 2 == 0 ? "O1" : "O2")
                        .addPlannedOutputs(PlannedOutput.of("teachers attending", 5 + a))
                        .cost(Money.ofPence(25_000L * (a + 1)))
                        .fundingSourceId("F1")
                        .build());
            }
        }
        activities.add(Activity.builder()
                .id("CM")
                .title("Champion meeting")
                .type(ActivityType.CHAMPION_MEETING)
                .schedule(Schedule.eachTerm(period))
                .leadPersonId("champion-1")
                .addObjectiveIds("O1", "O2")
                .build());
        activities.add(Activity.builder()
                .id("NL")
                .title("Partnership newsletter")
                .type(ActivityType.NEWSLETTER)
                .schedule(Schedule.eachTerm(period))
                .leadPersonId("champion-2")
                .addObjectiveIds("O2")
                .build());
        List<Section> sections = new ArrayList<>();
        for (SectionKind kind : SectionKind.values()) {
            if (kind != SectionKind.OTHER) {
                sections.add(Section.of(
                        kind,
                        "What the partners agree on " + kind.heading().toLowerCase(java.util.Locale.ROOT)
                                + ", written out in a paragraph of ordinary length for an MOU section."));
            }
        }
        AgreementVersion mou = AgreementVersion.builder()
                .number(1)
                .status(AgreementStatus.IN_FORCE)
                .date(LocalDate.of(2025, 6, 20))
                .parties(parties)
                .sections(sections)
                .approvals(approvals)
                .build();
        return PartnershipPlan.builder()
                .partnership(Partnership.builder()
                        .id("seventeen")
                        .name("Seventeen Schools STEM Partnership")
                        .programme("STEM Learning ENTHUSE Partnerships")
                        .leadInstitutionId(school(1))
                        .deputyLeadInstitutionId(school(2))
                        .members(members)
                        .period(period)
                        .status(PartnershipStatus.ACTIVE)
                        .build())
                .institutions(institutions)
                .people(people)
                .agreement(Agreement.builder()
                        .id("mou")
                        .title("Memorandum of understanding")
                        .addVersion(mou)
                        .build())
                .addObjectives(objective(
                        "O1", "M1", "Disadvantaged pupils achieving grade 5+ in maths", "31.0", "34.0", "38.0"))
                .addObjectives(objective("O2", "M2", "Year 9 pupils choosing triple science", "40.0", "45.0", "50.0"))
                .activities(activities)
                .evaluationPlan(EvaluationPlan.builder()
                        .addQuestions(question("Q1", "Did disadvantaged pupils' maths results rise?", "O1"))
                        .addQuestions(question("Q2", "Did more Year 9 pupils choose triple science?", "O2"))
                        .addQuestions(EvaluationQuestion.builder()
                                .id("Q3")
                                .text("Were the activities delivered as planned?")
                                .type(EvaluationType.PROCESS)
                                .addObjectiveIds("O1", "O2")
                                .build())
                        .addDataSources("KS4 results from each school's MIS")
                        .evidenceDesign(EvidenceDesign.BEFORE_AFTER_NO_COMPARISON)
                        .build())
                .funding(Funding.builder()
                        .addSources(FundingSource.builder()
                                .id("F1")
                                .name("ENTHUSE Partnership support")
                                .kind(FundingKind.PROGRAMME)
                                .amount(Money.ofPence(3_000_000))
                                .build())
                        .build())
                .build();
    }

    private static EvaluationQuestion question(String id, String text, String objectiveId) {
        return EvaluationQuestion.builder()
                .id(id)
                .text(text)
                .type(EvaluationType.IMPACT)
                .addObjectiveIds(objectiveId)
                .build();
    }

    private static Objective objective(String id, String measure, String name, String base, String t1, String t2) {
        return Objective.builder()
                .id(id)
                .title(name)
                .addMeasures(Measure.builder()
                        .id(measure)
                        .name(name)
                        .kind(MeasureKind.QUANTITATIVE)
                        .unit("%")
                        .baseline(Baseline.of(new BigDecimal(base), LocalDate.of(2025, 8, 21), "2025 results"))
                        .addTargets(Target.of(new BigDecimal(t1), LocalDate.of(2026, 8, 31)))
                        .addTargets(Target.of(new BigDecimal(t2), LocalDate.of(2027, 8, 31)))
                        .build())
                .build();
    }

    /** One observation per school and measure for 2025/26, some for too few pupils to show. */
    static List<Observation> observations() {
        List<Observation> out = new ArrayList<>();
        for (String measure : List.of("M1", "M2")) {
            for (int i = 1; i <= SCHOOLS; i++) {
                out.add(Observation.builder()
                        .measureId(measure)
                        .institution(school(i))
                        .period(Period.parse("2025-09-01/2026-08-31"))
                        .value(new BigDecimal(30 + i % 9))
                        .n(i % 5 == 0 ? 6 : 60 + i)
                        .source("2026 results")
                        .build());
            }
            out.add(Observation.builder()
                    .measureId(measure)
                    .period(Period.parse("2025-09-01/2026-08-31"))
                    .value(new BigDecimal("33.5"))
                    .n(1200)
                    .source("2026 results")
                    .build());
        }
        return out;
    }

    static AcademicTerm term() {
        return AcademicTerm.parse("2025/26 spring");
    }
}
