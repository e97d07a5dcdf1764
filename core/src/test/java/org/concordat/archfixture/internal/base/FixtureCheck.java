package org.concordat.archfixture.internal.base;

import org.concordat.archfixture.plan.FixturePlan;

/** A foundation that reaches up into the domain: {@code LayersTest} must report it. */
public final class FixtureCheck {
    private FixtureCheck() {}

    /** Depends on a domain type, which a foundation must not. */
    public static String describe(FixturePlan plan) {
        return plan.name();
    }
}
