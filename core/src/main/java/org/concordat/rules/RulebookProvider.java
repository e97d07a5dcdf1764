package org.concordat.rules;

import java.util.List;

/**
 * Contributes named rulebooks to {@link Rulebooks#named(String)}. Register an implementation
 * (public, with a public no-argument constructor) in {@code
 * META-INF/services/org.concordat.rules.RulebookProvider} on the class path, or with {@code
 * provides org.concordat.rules.RulebookProvider with ...;} in a module; {@link
 * java.util.ServiceLoader} finds it.
 *
 * <p>A contributed rulebook may not take the name of a built-in one, and two providers may not
 * contribute the same name: {@link Rulebooks#named} refuses both, naming the providers.
 */
public interface RulebookProvider {
    /** The rulebooks contributed, each with a distinct name. */
    List<Rulebook> rulebooks();
}
