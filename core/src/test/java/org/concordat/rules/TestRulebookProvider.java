package org.concordat.rules;

import java.util.List;
import org.concordat.plan.ActivityType;

/** Contributes {@code test-newsletters} through ServiceLoader (registered in META-INF/services). */
public final class TestRulebookProvider implements RulebookProvider {
    static final Rule NEWSLETTER =
            Rule.of("NEWSLETTER_MISSING", Severity.WARNING, "A termly newsletter is planned", (plan, ctx) -> {
                if (plan.activities().stream().noneMatch(a -> a.type() == ActivityType.NEWSLETTER)) {
                    ctx.report("/activities", plan.partnership().id(), "No newsletter is planned", "Add one");
                }
            });

    /** Needed by ServiceLoader. */
    public TestRulebookProvider() {}

    @Override
    public List<Rulebook> rulebooks() {
        return List.of(Rulebook.builder("test-newsletters")
                .include(Rulebooks.dfeGuidance())
                .add(NEWSLETTER)
                .build());
    }
}
