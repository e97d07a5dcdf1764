package org.concordat.report;

import org.concordat.plan.PartnershipPlan;
import org.concordat.school.Institution;

/** Names the report builders look up in the plan; codes and dates are {@link Labels}' job. */
final class ReportText {
    private ReportText() {}

    /** The institution's name, or its id when the plan does not describe it. */
    static String institution(PartnershipPlan plan, String id) {
        return plan.institution(id).map(Institution::name).orElse(id);
    }

    /** The person's name, or the id when the plan does not describe them. */
    static String person(PartnershipPlan plan, String id) {
        return plan.person(id).map(p -> p.name()).orElse(id);
    }
}
