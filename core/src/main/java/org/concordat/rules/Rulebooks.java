package org.concordat.rules;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;

/**
 * The built-in rulebooks, and lookup by name of those and of the rulebooks {@link
 * RulebookProvider}s contribute through {@link ServiceLoader}.
 *
 * <ul>
 *   <li>{@code dfe-guidance}: what DfE guidance on setting up school partnerships asks of every
 *       partnership (members and leads, the MOU and its approvals, measured objectives, a schedule
 *       inside the plan, the money, evaluation and data sharing).
 *   <li>{@code stem-partnership}: {@code dfe-guidance} plus the STEM Learning ENTHUSE Partnership
 *       expectations (four to eight members, a champion in each school, a two-year plan, termly
 *       champion meetings, teachers' and pupils' engagement evaluated).
 * </ul>
 */
public final class Rulebooks {
    /** The name of {@link #dfeGuidance()}. */
    public static final String DFE_GUIDANCE = "dfe-guidance";

    /** The name of {@link #stemPartnership()}. */
    public static final String STEM_PARTNERSHIP = "stem-partnership";

    private static final Rulebook DFE = build();
    private static final Rulebook STEM = buildStem();

    private Rulebooks() {}

    /** What DfE guidance asks of every school partnership. */
    public static Rulebook dfeGuidance() {
        return DFE;
    }

    /** {@code dfe-guidance} plus the STEM Learning ENTHUSE Partnership programme's expectations. */
    public static Rulebook stemPartnership() {
        return STEM;
    }

    /**
     * The rulebook called {@code name}: a built-in one or one a {@link RulebookProvider} on the
     * class or module path contributes. Providers are looked up on each call through the thread's
     * context class loader.
     *
     * @throws IllegalArgumentException naming the known rulebooks when none is called {@code name}
     * @throws IllegalStateException naming the providers when two contribute the same name or one
     *     takes a built-in name
     */
    public static Rulebook named(String name) {
        Rulebook found = all().get(name);
        if (found == null) {
            throw new IllegalArgumentException("rulebook \"" + name + "\": unknown; known rulebooks: "
                    + String.join(", ", names())
                    + " (contribute more with a RulebookProvider registered for ServiceLoader)");
        }
        return found;
    }

    /** The names of every rulebook {@link #named} can find, sorted. */
    public static Set<String> names() {
        return new TreeSet<>(all().keySet());
    }

    private static Map<String, Rulebook> all() {
        Map<String, Rulebook> books = new LinkedHashMap<>();
        Map<String, String> from = new LinkedHashMap<>();
        books.put(DFE.name(), DFE);
        books.put(STEM.name(), STEM);
        from.put(DFE.name(), "built in");
        from.put(STEM.name(), "built in");
        ServiceLoader<RulebookProvider> loader = ServiceLoader.load(RulebookProvider.class);
        try {
            for (RulebookProvider p : loader) {
                String who = p.getClass().getName();
                for (Rulebook b : p.rulebooks()) {
                    String before = from.putIfAbsent(b.name(), who);
                    if (before != null) {
                        throw new IllegalStateException("rulebook \"" + b.name() + "\": contributed by " + who
                                + " but already "
                                + (before.equals("built in") ? "built in" : "contributed by " + before)
                                + "; give one of them another name or remove a provider from the path");
                    }
                    books.put(b.name(), b);
                }
            }
        } catch (ServiceConfigurationError e) {
            throw new IllegalStateException("loading RulebookProviders: " + e.getMessage(), e);
        }
        return books;
    }

    private static Rulebook build() {
        Rulebook.Builder b = Rulebook.builder(DFE_GUIDANCE)
                .description("What DfE guidance on setting up school partnerships asks of every partnership");
        BuiltInRules.dfeGuidance().forEach(b::add);
        return b.build();
    }

    private static Rulebook buildStem() {
        Rulebook.Builder b = Rulebook.builder(STEM_PARTNERSHIP)
                .description("dfe-guidance plus the STEM Learning ENTHUSE Partnership programme's expectations")
                .include(DFE);
        BuiltInRules.stemProgramme().forEach(b::add);
        return b.build();
    }
}
