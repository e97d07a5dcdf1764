package org.concordat.rules;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.concordat.calendar.AcademicTerm;
import org.concordat.calendar.AcademicYear;
import org.concordat.calendar.Period;
import org.concordat.calendar.Term;
import org.concordat.calendar.TermCalendar;
import org.concordat.plan.Activity;
import org.concordat.plan.ActivityStatus;
import org.concordat.plan.ActivityType;
import org.concordat.plan.Measure;
import org.concordat.plan.Objective;

/**
 * What the STEM Learning ENTHUSE Partnership programme expects beyond DfE guidance: groups of
 * four to eight, a champion in every school, a two-year plan, termly champion meetings, and the
 * engagement of teachers and pupils evaluated.
 */
final class ProgrammeRules {
    /** The programme's usual group size: "four to eight schools and colleges". */
    static final int MIN_GROUP = 4;

    static final int MAX_GROUP = 8;

    private ProgrammeRules() {}

    static final Rule GROUP_SIZE = Rule.of(
            Codes.PROGRAMME_GROUP_SIZE, Severity.WARNING, "The partnership has four to eight members", (plan, ctx) -> {
                int n = Judging.currentMemberPositions(plan, ctx).size();
                if (n < MIN_GROUP || n > MAX_GROUP) {
                    ctx.report(
                            "/partnership",
                            plan.partnership().id(),
                            plan.partnership().name() + " has " + n + " members; ENTHUSE partnerships are"
                                    + " groups of " + MIN_GROUP + " to " + MAX_GROUP,
                            n < MIN_GROUP
                                    ? "Invite more schools or colleges"
                                    : "Consider splitting into smaller groups, or agree the size with the programme");
                }
            });

    static final Rule PLAN_DURATION =
            Rule.of(Codes.PLAN_DURATION, Severity.WARNING, "The plan runs for two academic years", (plan, ctx) -> {
                Period p = plan.partnership().period();
                AcademicYear first = AcademicYear.containing(p.start());
                AcademicYear last = AcademicYear.containing(p.end());
                boolean twoYears = last.equals(first.next()) && ChronoUnit.DAYS.between(p.start(), p.end()) >= 365;
                if (!twoYears) {
                    ctx.report(
                            "/partnership/period",
                            plan.partnership().id(),
                            "The plan runs " + p + ", not two academic years",
                            "Plan for two academic years, e.g. " + first.start() + "/"
                                    + first.next().end());
                }
            });

    static final Rule CHAMPION_MEETING_CADENCE = Rule.of(
            Codes.CHAMPION_MEETING_CADENCE, Severity.WARNING, "Champions meet at least once a term", (plan, ctx) -> {
                Period p = plan.partnership().period();
                TermCalendar dates = ctx.termCalendar();
                List<Period> meetings = new ArrayList<>();
                for (Activity a : plan.activities()) {
                    if (a.type() == ActivityType.CHAMPION_MEETING && a.status() != ActivityStatus.CANCELLED) {
                        meetings.addAll(a.schedule().occurrences(dates));
                    }
                }
                for (AcademicYear y = AcademicYear.containing(p.start());
                        !y.start().isAfter(p.end());
                        y = y.next()) {
                    for (Term t : Term.values()) {
                        Optional<Period> term =
                                dates.termDates(y).planningPeriodOf(t).intersection(p);
                        if (term.isPresent() && meetings.stream().noneMatch(m -> m.overlaps(term.get()))) {
                            AcademicTerm at = AcademicTerm.of(y, t);
                            ctx.report(
                                    "/partnership/period",
                                    at.toString(),
                                    "No champion meeting is planned in " + at,
                                    "Add a CHAMPION_MEETING in " + at + ", or one scheduled 'each term'");
                        }
                    }
                }
            });

    static final Rule ENGAGEMENT_NOT_EVALUATED = Rule.of(
            Codes.ENGAGEMENT_NOT_EVALUATED,
            Severity.WARNING,
            "The evaluation covers a measure about teachers and one about pupils",
            (plan, ctx) -> plan.evaluationPlan().ifPresent(e -> {
                Set<String> covered = ObjectiveRules.evaluated(e);
                boolean teachers = false;
                boolean pupils = false;
                for (Objective o : plan.objectives()) {
                    if (!covered.contains(o.id())) {
                        continue;
                    }
                    for (Measure m : o.measures()) {
                        String name = m.name().toLowerCase(Locale.ROOT);
                        teachers |= name.contains("teacher");
                        pupils |= name.contains("pupil") || name.contains("student") || name.contains("learner");
                    }
                }
                if (!teachers) {
                    report(ctx, "teachers");
                }
                if (!pupils) {
                    report(ctx, "pupils");
                }
            }));

    private static void report(RuleContext ctx, String who) {
        ctx.report(
                "/evaluationPlan",
                who,
                "No evaluated objective has a measure of " + who + "' engagement",
                "Add a measure whose name mentions " + who + " (e.g. \"" + who + " reporting interest in"
                        + " STEM\") to an objective an evaluation question is about");
    }

    static List<Rule> stem() {
        return List.of(
                MembershipRules.CHAMPION_MISSING,
                GROUP_SIZE,
                PLAN_DURATION,
                CHAMPION_MEETING_CADENCE,
                ENGAGEMENT_NOT_EVALUATED);
    }
}
