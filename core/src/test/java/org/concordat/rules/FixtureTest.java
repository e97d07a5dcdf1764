package org.concordat.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FixtureTest {
    @Test
    void the_example_plan_has_no_violation() {
        assertThat(RuleFixtures.judge(RuleFixtures.plan()).violations()).isEmpty();
    }
}
