package org.concordat.examples.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.concordat.partnership.Member;
import org.concordat.plan.ActivityStatus;
import org.concordat.plan.PartnershipPlan;
import org.concordat.rules.Rule;
import org.concordat.rules.Rulebook;
import org.concordat.rules.Rulebooks;
import org.concordat.rules.Severity;
import org.concordat.testkit.PlanSamples;
import org.concordat.testkit.quicktheories.RulebookGen;
import org.junit.jupiter.api.Test;

/**
 * docs/testing.md's "team's own rule under property tests", run as written: a trust adds "every
 * member school hosts at least one activity" to stem-partnership and checks the rule reacts to
 * removing one school's activities, and that the built-in breakers still break its rulebook.
 */
class HostingRulePropertyTest {
    static final Rule HOSTS = Rule.of(
            "MEMBER_HOSTS_NOTHING",
            Severity.WARNING,
            "Every member school hosts at least one activity",
            (plan, ctx) -> {
                Set<String> hosts = plan.activities().stream()
                        .filter(a -> a.status() != ActivityStatus.CANCELLED)
                        .flatMap(a -> a.hostInstitutionId().stream())
                        .collect(Collectors.toSet());
                List<Member> members = plan.partnership().members();
                for (int i = 0; i < members.size(); i++) {
                    String id = members.get(i).institutionId();
                    if (!hosts.contains(id)) {
                        ctx.report(
                                "/partnership/members/" + i,
                                id,
                                id + " hosts no activity",
                                "Ask it to host a meeting or a CPD session");
                    }
                }
            });
    static final Rulebook OURS = Rulebook.builder("our-trust")
            .include(Rulebooks.stemPartnership())
            .add(HOSTS)
            .build();

    @Test
    void plans_where_every_member_hosts_pass_and_removing_one_schools_activities_is_caught() {
        qt().withExamples(200).forAll(RulebookGen.validPlans()).checkAssert(plan -> {
            String school = plan.partnership().members().get(0).institutionId();
            PartnershipPlan without = plan.withActivities(plan.activities().stream()
                    .filter(a -> !a.hostInstitutionId().equals(Optional.of(school)))
                    .toList());
            assertThat(OURS.validate(without, PlanSamples.settingsFor(without)).codes())
                    .as(PlanSamples.describe(plan))
                    .contains("MEMBER_HOSTS_NOTHING");
        });
    }

    @Test
    void the_built_in_breakers_still_break_our_rulebook() {
        qt().forAll(RulebookGen.brokenPlans())
                .checkAssert(broken -> assertThat(
                                OURS.validate(broken.plan(), broken.settings()).codes())
                        .containsAll(broken.expectedCodes().keySet()));
    }

    @Test
    void the_rule_is_quiet_when_every_member_hosts() {
        PartnershipPlan plan = PlanSamples.validPlan(5, org.concordat.testkit.PlanShape.of(3, 1, 4, 1));
        PartnershipPlan hosted = plan.withActivities(plan.activities().stream()
                .map(a -> a.id().matches("A[2-4]")
                        ? org.concordat.plan.Activity.builder()
                                .from(a)
                                .hostInstitutionId("s" + (Integer.parseInt(a.id().substring(1)) - 1))
                                .status(ActivityStatus.SCHEDULED)
                                .build()
                        : a)
                .toList());
        assertThat(OURS.validate(hosted, PlanSamples.settingsFor(hosted)).has("MEMBER_HOSTS_NOTHING"))
                .isFalse();
    }
}
