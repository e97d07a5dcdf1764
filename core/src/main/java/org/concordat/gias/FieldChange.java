package org.concordat.gias;

import java.util.Objects;
import java.util.Optional;

/**
 * One field of a plan's institution that GIAS says differently: the plan field's name, the value
 * the plan had and the value GIAS gives (each empty when there is none), as text in the plan
 * format's spelling.
 *
 * @param field the institution field, e.g. {@code name}, {@code localAuthority}, {@code closeDate}
 * @param from the plan's value before the refresh
 * @param to GIAS's value
 */
public record FieldChange(String field, Optional<String> from, Optional<String> to) {
    /** Refuses nulls and a change that changes nothing. */
    public FieldChange {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.equals(to)) {
            throw new IllegalArgumentException("change of " + field + ": from and to are the same");
        }
    }

    /** {@code field: from -> to}, with {@code (none)} for an empty side. */
    @Override
    public String toString() {
        return field + ": " + from.orElse("(none)") + " -> " + to.orElse("(none)");
    }
}
