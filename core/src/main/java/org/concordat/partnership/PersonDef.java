package org.concordat.partnership;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.concordat.internal.base.Checks;
import org.concordat.internal.base.ConcordatStyle;
import org.concordat.internal.base.Ids;
import org.immutables.value.Value;

/**
 * A person acting in a partnership in one or more roles. Personal data is kept minimal on
 * purpose: name, roles, institution and work email only.
 */
@Value.Immutable
@ConcordatStyle
@JsonSerialize(as = Person.class)
@JsonDeserialize(as = Person.class)
@JsonPropertyOrder({"id", "name", "roles", "institutionId", "email", "emailOptOut"})
abstract class PersonDef {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** Stable id inside the plan, e.g. {@code p-jsmith}. */
    public abstract String id();

    /** The name people use, e.g. {@code Dr Jo Smith}. */
    public abstract String name();

    /** The roles this person plays; at least one. */
    public abstract Set<Role> roles();

    /** Id of the institution the person works for, if any (a facilitator may have none). */
    public abstract Optional<String> institutionId();

    /** Work email address; never a personal one. */
    public abstract Optional<String> email();

    /**
     * Whether the person asked not to be sent notifications: they are then left out of every
     * notification's recipients (and counted as opted out), whatever their roles. False by default,
     * and not written when false, so plans written before it read unchanged.
     */
    @Value.Default
    @JsonInclude(JsonInclude.Include.NON_DEFAULT)
    public boolean emailOptOut() {
        return false;
    }

    /** Whether this person plays {@code role}. */
    public final boolean has(Role role) {
        return roles().contains(role);
    }

    @Value.Check
    void check() {
        Ids.require("person.id", id());
        Checks.requireNonBlank("person.name", name());
        if (roles().isEmpty()) {
            throw new IllegalArgumentException(
                    Checks.describe("person.roles", id(), "a person needs at least one role"));
        }
        institutionId().ifPresent(i -> Ids.require("person.institutionId", i));
        email().ifPresent(e -> {
            if (!EMAIL.matcher(e).matches()) {
                throw new IllegalArgumentException(
                        Checks.describe("person.email", e, "expected a work address like name@school.org.uk"));
            }
        });
    }
}
