package org.concordat.rules;

import java.util.ArrayList;
import java.util.List;

/** The built-in rules, grouped as the built-in rulebooks use them. */
final class BuiltInRules {
    private BuiltInRules() {}

    /** What DfE guidance asks of every school partnership, in documentation order. */
    public static List<Rule> dfeGuidance() {
        List<Rule> all = new ArrayList<>();
        all.addAll(MembershipRules.dfe());
        all.addAll(AgreementRules.dfe());
        all.addAll(ObjectiveRules.dfe());
        all.addAll(ScheduleRules.dfe());
        all.addAll(FundingRules.dfe());
        all.addAll(EvaluationRules.dfe());
        return List.copyOf(all);
    }

    /** What the STEM Learning ENTHUSE Partnership programme expects beyond DfE guidance. */
    public static List<Rule> stemProgramme() {
        return ProgrammeRules.stem();
    }
}
