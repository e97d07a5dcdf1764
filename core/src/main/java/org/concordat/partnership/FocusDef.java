package org.concordat.partnership;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Set;
import org.concordat.calendar.YearGroup;
import org.concordat.internal.base.ConcordatStyle;
import org.concordat.school.Phase;
import org.immutables.value.Value;

/**
 * What a partnership concentrates on: subjects, phases, year groups and areas of collaboration.
 * Every part may be empty, meaning not narrowed.
 */
@Value.Immutable
@ConcordatStyle
@JsonSerialize(as = Focus.class)
@JsonDeserialize(as = Focus.class)
@JsonPropertyOrder({"subjects", "phases", "yearGroups", "areas"})
abstract class FocusDef {
    /** Subjects, e.g. physics and mathematics. */
    public abstract Set<Subject> subjects();

    /** Phases of education, e.g. secondary. */
    public abstract Set<Phase> phases();

    /** Year groups, e.g. Year 9 to Year 11. */
    public abstract Set<YearGroup> yearGroups();

    /** Areas of collaboration, e.g. teaching and curriculum. */
    public abstract Set<Area> areas();

    /** A focus that narrows nothing. */
    public static Focus none() {
        return Focus.builder().build();
    }
}
