package org.concordat.rules;

import java.util.List;
import java.util.TreeSet;
import org.concordat.agreement.SectionKind;
import org.concordat.plan.MeasureKind;
import org.concordat.plan.Objective;

/** How the partnership is evaluated, and the data-protection footing of the data it uses. */
final class EvaluationRules {
    private EvaluationRules() {}

    static final Rule PLAN_MISSING = Rule.of(
            Codes.EVALUATION_PLAN_MISSING, Severity.ERROR, "The partnership has an evaluation plan", (plan, ctx) -> {
                if (plan.evaluationPlan().isEmpty()) {
                    ctx.report(
                            "",
                            plan.partnership().id(),
                            plan.partnership().name() + " has no evaluation plan",
                            "Plan the evaluation: its questions, data sources, how data is shared and analysed,"
                                    + " and the evidence design aimed for");
                }
            });

    static final Rule DATA_SHARING_MISSING = Rule.of(
            Codes.DATA_SHARING_MISSING,
            Severity.ERROR,
            "Measures of pupil groups rest on a data-protection section in the agreement",
            (plan, ctx) -> ctx.index().judgedVersion().ifPresent(v -> {
                if (v.section(SectionKind.DATA_PROTECTION).isPresent()) {
                    return;
                }
                TreeSet<String> pupilLevel = new TreeSet<>();
                for (Objective o : plan.objectives()) {
                    if (!o.pupilGroups().isEmpty()) {
                        o.measures().stream()
                                .filter(m -> m.kind() == MeasureKind.QUANTITATIVE)
                                .forEach(m -> pupilLevel.add(m.id()));
                    }
                }
                if (pupilLevel.isEmpty()) {
                    return;
                }
                String first = pupilLevel.first();
                int others = pupilLevel.size() - 1;
                ctx.report(
                        ctx.index().judgedVersionPath(),
                        first,
                        "Measure " + first + (others > 0 ? " and " + others + " other" + (others > 1 ? "s" : "") : "")
                                + " need pupil-level data about pupil groups, but version " + v.number()
                                + " of the agreement has no data protection section",
                        "Add a DATA_PROTECTION section giving the lawful basis and how pupil data is shared,"
                                + " and by whom");
            }));

    static List<Rule> dfe() {
        return List.of(PLAN_MISSING, DATA_SHARING_MISSING);
    }
}
