package org.concordat.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.concordat.agreement.Agreement;
import org.concordat.agreement.AgreementVersion;
import org.concordat.partnership.Partnership;
import org.concordat.plan.Activity;
import org.concordat.plan.Measure;
import org.concordat.plan.Objective;
import org.concordat.plan.PartnershipPlan;

/** Small changes to a plan, for the rule tests. */
final class Edits {
    private Edits() {}

    static <T> List<T> plus(List<T> list, T item) {
        List<T> out = new ArrayList<>(list);
        out.add(item);
        return out;
    }

    static PartnershipPlan partnership(PartnershipPlan p, UnaryOperator<Partnership.Builder> change) {
        return p.withPartnership(
                change.apply(Partnership.builder().from(p.partnership())).build());
    }

    static PartnershipPlan version(PartnershipPlan p, UnaryOperator<AgreementVersion.Builder> change) {
        Agreement a = p.agreement().orElseThrow();
        return p.withAgreement(a.withVersion(
                change.apply(AgreementVersion.builder().from(a.versions().get(0)))
                        .build()));
    }

    static PartnershipPlan activity(PartnershipPlan p, String id, UnaryOperator<Activity.Builder> change) {
        return p.withActivities(p.activities().stream()
                .map(a -> a.id().equals(id)
                        ? change.apply(Activity.builder().from(a)).build()
                        : a)
                .toList());
    }

    static PartnershipPlan objective(PartnershipPlan p, String id, UnaryOperator<Objective.Builder> change) {
        return p.withObjectives(p.objectives().stream()
                .map(o -> o.id().equals(id)
                        ? change.apply(Objective.builder().from(o)).build()
                        : o)
                .toList());
    }

    static PartnershipPlan measure(PartnershipPlan p, String id, UnaryOperator<Measure.Builder> change) {
        return p.withObjectives(p.objectives().stream()
                .map(o -> Objective.builder()
                        .from(o)
                        .measures(o.measures().stream()
                                .map(m -> m.id().equals(id)
                                        ? change.apply(Measure.builder().from(m))
                                                .build()
                                        : m)
                                .toList())
                        .build())
                .toList());
    }
}
