package org.concordat.archfixture.plan;

import org.concordat.archfixture.internal.store.FixtureStore;

/** A domain type that reaches into a built-in backend: {@code LayersTest} must report it. */
public final class FixturePlan {
    private final String name;

    /** A plan kept in a backend's store, which a domain type must not know. */
    public FixturePlan(String name, FixtureStore store) {
        this.name = name;
        store.keep(this);
    }

    /** The plan's name. */
    public String name() {
        return name;
    }
}
