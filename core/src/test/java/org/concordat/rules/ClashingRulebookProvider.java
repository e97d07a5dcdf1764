package org.concordat.rules;

import java.util.List;

/** Contributes a rulebook under a built-in name; registered only by {@link RulebookProviderClashTest}. */
public final class ClashingRulebookProvider implements RulebookProvider {
    /** Needed by ServiceLoader. */
    public ClashingRulebookProvider() {}

    @Override
    public List<Rulebook> rulebooks() {
        return List.of(Rulebook.builder(Rulebooks.DFE_GUIDANCE).build());
    }
}
