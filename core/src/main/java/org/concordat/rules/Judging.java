package org.concordat.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.concordat.calendar.Period;
import org.concordat.partnership.Member;
import org.concordat.plan.PartnershipPlan;

/** What several rules share: who the members are as of the validation date. */
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
}
