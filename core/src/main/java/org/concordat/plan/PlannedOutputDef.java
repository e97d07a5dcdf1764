package org.concordat.plan;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.concordat.internal.base.Checks;
import org.concordat.internal.base.ConcordatStyle;
import org.immutables.value.Value;

/** A countable output an activity should produce, e.g. 20 teachers attending. */
@Value.Immutable
@ConcordatStyle
@JsonSerialize(as = PlannedOutput.class)
@JsonDeserialize(as = PlannedOutput.class)
@JsonPropertyOrder({"description", "count"})
abstract class PlannedOutputDef {
    /** What is counted, e.g. {@code teachers attending}. */
    public abstract String description();

    /** How many, zero or more. */
    public abstract long count();

    /** {@code count} of {@code description}. */
    public static PlannedOutput of(String description, long count) {
        return PlannedOutput.builder().description(description).count(count).build();
    }

    @Value.Check
    void check() {
        Checks.requireNonBlank("plannedOutput.description", description());
        Checks.requireNonNegative("plannedOutput.count", count());
    }
}
