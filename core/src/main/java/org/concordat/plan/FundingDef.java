package org.concordat.plan;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.concordat.internal.base.ConcordatStyle;
import org.concordat.internal.base.Ids;
import org.concordat.money.Money;
import org.immutables.value.Value;

/**
 * A plan's money: the sources, what is allocated to which activity, and what has been spent.
 * Refuses two sources with one id. Over-allocation and overspend are for a rulebook.
 */
@Value.Immutable
@ConcordatStyle
@JsonSerialize(as = Funding.class)
@JsonDeserialize(as = Funding.class)
@JsonPropertyOrder({"sources", "allocations", "spends"})
abstract class FundingDef {
    /** The sources of money. */
    public abstract List<FundingSource> sources();

    /** Money set aside for activities. */
    public abstract List<Allocation> allocations();

    /** Money spent. */
    public abstract List<Spend> spends();

    /** No money at all. */
    public static Funding none() {
        return Funding.builder().build();
    }

    /** The source with {@code id}, if there is one. */
    public final Optional<FundingSource> source(String id) {
        return sources().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The total of every source. */
    public final Money total() {
        return sources().stream().map(FundingSource::amount).collect(Money.summing());
    }

    /** The total allocated from {@code sourceId}. */
    public final Money allocatedFrom(String sourceId) {
        return allocations().stream()
                .filter(a -> a.fundingSourceId().equals(sourceId))
                .map(Allocation::amount)
                .collect(Money.summing());
    }

    /** The total allocated to {@code activityId} from every source. */
    public final Money allocatedTo(String activityId) {
        return allocations().stream()
                .filter(a -> a.activityId().equals(activityId))
                .map(Allocation::amount)
                .collect(Money.summing());
    }

    /** The total spent from {@code sourceId}. */
    public final Money spentFrom(String sourceId) {
        return spends().stream()
                .filter(s -> s.fundingSourceId().equals(sourceId))
                .map(Spend::amount)
                .collect(Money.summing());
    }

    @Value.Check
    void check() {
        Ids.requireUnique("funding.sources", sources(), FundingSource::id);
    }
}
