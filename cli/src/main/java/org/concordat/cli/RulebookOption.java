package org.concordat.cli;

import java.util.Optional;
import org.concordat.rules.Rulebook;
import org.concordat.rules.Rulebooks;
import picocli.CommandLine.Option;

/**
 * {@code --rulebook NAME}, shared as a picocli mixin by {@code validate} (which judges under
 * {@code dfe-guidance} when no name is given) and {@code store save} (which checks a plan only
 * when a name is given), so both resolve a name and refuse an unknown one the same way.
 */
final class RulebookOption {
    @Option(
            names = "--rulebook",
            paramLabel = "NAME",
            description = "dfe-guidance or stem-partnership (or one a RulebookProvider adds).")
    Optional<String> name = Optional.empty();

    /** The named rulebook, if a name was given. */
    Optional<Rulebook> book() {
        return name.map(RulebookOption::named);
    }

    /** The named rulebook, or {@code fallback} when no name was given. */
    Rulebook bookOr(String fallback) {
        return named(name.orElse(fallback));
    }

    /**
     * The rulebook called {@code name}.
     *
     * @throws InputException naming {@code --rulebook} and listing the rulebooks known
     */
    static Rulebook named(String name) {
        try {
            return Rulebooks.named(name);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new InputException("--rulebook: " + e.getMessage(), e);
        }
    }
}
