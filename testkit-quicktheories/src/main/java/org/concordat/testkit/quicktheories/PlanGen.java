package org.concordat.testkit.quicktheories;

import static org.concordat.testkit.quicktheories.TextGen.texts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.concordat.calendar.Period;
import org.concordat.partnership.Area;
import org.concordat.partnership.Subject;
import org.concordat.plan.Activity;
import org.concordat.plan.ActivityStatus;
import org.concordat.plan.ActivityType;
import org.concordat.plan.Baseline;
import org.concordat.plan.Cadence;
import org.concordat.plan.Characteristic;
import org.concordat.plan.Direction;
import org.concordat.plan.EvaluationPlan;
import org.concordat.plan.EvaluationQuestion;
import org.concordat.plan.EvaluationType;
import org.concordat.plan.EvidenceDesign;
import org.concordat.plan.Measure;
import org.concordat.plan.MeasureKind;
import org.concordat.plan.Objective;
import org.concordat.plan.PartnershipPlan;
import org.concordat.plan.PlannedOutput;
import org.concordat.plan.PupilGroup;
import org.concordat.plan.Schedule;
import org.concordat.plan.Target;
import org.concordat.plan.TheoryOfChange;
import org.concordat.school.Institution;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of whole {@link PartnershipPlan}s and their parts, for property tests
 * of code that reads, stores, judges or evaluates plans. Every generated plan can be built (it
 * passes every check of the domain), but it need not be a good plan: references may dangle,
 * schools may lack champions, activities may come before approval — which is what rulebooks are
 * for. Sizes start small (empty collections) and shrink towards small.
 */
public final class PlanGen {
    private PlanGen() {}

    /** Whole plans with up to 6 institutions, 5 people, 3 objectives and 6 activities. */
    public static Gen<PartnershipPlan> plans() {
        return in -> {
            Draw d = new Draw(in);
            List<Institution> institutions = new ArrayList<>();
            int n = d.between(0, 6);
            for (int i = 0; i < n; i++) {
                Institution inst = d.one(PartyGen.institutions());
                institutions.add(inst.withId(TextGen.unique(inst.id(), i)));
            }
            List<String> ids = institutions.stream().map(Institution::id).toList();
            PartnershipPlan.Builder b = PartnershipPlan.builder()
                    .partnership(d.one(PartyGen.partnerships(ids)))
                    .institutions(institutions)
                    .agreement(d.maybe(PartyGen.agreements(ids)));
            int people = d.between(0, 5);
            for (int i = 0; i < people; i++) {
                b.addPeople(d.one(PartyGen.people(ids, i)));
            }
            List<String> objectiveIds = new ArrayList<>();
            int objectives = d.between(0, 3);
            for (int i = 0; i < objectives; i++) {
                Objective o = d.one(objectives(i));
                objectiveIds.add(o.id());
                b.addObjective(o);
            }
            List<String> activityIds = new ArrayList<>();
            int activities = d.between(0, 6);
            for (int i = 0; i < activities; i++) {
                Activity a = d.one(activities(i, ids, objectiveIds));
                activityIds.add(a.id());
                b.addActivity(a);
            }
            b.funding(d.one(FundingGen.fundings(activityIds)));
            b.evaluationPlan(d.maybe(evaluationPlans(objectiveIds)));
            return b.build();
        };
    }

    /** Schedules of every form: a date, a range, a term, a half-term, each term, each half-term. */
    public static Gen<Schedule> schedules() {
        Gen<Schedule> on = CalendarGen.dates().map(Schedule::on);
        Gen<Schedule> between = CalendarGen.periods().map(Schedule::between);
        Gen<Schedule> term = CalendarGen.academicTerms().map(Schedule::in);
        Gen<Schedule> halfTerm = CalendarGen.academicHalfTerms().map(Schedule::in);
        Gen<Schedule> eachTerm = CalendarGen.periods().map(Schedule::eachTerm);
        Gen<Schedule> eachHalfTerm = CalendarGen.periods().map(Schedule::eachHalfTerm);
        return Generate.oneOf(on, between, term, halfTerm, eachTerm, eachHalfTerm);
    }

    /** Pupil groups: all pupils, or one code of one characteristic. */
    public static Gen<PupilGroup> pupilGroups() {
        return in -> {
            Draw d = new Draw(in);
            if (d.chance(10)) {
                return PupilGroup.ALL;
            }
            Characteristic c = d.one(Generate.enumValues(Characteristic.class));
            return PupilGroup.of(c, d.pick(c.codes()));
        };
    }

    /** Decimal values with 0 to 3 decimal places, as measures record them. */
    public static Gen<BigDecimal> values() {
        return Generate.longRange(-1_000_000, 1_000_000)
                .zip(Generate.range(0, 3), (unscaled, scale) -> BigDecimal.valueOf(unscaled, scale));
    }

    /** Objectives numbered {@code index}, with up to 3 measures whose ids are unique across a plan. */
    public static Gen<Objective> objectives(int index) {
        return in -> {
            Draw d = new Draw(in);
            String id = TextGen.unique(d.one(TextGen.ids()), index);
            Objective.Builder b = Objective.builder()
                    .id(id)
                    .title(d.one(texts()))
                    .description(d.maybe(texts()))
                    .area(d.maybe(Generate.enumValues(Area.class)))
                    .addAllSubjects(d.list(Generate.enumValues(Subject.class), 3))
                    .addAllYearGroups(d.list(CalendarGen.yearGroups(), 3))
                    .addAllPupilGroups(d.list(pupilGroups(), 2));
            int measures = d.between(0, 3);
            for (int j = 0; j < measures; j++) {
                b.addMeasure(d.one(measures(id + ".M" + j)));
            }
            return b.build();
        };
    }

    /** Measures with id {@code id}, quantitative or qualitative, with a baseline and targets. */
    public static Gen<Measure> measures(String id) {
        return in -> {
            Draw d = new Draw(in);
            MeasureKind kind = d.one(Generate.enumValues(MeasureKind.class));
            boolean valued = kind == MeasureKind.QUANTITATIVE || d.chance(50);
            Measure.Builder b = Measure.builder()
                    .id(id)
                    .name(d.one(texts()))
                    .kind(kind)
                    .unit(d.maybe(texts()))
                    .direction(d.one(Generate.enumValues(Direction.class)))
                    .dataSource(d.maybe(texts()))
                    .cadence(d.one(Generate.enumValues(Cadence.class)))
                    .ownerPersonId(d.maybe(TextGen.ids()));
            LocalDate start = d.one(CalendarGen.dates());
            if (d.chance(70)) {
                b.baseline(Baseline.builder()
                        .value(valued ? java.util.Optional.of(d.one(values())) : java.util.Optional.empty())
                        .date(start)
                        .source(d.one(texts()))
                        .note(d.maybe(texts()))
                        .build());
            }
            int targets = d.between(0, 3);
            for (int t = 1; t <= targets; t++) {
                LocalDate by = start.plusDays(100L * t + d.between(0, 99));
                Target.Builder target = Target.builder().by(by).note(d.maybe(texts()));
                if (valued) {
                    target.value(d.one(values()));
                }
                if (d.chance(40)) {
                    target.period(Period.of(by.minusDays(d.between(0, 365)), by));
                }
                b.addTarget(target.build());
            }
            return b.build();
        };
    }

    /** Activities numbered {@code index}, hosted and attended by some institutions, serving some objectives. */
    public static Gen<Activity> activities(int index, List<String> institutionIds, List<String> objectiveIds) {
        return in -> {
            Draw d = new Draw(in);
            Activity.Builder b = Activity.builder()
                    .id(TextGen.unique(d.one(TextGen.ids()), index))
                    .title(d.one(texts()))
                    .type(d.one(Generate.enumValues(ActivityType.class)))
                    .schedule(d.one(schedules()))
                    .status(d.one(Generate.enumValues(ActivityStatus.class)))
                    .participantInstitutionIds(d.subset(institutionIds))
                    .leadPersonId(d.maybe(TextGen.ids()))
                    .objectiveIds(d.subset(objectiveIds))
                    .cost(d.maybe(MoneyGen.nonNegativeAmounts()))
                    .fundingSourceId(d.maybe(TextGen.ids()))
                    .description(d.maybe(texts()));
            if (!institutionIds.isEmpty() && d.chance(60)) {
                b.hostInstitutionId(d.pick(institutionIds));
            }
            for (int i = d.between(0, 2); i > 0; i--) {
                b.addPlannedOutput(PlannedOutput.of(d.one(texts()), d.between(0, 1000)));
            }
            return b.build();
        };
    }

    /** Evaluation plans with up to 4 questions about some of {@code objectiveIds}. */
    public static Gen<EvaluationPlan> evaluationPlans(List<String> objectiveIds) {
        return in -> {
            Draw d = new Draw(in);
            EvaluationPlan.Builder b = EvaluationPlan.builder()
                    .theoryOfChange(TheoryOfChange.builder()
                            .inputs(d.list(texts(), 2))
                            .activities(d.list(texts(), 2))
                            .outputs(d.list(texts(), 2))
                            .outcomes(d.list(texts(), 2))
                            .impacts(d.list(texts(), 2))
                            .build())
                    .dataSources(d.list(texts(), 3))
                    .dataSharing(d.maybe(texts()))
                    .analysis(d.maybe(texts()))
                    .evidenceDesign(d.one(Generate.enumValues(EvidenceDesign.class)))
                    .evaluator(d.maybe(texts()));
            int questions = d.between(0, 4);
            for (int q = 0; q < questions; q++) {
                b.addQuestion(EvaluationQuestion.builder()
                        .id(TextGen.unique(d.one(TextGen.ids()), q))
                        .text(d.one(texts()))
                        .type(d.one(Generate.enumValues(EvaluationType.class)))
                        .objectiveIds(d.subset(objectiveIds))
                        .build());
            }
            return b.build();
        };
    }
}
