package org.concordat.rules;

import java.util.Objects;
import org.concordat.internal.base.Checks;
import org.concordat.plan.PartnershipPlan;

/**
 * One check of a plan, with a stable code. A rule looks at the plan and reports each problem it
 * finds through {@link RuleContext#report}, which stamps the rule's code and the severity the
 * rulebook gives it. A rule reports one violation per instance (one per missing section, per
 * member without a champion), never stops at the first, and never throws for a bad plan.
 *
 * <p>Write one in a few lines with {@link #of}:
 *
 * <pre>{@code
 * Rule noNewsletter = Rule.of("NEWSLETTER_MISSING", Severity.WARNING, "A termly newsletter is planned",
 *     (plan, ctx) -> {
 *         if (plan.activities().stream().noneMatch(a -> a.type() == ActivityType.NEWSLETTER)) {
 *             ctx.report("/activities", plan.partnership().id(), "No newsletter is planned",
 *                 "Add a termly newsletter to the action plan");
 *         }
 *     });
 * }</pre>
 */
public interface Rule {
    /** The stable UPPER_SNAKE code every violation of this rule carries. */
    String code();

    /** The severity the rule has unless a rulebook re-grades it. */
    Severity defaultSeverity();

    /** One line saying what the rule expects of a good plan. */
    String summary();

    /**
     * Judges {@code plan}, reporting each problem through {@code context}. Must not throw for
     * anything a buildable plan can hold.
     */
    void check(PartnershipPlan plan, RuleContext context);

    /** The body of a rule made with {@link Rule#of}. */
    @FunctionalInterface
    interface Check {
        /** Judges {@code plan}, reporting each problem through {@code context}. */
        void check(PartnershipPlan plan, RuleContext context);
    }

    /**
     * A rule from its code, default severity, one-line summary and body.
     *
     * @throws IllegalArgumentException when the code is not UPPER_SNAKE or the summary is blank
     */
    static Rule of(String code, Severity defaultSeverity, String summary, Check check) {
        ViolationDef.requireCode(code);
        Objects.requireNonNull(defaultSeverity, "defaultSeverity");
        Checks.requireNonBlank("rule.summary", summary);
        Objects.requireNonNull(check, "check");
        return new Rule() {
            @Override
            public String code() {
                return code;
            }

            @Override
            public Severity defaultSeverity() {
                return defaultSeverity;
            }

            @Override
            public String summary() {
                return summary;
            }

            @Override
            public void check(PartnershipPlan plan, RuleContext context) {
                check.check(plan, context);
            }

            @Override
            public String toString() {
                return code + " (" + defaultSeverity + "): " + summary;
            }
        };
    }
}
