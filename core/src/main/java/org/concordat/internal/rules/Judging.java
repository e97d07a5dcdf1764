package org.concordat.internal.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.concordat.calendar.AcademicYear;
import org.concordat.calendar.Period;
import org.concordat.calendar.TermDates;
import org.concordat.partnership.Member;
import org.concordat.plan.PartnershipPlan;
import org.concordat.rules.RuleContext;

/** What several rules share: who the members are as of the validation date, and term dates. */
final class Judging {
    private Judging() {}

    /**
     * The date membership is judged on: the as-of date, moved into the plan period when it falls
     * outside it (a plan judged before it starts is judged as it will start).
     */
    static LocalDate membershipDate(PartnershipPlan plan, RuleContext ctx) {
        Period p = plan.partnership().period();
        LocalDate d = ctx.asOf();
        return d.isBefore(p.start()) ? p.start() : d.isAfter(p.end()) ? p.end() : d;
    }

    /** The positions in {@code partnership.members} of the members on {@link #membershipDate}. */
    static List<Integer> currentMemberPositions(PartnershipPlan plan, RuleContext ctx) {
        LocalDate d = membershipDate(plan, ctx);
        List<Member> members = plan.partnership().members();
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i).isMemberOn(d)) {
                out.add(i);
            }
        }
        return out;
    }

    /** Term dates by year: the real ones where known, else the defaults; each computed once. */
    static Function<AcademicYear, TermDates> termDates(RuleContext ctx) {
        Map<AcademicYear, TermDates> memo = new HashMap<>();
        return y -> memo.computeIfAbsent(y, ctx::termDatesOrDefaults);
    }
}
