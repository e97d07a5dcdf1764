package org.concordat.plan;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.concordat.internal.base.Checks;
import org.concordat.internal.base.ConcordatStyle;
import org.immutables.value.Value;

/**
 * The logic of the partnership as the Magenta Book draws it: inputs → activities → outputs →
 * outcomes → impact, each a list of short statements. Refuses blank statements.
 */
@Value.Immutable
@ConcordatStyle
@JsonSerialize(as = TheoryOfChange.class)
@JsonDeserialize(as = TheoryOfChange.class)
@JsonPropertyOrder({"inputs", "activities", "outputs", "outcomes", "impacts"})
abstract class TheoryOfChangeDef {
    /** What goes in, e.g. {@code £15,000 programme funding}, {@code teacher time}. */
    public abstract List<String> inputs();

    /** What is done, e.g. {@code termly CPD in practical physics}. */
    public abstract List<String> activities();

    /** What is directly produced, e.g. {@code 40 teachers trained}. */
    public abstract List<String> outputs();

    /** What changes for teachers and pupils, e.g. {@code more confident physics teaching}. */
    public abstract List<String> outcomes();

    /** The long-term effects, e.g. {@code more FSM pupils taking A-level physics}. */
    public abstract List<String> impacts();

    /** An empty theory of change. */
    public static TheoryOfChange empty() {
        return TheoryOfChange.builder().build();
    }

    @Value.Check
    void check() {
        inputs().forEach(s -> Checks.requireNonBlank("theoryOfChange.inputs", s));
        activities().forEach(s -> Checks.requireNonBlank("theoryOfChange.activities", s));
        outputs().forEach(s -> Checks.requireNonBlank("theoryOfChange.outputs", s));
        outcomes().forEach(s -> Checks.requireNonBlank("theoryOfChange.outcomes", s));
        impacts().forEach(s -> Checks.requireNonBlank("theoryOfChange.impacts", s));
    }
}
