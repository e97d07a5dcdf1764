package org.concordat.plan;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.concordat.internal.base.Checks;
import org.concordat.internal.base.ConcordatStyle;
import org.immutables.value.Value;

/**
 * Where a measure starts: the value (absent for a purely qualitative measure), the date it
 * describes and where it came from. Refuses a value outside {@link MeasureValues}' bound.
 */
@Value.Immutable
@ConcordatStyle
@JsonSerialize(as = Baseline.class)
@JsonDeserialize(as = Baseline.class)
@JsonPropertyOrder({"value", "date", "source", "note"})
abstract class BaselineDef {
    /** The value, in the measure's unit. */
    public abstract Optional<BigDecimal> value();

    /** The date the value describes. */
    public abstract LocalDate date();

    /** Where it came from, e.g. {@code 2024 KS4 results, school MIS}. */
    public abstract String source();

    /** A description, the only content for a qualitative baseline without a value. */
    public abstract Optional<String> note();

    /** A baseline of {@code value} on {@code date} from {@code source}. */
    public static Baseline of(BigDecimal value, LocalDate date, String source) {
        return Baseline.builder().value(value).date(date).source(source).build();
    }

    @Value.Check
    void check() {
        value().ifPresent(v -> MeasureValues.check("baseline.value", v));
        Checks.requireNonBlank("baseline.source", source());
        note().ifPresent(n -> Checks.requireNonBlank("baseline.note", n));
    }
}
