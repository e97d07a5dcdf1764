package org.concordat.testkit;

import java.util.Objects;
import java.util.function.UnaryOperator;
import org.concordat.plan.PartnershipPlan;

/**
 * One way of breaking a valid plan so that exactly one built-in rule reports it: the code that
 * must be reported, a description, and the change. Applied to a plan from {@link
 * PlanSamples#validPlan}, a breaker makes {@code stem-partnership} report its code and no error of
 * another code (a breaker of a warning code adds no error at all).
 */
public final class Breaker {
    private final String code;
    private final String description;
    private final UnaryOperator<PartnershipPlan> change;
    private final boolean needsTermDates;

    Breaker(String code, String description, boolean needsTermDates, UnaryOperator<PartnershipPlan> change) {
        this.code = code;
        this.description = description;
        this.change = change;
        this.needsTermDates = needsTermDates;
    }

    /** The code the broken plan must trigger. */
    public String code() {
        return code;
    }

    /** What the breaker changes, e.g. {@code a school joins twice under two ids}. */
    public String description() {
        return description;
    }

    /** Whether the broken plan must be validated with real term dates to trigger the code. */
    public boolean needsTermDates() {
        return needsTermDates;
    }

    /** {@code plan} broken. */
    public PartnershipPlan apply(PartnershipPlan plan) {
        return Objects.requireNonNull(change.apply(plan), code);
    }

    @Override
    public String toString() {
        return code + ": " + description;
    }
}
