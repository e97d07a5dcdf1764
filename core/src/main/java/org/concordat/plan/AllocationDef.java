package org.concordat.plan;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.concordat.internal.base.Checks;
import org.concordat.internal.base.ConcordatStyle;
import org.concordat.internal.base.Ids;
import org.concordat.money.Money;
import org.immutables.value.Value;

/** Money from one funding source set aside for one activity. */
@Value.Immutable
@ConcordatStyle
@JsonSerialize(as = Allocation.class)
@JsonDeserialize(as = Allocation.class)
@JsonPropertyOrder({"fundingSourceId", "activityId", "amount"})
abstract class AllocationDef {
    /** Id of the funding source. */
    public abstract String fundingSourceId();

    /** Id of the activity. */
    public abstract String activityId();

    /** The amount set aside; zero or more. */
    public abstract Money amount();

    /** {@code amount} from {@code fundingSourceId} for {@code activityId}. */
    public static Allocation of(String fundingSourceId, String activityId, Money amount) {
        return Allocation.builder()
                .fundingSourceId(fundingSourceId)
                .activityId(activityId)
                .amount(amount)
                .build();
    }

    @Value.Check
    void check() {
        Ids.require("allocation.fundingSourceId", fundingSourceId());
        Ids.require("allocation.activityId", activityId());
        if (amount().isNegative()) {
            throw new IllegalArgumentException(Checks.describe("allocation.amount", amount(), "must not be negative"));
        }
    }
}
