package org.concordat.testkit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.concordat.plan.PartnershipPlan;
import org.concordat.rules.Rulebooks;
import org.concordat.rules.Severity;

/**
 * One way of breaking a valid plan, with its whole effect stated: the code it targets ({@link
 * #code()}) and every code its change unavoidably causes besides ({@link #expectedCodes()}), each
 * with the severity {@code stem-partnership} gives it. Applied to a plan from {@link
 * PlanSamples#validPlan}, a breaker makes {@code stem-partnership} report exactly the codes the
 * valid plan already had (at most {@code PROGRAMME_GROUP_SIZE}, for a partnership outside four to
 * eight members) plus {@link #expectedCodes()}; the testkit's own tests check that for every
 * breaker, on plans of every shape.
 *
 * <p>Use it from any test framework: take a valid plan, {@link #apply} the breaker, validate with
 * {@link #needsTermDates() term dates} when it needs them, and compare the report's codes.
 */
public final class Breaker {
    private final String code;
    private final String description;
    private final UnaryOperator<PartnershipPlan> change;
    private final boolean needsTermDates;
    private final Map<String, Severity> expectedCodes;

    Breaker(
            String code,
            String description,
            boolean needsTermDates,
            UnaryOperator<PartnershipPlan> change,
            String... alsoCauses) {
        this.code = code;
        this.description = description;
        this.change = change;
        this.needsTermDates = needsTermDates;
        Map<String, Severity> expected = new LinkedHashMap<>();
        expected.put(code, severityOf(code));
        for (String other : alsoCauses) {
            expected.put(other, severityOf(other));
        }
        this.expectedCodes = java.util.Collections.unmodifiableMap(expected);
    }

    private static Severity severityOf(String code) {
        return Rulebooks.stemPartnership()
                .severityOf(code)
                .orElseThrow(() -> new IllegalArgumentException(
                        "breaker code \"" + code + "\": not a code of the stem-partnership rulebook"));
    }

    /** The code the breaker targets: the broken plan always triggers it. */
    public String code() {
        return code;
    }

    /** The severity {@code stem-partnership} gives {@link #code()}. */
    public Severity severity() {
        return expectedCodes.get(code);
    }

    /**
     * Every code the broken plan triggers that the valid plan did not, with its severity under
     * {@code stem-partnership}: {@link #code()} first, then any code the change cannot avoid (e.g.
     * {@code PARTNERSHIP_TOO_FEW_MEMBERS} leaves one member, which is also outside the programme's
     * group size). Unmodifiable, in that order.
     */
    public Map<String, Severity> expectedCodes() {
        return expectedCodes;
    }

    /** What the breaker changes, e.g. {@code the last member becomes a second record of the lead school}. */
    public String description() {
        return description;
    }

    /**
     * Whether the broken plan must be validated with real term dates ({@link
     * PlanSamples#withDefaultTermDates}) to trigger the code.
     */
    public boolean needsTermDates() {
        return needsTermDates;
    }

    /**
     * {@code plan} broken. The plan should come from {@link PlanSamples#validPlan}: a breaker relies
     * on what those plans guarantee (see docs/testing.md) and may fail on other plans.
     */
    public PartnershipPlan apply(PartnershipPlan plan) {
        return Objects.requireNonNull(change.apply(plan), code);
    }

    /** The code and what the breaker changes, e.g. {@code MEMBER_DUPLICATE: the lead school joins twice}. */
    @Override
    public String toString() {
        return code + ": " + description;
    }
}
