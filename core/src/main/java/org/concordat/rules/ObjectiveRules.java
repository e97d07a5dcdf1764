package org.concordat.rules;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.concordat.calendar.Period;
import org.concordat.plan.Activity;
import org.concordat.plan.ActivityStatus;
import org.concordat.plan.EvaluationPlan;
import org.concordat.plan.EvaluationQuestion;
import org.concordat.plan.Measure;
import org.concordat.plan.Objective;
import org.concordat.plan.PartnershipPlan;
import org.concordat.plan.Target;

/**
 * Objectives and their measures, IATI-style: every objective measured, every measure with a
 * baseline and targets inside the plan, every objective served by an activity and evaluated.
 */
final class ObjectiveRules {
    private ObjectiveRules() {}

    /** Calls {@code check} with each measure and its path. */
    private interface MeasureCheck {
        void check(Objective o, Measure m, String path, RuleContext ctx);
    }

    private static void eachMeasure(PartnershipPlan plan, RuleContext ctx, MeasureCheck check) {
        List<Objective> objectives = plan.objectives();
        for (int i = 0; i < objectives.size(); i++) {
            Objective o = objectives.get(i);
            for (int j = 0; j < o.measures().size(); j++) {
                check.check(o, o.measures().get(j), "/objectives/" + i + "/measures/" + j, ctx);
            }
        }
    }

    static final Rule WITHOUT_MEASURE = Rule.of(
            Codes.OBJECTIVE_WITHOUT_MEASURE,
            Severity.ERROR,
            "Every objective has at least one measure",
            (plan, ctx) -> {
                for (int i = 0; i < plan.objectives().size(); i++) {
                    Objective o = plan.objectives().get(i);
                    if (o.measures().isEmpty()) {
                        ctx.report(
                                "/objectives/" + i,
                                o.id(),
                                "Objective " + o.id() + " \"" + o.title() + "\" has no measure",
                                "Add a measure saying how progress will be monitored (unit, direction,"
                                        + " baseline, targets)");
                    }
                }
            });

    static final Rule BASELINE_MISSING = Rule.of(
            Codes.MEASURE_BASELINE_MISSING,
            Severity.ERROR,
            "Every measure has a baseline",
            (plan, ctx) -> eachMeasure(plan, ctx, (o, m, path, c) -> {
                if (m.baseline().isEmpty()) {
                    c.report(
                            path,
                            m.id(),
                            "Measure " + m.id() + " \"" + m.name() + "\" of objective " + o.id() + " has no baseline",
                            "Record where the measure starts: value, date and source");
                }
            }));

    static final Rule TARGET_MISSING = Rule.of(
            Codes.MEASURE_TARGET_MISSING,
            Severity.ERROR,
            "Every measure has at least one target",
            (plan, ctx) -> eachMeasure(plan, ctx, (o, m, path, c) -> {
                if (m.targets().isEmpty()) {
                    c.report(
                            path,
                            m.id(),
                            "Measure " + m.id() + " \"" + m.name() + "\" of objective " + o.id() + " has no target",
                            "Add the value to reach and the date to reach it by, within the plan period");
                }
            }));

    static final Rule TARGET_WRONG_DIRECTION = Rule.of(
            Codes.MEASURE_TARGET_WRONG_DIRECTION,
            Severity.WARNING,
            "No target is worse than the baseline",
            (plan, ctx) -> eachMeasure(plan, ctx, (o, m, path, c) -> {
                if (m.baseline().flatMap(b -> b.value()).isEmpty()) {
                    return;
                }
                BigDecimal base = m.baseline().get().value().get();
                for (int t = 0; t < m.targets().size(); t++) {
                    Target target = m.targets().get(t);
                    if (target.value().isPresent()
                            && !m.direction().isAtLeastAsGood(target.value().get(), base)) {
                        c.report(
                                path + "/targets/" + t,
                                m.id(),
                                "Measure " + m.id() + " \"" + m.name() + "\" aims for "
                                        + target.value().get().toPlainString() + " by " + target.by()
                                        + ", worse than its baseline of " + base.toPlainString() + " ("
                                        + m.direction() + ")",
                                "Check the target value, or the measure's direction");
                    }
                }
            }));

    static final Rule TARGET_OUTSIDE_PLAN = Rule.of(
            Codes.MEASURE_TARGET_OUTSIDE_PLAN,
            Severity.ERROR,
            "Every target falls due within the plan period",
            (plan, ctx) -> {
                Period period = plan.partnership().period();
                eachMeasure(plan, ctx, (o, m, path, c) -> {
                    for (int t = 0; t < m.targets().size(); t++) {
                        Target target = m.targets().get(t);
                        if (!period.contains(target.by())) {
                            c.report(
                                    path + "/targets/" + t + "/by",
                                    m.id(),
                                    "Measure " + m.id() + " \"" + m.name() + "\" has a target due " + target.by()
                                            + ", outside the plan period " + period,
                                    "Set the target date within " + period);
                        }
                    }
                });
            });

    static final Rule WITHOUT_ACTIVITY = Rule.of(
            Codes.OBJECTIVE_WITHOUT_ACTIVITY,
            Severity.ERROR,
            "Every objective is served by at least one activity that is not cancelled",
            (plan, ctx) -> {
                for (int i = 0; i < plan.objectives().size(); i++) {
                    Objective o = plan.objectives().get(i);
                    if (ctx.index().activitiesServing(o.id()) == 0) {
                        ctx.report(
                                "/objectives/" + i,
                                o.id(),
                                "No activity serves objective " + o.id() + " \"" + o.title() + "\"",
                                "Add " + o.id() + " to the objectiveIds of the activities that work towards it");
                    }
                }
            });

    static final Rule ACTIVITY_WITHOUT_OBJECTIVE = Rule.of(
            Codes.ACTIVITY_WITHOUT_OBJECTIVE,
            Severity.WARNING,
            "Every activity serves at least one objective",
            (plan, ctx) -> {
                for (int i = 0; i < plan.activities().size(); i++) {
                    Activity a = plan.activities().get(i);
                    if (a.objectiveIds().isEmpty() && a.status() != ActivityStatus.CANCELLED) {
                        ctx.report(
                                "/activities/" + i,
                                a.id(),
                                "Activity " + a.id() + " \"" + a.title() + "\" serves no objective",
                                "Name the objectives it works towards in objectiveIds, or drop it");
                    }
                }
            });

    static final Rule ACTIVITY_OBJECTIVE_UNKNOWN = Rule.of(
            Codes.ACTIVITY_OBJECTIVE_UNKNOWN,
            Severity.ERROR,
            "Every objective an activity serves is in the plan",
            (plan, ctx) -> {
                for (int i = 0; i < plan.activities().size(); i++) {
                    Activity a = plan.activities().get(i);
                    int j = 0;
                    for (String id : a.objectiveIds()) {
                        if (!ctx.index().hasObjective(id)) {
                            ctx.report(
                                    "/activities/" + i + "/objectiveIds/" + j,
                                    a.id(),
                                    "Activity " + a.id() + " \"" + a.title() + "\" serves objective \"" + id
                                            + "\", which the plan does not have",
                                    "Correct the objective id or add the objective");
                        }
                        j++;
                    }
                }
            });

    static final Rule NOT_EVALUATED = Rule.of(
            Codes.OBJECTIVE_NOT_EVALUATED,
            Severity.ERROR,
            "Every objective is the subject of an evaluation question",
            (plan, ctx) -> plan.evaluationPlan().ifPresent(e -> {
                Set<String> covered = evaluated(e);
                for (int i = 0; i < plan.objectives().size(); i++) {
                    Objective o = plan.objectives().get(i);
                    if (!covered.contains(o.id())) {
                        ctx.report(
                                "/objectives/" + i,
                                o.id(),
                                "No evaluation question is about objective " + o.id() + " \"" + o.title() + "\"",
                                "Add " + o.id() + " to the objectiveIds of an evaluation question");
                    }
                }
            }));

    /** The ids of the objectives some question of {@code e} names. */
    static Set<String> evaluated(EvaluationPlan e) {
        Set<String> covered = new HashSet<>();
        for (EvaluationQuestion q : e.questions()) {
            covered.addAll(q.objectiveIds());
        }
        return covered;
    }

    static List<Rule> dfe() {
        return List.of(
                WITHOUT_MEASURE,
                BASELINE_MISSING,
                TARGET_MISSING,
                TARGET_WRONG_DIRECTION,
                TARGET_OUTSIDE_PLAN,
                WITHOUT_ACTIVITY,
                ACTIVITY_WITHOUT_OBJECTIVE,
                ACTIVITY_OBJECTIVE_UNKNOWN,
                NOT_EVALUATED);
    }
}
