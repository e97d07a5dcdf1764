package org.concordat.plan;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.concordat.internal.base.Checks;
import org.concordat.internal.base.ConcordatStyle;
import org.concordat.internal.base.Ids;
import org.concordat.money.Money;
import org.immutables.value.Value;

/** A source of money: who gives it, what kind, and how much in total (GBP). */
@Value.Immutable
@ConcordatStyle
@JsonSerialize(as = FundingSource.class)
@JsonDeserialize(as = FundingSource.class)
@JsonPropertyOrder({"id", "name", "kind", "amount", "funderInstitutionId"})
abstract class FundingSourceDef {
    /** Stable id, e.g. {@code F1} or {@code enthuse}. */
    public abstract String id();

    /** The source's name, e.g. {@code ENTHUSE Partnership support}. */
    public abstract String name();

    /** What kind of funding. */
    public abstract FundingKind kind();

    /** The total amount available; zero or more. */
    public abstract Money amount();

    /** Id of the funding institution, if it is in the plan. */
    public abstract Optional<String> funderInstitutionId();

    @Value.Check
    void check() {
        Ids.require("fundingSource.id", id());
        Checks.requireNonBlank("fundingSource.name", name());
        if (amount().isNegative()) {
            throw new IllegalArgumentException(
                    Checks.describe("fundingSource.amount", amount(), "must not be negative"));
        }
        funderInstitutionId().ifPresent(f -> Ids.require("fundingSource.funderInstitutionId", f));
    }
}
