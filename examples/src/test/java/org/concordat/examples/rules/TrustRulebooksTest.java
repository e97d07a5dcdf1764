package org.concordat.examples.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.concordat.plan.ActivityType;
import org.concordat.plan.PartnershipPlan;
import org.concordat.rules.Codes;
import org.concordat.rules.Rulebook;
import org.concordat.rules.Rulebooks;
import org.concordat.rules.Severity;
import org.concordat.rules.ValidationReport;
import org.concordat.testkit.PlanSamples;
import org.concordat.testkit.quicktheories.RulebookGen;
import org.junit.jupiter.api.Test;

class TrustRulebooksTest {
    @Test
    void service_loader_finds_the_contributed_rulebook_by_name() {
        Rulebook trust = Rulebooks.named("example-trust");
        assertThat(trust.codes()).contains("TRUST_NEWSLETTER_MISSING", Codes.MEMBER_CHAMPION_MISSING);
        assertThat(trust.severityOf(Codes.PROGRAMME_GROUP_SIZE)).contains(Severity.INFO);
        assertThat(Rulebooks.names()).contains("dfe-guidance", "stem-partnership", "example-trust");
    }

    @Test
    void the_trusts_rule_warns_only_about_plans_without_a_newsletter() {
        Rulebook trust = Rulebooks.named("example-trust");
        qt().withExamples(50).forAll(RulebookGen.validPlans()).checkAssert(plan -> {
            ValidationReport report = trust.validate(plan, PlanSamples.settingsFor(plan));
            boolean hasNewsletter = plan.activities().stream().anyMatch(a -> a.type() == ActivityType.NEWSLETTER);
            assertThat(report.has("TRUST_NEWSLETTER_MISSING")).isEqualTo(!hasNewsletter);
            assertThat(report.isValid()).isTrue();
        });
        PartnershipPlan plan = PlanSamples.validPlan(3, 0);
        assertThat(trust.validate(plan, PlanSamples.settingsFor(plan)).withSeverity(Severity.WARNING))
                .allMatch(v -> !v.code().equals(Codes.PROGRAMME_GROUP_SIZE));
    }
}
