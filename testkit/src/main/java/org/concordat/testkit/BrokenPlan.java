package org.concordat.testkit;

import java.util.Objects;
import org.concordat.plan.PartnershipPlan;
import org.concordat.rules.ValidationSettings;

/**
 * A valid plan with exactly one {@link Breaker} applied: the plan, the code it must trigger, what
 * was broken, and the settings to validate it with (they carry real term dates only for {@code
 * ACTIVITY_IN_SCHOOL_HOLIDAY}, which needs them).
 */
public final class BrokenPlan {
    private final PartnershipPlan plan;
    private final Breaker breaker;
    private final ValidationSettings settings;

    BrokenPlan(PartnershipPlan plan, Breaker breaker, ValidationSettings settings) {
        this.plan = plan;
        this.breaker = breaker;
        this.settings = settings;
    }

    /** The broken plan. */
    public PartnershipPlan plan() {
        return plan;
    }

    /** The code validating {@link #plan()} must report. */
    public String code() {
        return breaker.code();
    }

    /** Every code the breaker causes, with its severity: {@link Breaker#expectedCodes()}. */
    public java.util.Map<String, org.concordat.rules.Severity> expectedCodes() {
        return breaker.expectedCodes();
    }

    /** The breaker applied. */
    public Breaker breaker() {
        return breaker;
    }

    /** The settings to validate the plan with. */
    public ValidationSettings settings() {
        return settings;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BrokenPlan
                && ((BrokenPlan) o).plan.equals(plan)
                && ((BrokenPlan) o).breaker.equals(breaker)
                && ((BrokenPlan) o).settings.equals(settings);
    }

    @Override
    public int hashCode() {
        return Objects.hash(plan, breaker, settings);
    }

    /**
     * The code, what was broken and the plan's summary, e.g. {@code MEMBER_DUPLICATE: ... in seed
     * 0x2a: 4 members, ...} ({@link PlanSamples#describe}).
     */
    @Override
    public String toString() {
        return breaker + " in " + PlanSamples.describe(plan);
    }
}
