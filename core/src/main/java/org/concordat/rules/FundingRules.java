package org.concordat.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.concordat.money.Money;
import org.concordat.plan.Activity;
import org.concordat.plan.Allocation;
import org.concordat.plan.Funding;
import org.concordat.plan.FundingSource;
import org.concordat.plan.Spend;

/** The money: allocations within each source, costed activities funded, spend within allocation. */
final class FundingRules {
    private FundingRules() {}

    static final Rule OVERALLOCATED = Rule.of(
            Codes.FUNDING_OVERALLOCATED,
            Severity.ERROR,
            "No funding source has more allocated from it than it holds",
            (plan, ctx) -> {
                Funding f = plan.funding();
                Map<String, Money> allocated = new HashMap<>();
                for (Allocation a : f.allocations()) {
                    allocated.merge(a.fundingSourceId(), a.amount(), Money::plus);
                }
                for (int s = 0; s < f.sources().size(); s++) {
                    FundingSource source = f.sources().get(s);
                    Money total = allocated.getOrDefault(source.id(), Money.ZERO);
                    if (total.compareTo(source.amount()) > 0) {
                        ctx.report(
                                "/funding/sources/" + s,
                                source.id(),
                                "Funding source " + source.id() + " \"" + source.name() + "\" holds "
                                        + source.amount().format() + " but " + total.format()
                                        + " is allocated from it",
                                "Reduce the allocations by "
                                        + total.minus(source.amount()).format() + " or record the extra funding");
                    }
                }
            });

    static final Rule SOURCE_MISSING = Rule.of(
            Codes.FUNDING_SOURCE_MISSING, Severity.WARNING, "Every activity with a cost says who pays", (plan, ctx) -> {
                Map<String, Boolean> allocatedTo = new HashMap<>();
                plan.funding().allocations().forEach(a -> allocatedTo.put(a.activityId(), true));
                for (int i = 0; i < plan.activities().size(); i++) {
                    Activity a = plan.activities().get(i);
                    if (a.cost().filter(Money::isPositive).isPresent()
                            && a.fundingSourceId().isEmpty()
                            && !allocatedTo.containsKey(a.id())) {
                        ctx.report(
                                "/activities/" + i + "/cost",
                                a.id(),
                                "Activity " + a.id() + " \"" + a.title() + "\" costs "
                                        + a.cost().get().format() + " but no funding source pays for it",
                                "Set its fundingSourceId or allocate money to it from a source");
                    }
                }
            });

    static final Rule SOURCE_UNKNOWN =
            Rule.of(Codes.FUNDING_SOURCE_UNKNOWN, Severity.ERROR, "Every funding source named exists", (plan, ctx) -> {
                for (int i = 0; i < plan.activities().size(); i++) {
                    Activity a = plan.activities().get(i);
                    String id = a.fundingSourceId().orElse(null);
                    if (id != null && !ctx.index().hasFundingSource(id)) {
                        ctx.report(
                                "/activities/" + i + "/fundingSourceId",
                                id,
                                "Activity " + a.id() + " \"" + a.title() + "\" is paid for by funding source \"" + id
                                        + "\", which the plan does not have",
                                "Correct the id or add the source to funding.sources");
                    }
                }
                List<Allocation> allocations = plan.funding().allocations();
                for (int k = 0; k < allocations.size(); k++) {
                    String id = allocations.get(k).fundingSourceId();
                    if (!ctx.index().hasFundingSource(id)) {
                        ctx.report(
                                "/funding/allocations/" + k + "/fundingSourceId",
                                id,
                                "An allocation to activity "
                                        + allocations.get(k).activityId() + " comes from funding source \"" + id
                                        + "\", which the plan does not have",
                                "Correct the id or add the source to funding.sources");
                    }
                }
                List<Spend> spends = plan.funding().spends();
                for (int k = 0; k < spends.size(); k++) {
                    String id = spends.get(k).fundingSourceId();
                    if (!ctx.index().hasFundingSource(id)) {
                        ctx.report(
                                "/funding/spends/" + k + "/fundingSourceId",
                                id,
                                "A spend of " + spends.get(k).amount().format() + " on "
                                        + spends.get(k).date() + " comes from funding source \"" + id
                                        + "\", which the plan does not have",
                                "Correct the id or add the source to funding.sources");
                    }
                }
            });

    /*
     * Money recorded against an activity that is not in the plan is money nobody can account for:
     * SPEND_EXCEEDS_ALLOCATION and FUNDING_SOURCE_MISSING judge activities, so without this rule
     * an allocation or a spend to a mistyped or deleted activity passed silently.
     */
    static final Rule ACTIVITY_UNKNOWN = Rule.of(
            Codes.FUNDING_ACTIVITY_UNKNOWN,
            Severity.ERROR,
            "Every allocation and spend names an activity of the plan",
            (plan, ctx) -> {
                List<Allocation> allocations = plan.funding().allocations();
                for (int k = 0; k < allocations.size(); k++) {
                    Allocation a = allocations.get(k);
                    if (!ctx.index().hasActivity(a.activityId())) {
                        ctx.report(
                                "/funding/allocations/" + k + "/activityId",
                                a.activityId(),
                                "An allocation of " + a.amount().format() + " from funding source "
                                        + a.fundingSourceId() + " is for activity \"" + a.activityId()
                                        + "\", which the plan does not have",
                                "Correct the activityId or add the activity to the action plan");
                    }
                }
                List<Spend> spends = plan.funding().spends();
                for (int k = 0; k < spends.size(); k++) {
                    Spend s = spends.get(k);
                    String id = s.activityId().orElse(null);
                    if (id != null && !ctx.index().hasActivity(id)) {
                        ctx.report(
                                "/funding/spends/" + k + "/activityId",
                                id,
                                "A spend of " + s.amount().format() + " on " + s.date() + " is for activity \"" + id
                                        + "\", which the plan does not have",
                                "Correct the activityId or add the activity to the action plan");
                    }
                }
            });

    static final Rule SPEND_EXCEEDS_ALLOCATION = Rule.of(
            Codes.SPEND_EXCEEDS_ALLOCATION,
            Severity.WARNING,
            "No activity has more spent on it than is allocated to it",
            (plan, ctx) -> {
                Map<String, Money> allocated = new HashMap<>();
                plan.funding().allocations().forEach(a -> allocated.merge(a.activityId(), a.amount(), Money::plus));
                Map<String, Money> spent = new HashMap<>();
                plan.funding()
                        .spends()
                        .forEach(s -> s.activityId().ifPresent(id -> spent.merge(id, s.amount(), Money::plus)));
                for (int i = 0; i < plan.activities().size(); i++) {
                    Activity a = plan.activities().get(i);
                    Money out = spent.getOrDefault(a.id(), Money.ZERO);
                    Money in = allocated.getOrDefault(a.id(), Money.ZERO);
                    if (out.compareTo(in) > 0) {
                        ctx.report(
                                "/activities/" + i,
                                a.id(),
                                "Activity " + a.id() + " \"" + a.title() + "\" has " + out.format()
                                        + " spent on it but " + in.format() + " allocated",
                                "Allocate a further " + out.minus(in).format() + " to it, or check the spends");
                    }
                }
            });

    static List<Rule> dfe() {
        return List.of(OVERALLOCATED, SOURCE_MISSING, SOURCE_UNKNOWN, ACTIVITY_UNKNOWN, SPEND_EXCEEDS_ALLOCATION);
    }
}
