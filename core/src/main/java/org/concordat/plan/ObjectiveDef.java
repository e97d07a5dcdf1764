package org.concordat.plan;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.concordat.calendar.YearGroup;
import org.concordat.internal.base.Checks;
import org.concordat.internal.base.ConcordatStyle;
import org.concordat.internal.base.Ids;
import org.concordat.partnership.Area;
import org.concordat.partnership.Subject;
import org.immutables.value.Value;

/**
 * What a partnership aims to change, in an area, for subjects, year groups and pupil groups (e.g.
 * pupils eligible for free school meals), with the measures that monitor it. Empty subjects, year
 * groups or pupil groups mean "not narrowed". Refuses a malformed id, a blank title and two
 * measures with one id; whether an objective has any measure is for a rulebook.
 */
@Value.Immutable
@ConcordatStyle
@JsonSerialize(as = Objective.class)
@JsonDeserialize(as = Objective.class)
@JsonPropertyOrder({"id", "title", "description", "area", "subjects", "yearGroups", "pupilGroups", "measures"})
abstract class ObjectiveDef {
    /** Stable id, e.g. {@code O1}. */
    public abstract String id();

    /** A short statement, e.g. {@code Raise FSM pupils' attainment in GCSE maths}. */
    public abstract String title();

    /** A longer description. */
    public abstract Optional<String> description();

    /** The area of collaboration it belongs to. */
    public abstract Optional<Area> area();

    /** Subjects it concerns. */
    public abstract Set<Subject> subjects();

    /** Year groups it concerns. */
    public abstract Set<YearGroup> yearGroups();

    /** Pupil groups it targets, e.g. {@code FSM_ELIGIBLE=Y}. */
    public abstract Set<PupilGroup> pupilGroups();

    /** The measures that monitor it. */
    public abstract List<Measure> measures();

    /** The measure with {@code id}, if this objective has it. */
    public final Optional<Measure> measure(String id) {
        return measures().stream().filter(m -> m.id().equals(id)).findFirst();
    }

    @Value.Check
    void check() {
        Ids.require("objective.id", id());
        Checks.requireNonBlank("objective.title", title());
        description().ifPresent(d -> Checks.requireNonBlank("objective.description", d));
        Ids.requireUnique("objective.measures", measures(), Measure::id);
    }
}
