package org.concordat.plan;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.concordat.internal.base.Checks;
import org.concordat.internal.base.ConcordatStyle;
import org.concordat.internal.base.Ids;
import org.concordat.money.Money;
import org.immutables.value.Value;

/** Money actually spent from a funding source, on a date, perhaps for one activity. */
@Value.Immutable
@ConcordatStyle
@JsonSerialize(as = Spend.class)
@JsonDeserialize(as = Spend.class)
@JsonPropertyOrder({"fundingSourceId", "activityId", "date", "amount", "description"})
abstract class SpendDef {
    /** Id of the funding source. */
    public abstract String fundingSourceId();

    /** Id of the activity it paid for, if any. */
    public abstract Optional<String> activityId();

    /** The date of the spend. */
    public abstract LocalDate date();

    /** The amount spent; zero or more. */
    public abstract Money amount();

    /** What it paid for, e.g. {@code supply cover, 2 days}. */
    public abstract Optional<String> description();

    @Value.Check
    void check() {
        Ids.require("spend.fundingSourceId", fundingSourceId());
        activityId().ifPresent(a -> Ids.require("spend.activityId", a));
        if (amount().isNegative()) {
            throw new IllegalArgumentException(Checks.describe("spend.amount", amount(), "must not be negative"));
        }
        description().ifPresent(d -> Checks.requireNonBlank("spend.description", d));
    }
}
