package org.concordat.plan;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.concordat.calendar.Period;
import org.concordat.internal.base.Checks;
import org.concordat.internal.base.ConcordatStyle;
import org.immutables.value.Value;

/**
 * A milestone for a measure, IATI-style: the value to reach by a date, optionally for a period
 * (e.g. the 2026/27 academic year) that ends on or before that date. Refuses a period that ends
 * after the date, and a value outside {@link MeasureValues}' bound.
 */
@Value.Immutable
@ConcordatStyle
@JsonSerialize(as = Target.class)
@JsonDeserialize(as = Target.class)
@JsonPropertyOrder({"value", "by", "period", "note"})
abstract class TargetDef {
    /** The value to reach, in the measure's unit. */
    public abstract Optional<BigDecimal> value();

    /** The date by which it should be reached. */
    public abstract LocalDate by();

    /** The period the value describes, if narrower than "by this date". */
    public abstract Optional<Period> period();

    /** A description, the only content for a qualitative target without a value. */
    public abstract Optional<String> note();

    /** A target of {@code value} by {@code by}. */
    public static Target of(BigDecimal value, LocalDate by) {
        return Target.builder().value(value).by(by).build();
    }

    @Value.Check
    void check() {
        value().ifPresent(v -> MeasureValues.check("target.value", v));
        period().ifPresent(p -> {
            if (p.end().isAfter(by())) {
                throw new IllegalArgumentException(
                        Checks.describe("target.period", p, "must end on or before the target date " + by()));
            }
        });
        note().ifPresent(n -> Checks.requireNonBlank("target.note", n));
    }
}
