package org.concordat.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.concordat.internal.base.Checks;
import org.concordat.internal.base.ConcordatStyle;
import org.concordat.internal.base.Ids;
import org.immutables.value.Value;

/**
 * How progress towards an objective is monitored: what is measured, in what unit, which way is
 * better, where it starts (baseline), where it should be by when (targets), where the data comes
 * from, how often and who owns it.
 *
 * <p>Refuses a malformed id, a quantitative measure whose baseline or target has no value (the
 * IATI value rule) and two targets for the same date. Whether a measure has a baseline or any
 * target at all is for a rulebook.
 */
@Value.Immutable
@ConcordatStyle
@JsonSerialize(as = Measure.class)
@JsonDeserialize(as = Measure.class)
@JsonPropertyOrder({
    "id",
    "name",
    "kind",
    "survey",
    "about",
    "unit",
    "direction",
    "baseline",
    "targets",
    "dataSource",
    "cadence",
    "ownerPersonId",
    "aggregation",
    "periods"
})
abstract class MeasureDef {
    /** Stable id, unique in the plan, e.g. {@code M1} or {@code O1-M1}. */
    public abstract String id();

    /** What is measured, e.g. {@code % of Year 11 FSM pupils achieving grade 5+ in maths}. */
    public abstract String name();

    /** Quantitative or qualitative. */
    public abstract MeasureKind kind();

    /**
     * Whether the values come from a survey, so that n counts valid responses: disclosure control
     * then applies the survey threshold (10 valid responses by default) instead of the pupil one.
     * False by default, and not written when false, so plans written before it read unchanged.
     */
    @Value.Default
    @JsonInclude(JsonInclude.Include.NON_DEFAULT)
    public boolean survey() {
        return false;
    }

    /**
     * Whom the values are about; empty means pupils ({@link #concernsPupils()}). A value about
     * pupils whose n is not given is always withheld.
     */
    public abstract Optional<MeasureSubject> about();

    /** Whether the values are about pupils: {@link #about()} is empty or {@link MeasureSubject#PUPILS}. */
    public final boolean concernsPupils() {
        return about().map(a -> a == MeasureSubject.PUPILS).orElse(true);
    }

    /** The unit, e.g. {@code %}, {@code pupils}, {@code grade points}. */
    public abstract Optional<String> unit();

    /** Which way is better; higher by default. */
    @Value.Default
    public Direction direction() {
        return Direction.HIGHER_IS_BETTER;
    }

    /** Where the measure starts. */
    public abstract Optional<Baseline> baseline();

    /** Milestones, by date. */
    public abstract List<Target> targets();

    /** Where the data comes from, e.g. {@code school MIS}, {@code pupil survey}. */
    public abstract Optional<String> dataSource();

    /** How often the data is collected; termly by default. */
    @Value.Default
    public Cadence cadence() {
        return Cadence.TERMLY;
    }

    /** Id of the person who owns the measure. */
    public abstract Optional<String> ownerPersonId();

    /**
     * How institutions' values make the partnership's value; empty (the default, and the behaviour
     * before this option) means the partnership's value is only what is reported for it.
     */
    public abstract Optional<Aggregation> aggregation();

    /**
     * How values for successive periods relate; {@link PeriodBasis#PER_PERIOD} by default, and not
     * written when so, so plans written before it read unchanged.
     */
    @Value.Default
    @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = PeriodBasis.DefaultFilter.class)
    public PeriodBasis periods() {
        return PeriodBasis.PER_PERIOD;
    }

    /** The last target due on or before {@code date}, if any. */
    public final Optional<Target> targetDueBy(LocalDate date) {
        return targets().stream().filter(t -> !t.by().isAfter(date)).reduce((a, b) -> a.by().isAfter(b.by()) ? a : b);
    }

    @Value.Check
    void check() {
        Ids.require("measure.id", id());
        Checks.requireNonBlank("measure.name", name());
        unit().ifPresent(u -> Checks.requireNonBlank("measure.unit", u));
        dataSource().ifPresent(d -> Checks.requireNonBlank("measure.dataSource", d));
        ownerPersonId().ifPresent(o -> Ids.require("measure.ownerPersonId", o));
        if (kind() == MeasureKind.QUANTITATIVE) {
            baseline().filter(b -> b.value().isEmpty()).ifPresent(b -> {
                throw new IllegalArgumentException(Checks.describe(
                        "measure.baseline.value", id(), "a quantitative measure's baseline needs a value"));
            });
            targets().stream().filter(t -> t.value().isEmpty()).findFirst().ifPresent(t -> {
                throw new IllegalArgumentException(Checks.describe(
                        "measure.targets.value",
                        id(),
                        "a quantitative measure's target by " + t.by() + " needs a value"));
            });
        }
        Ids.requireUnique("measure.targets.by", targets(), t -> t.by().toString());
    }
}
