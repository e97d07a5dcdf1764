package org.concordat.archfixture.internal.store;

import java.util.ArrayList;
import java.util.List;
import org.concordat.archfixture.plan.FixturePlan;

/**
 * A built-in backend that stores a domain type instead of the SPI's neutral records, so it
 * imports the domain (and, with {@link FixturePlan}, closes a package cycle): {@code LayersTest}
 * must report both.
 */
public final class FixtureStore {
    private final List<FixturePlan> plans = new ArrayList<>();

    /** Keeps a domain value, which a backend must not know. */
    public void keep(FixturePlan plan) {
        plans.add(plan);
    }

    /** How many plans are kept. */
    public int size() {
        return plans.size();
    }
}
