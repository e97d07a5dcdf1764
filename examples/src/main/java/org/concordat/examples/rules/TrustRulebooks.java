package org.concordat.examples.rules;

import java.util.List;
import org.concordat.plan.ActivityType;
import org.concordat.rules.Codes;
import org.concordat.rules.Rule;
import org.concordat.rules.Rulebook;
import org.concordat.rules.RulebookProvider;
import org.concordat.rules.Rulebooks;
import org.concordat.rules.Severity;

/**
 * Contributes {@code example-trust}: {@code stem-partnership} with group size only for
 * information, plus the trust's own rule that every partnership sends a newsletter. Registered in
 * {@code META-INF/services/org.concordat.rules.RulebookProvider}.
 */
public final class TrustRulebooks implements RulebookProvider {
    /** The trust's own rule: a newsletter keeps parents and governors informed. */
    public static final Rule NEWSLETTER = Rule.of(
            "TRUST_NEWSLETTER_MISSING", Severity.WARNING, "The action plan includes a newsletter", (plan, ctx) -> {
                if (plan.activities().stream().noneMatch(a -> a.type() == ActivityType.NEWSLETTER)) {
                    ctx.report(
                            plan.activities().isEmpty() ? "" : "/activities",
                            plan.partnership().id(),
                            plan.partnership().name() + " plans no newsletter",
                            "Add a termly NEWSLETTER activity to the action plan");
                }
            });

    /** Called by ServiceLoader. */
    public TrustRulebooks() {}

    @Override
    public List<Rulebook> rulebooks() {
        return List.of(Rulebooks.stemPartnership().toBuilder("example-trust")
                .description("stem-partnership as the example trust applies it")
                .regrade(Codes.PROGRAMME_GROUP_SIZE, Severity.INFO)
                .add(NEWSLETTER)
                .build());
    }
}
