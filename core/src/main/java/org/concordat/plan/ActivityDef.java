package org.concordat.plan;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.concordat.internal.base.Checks;
import org.concordat.internal.base.ConcordatStyle;
import org.concordat.internal.base.Ids;
import org.concordat.money.Money;
import org.immutables.value.Value;

/**
 * One entry in the action plan: what (type), when (schedule), where (host), who (participants
 * and lead), why (objectives served), what it should produce, what it costs and who pays.
 *
 * <p>Refuses a malformed id or reference, a blank title, a negative cost and a participant listed
 * twice. Whether the referenced objectives, people and institutions exist, or the activity falls
 * before the agreement was approved, is for a rulebook.
 */
@Value.Immutable
@ConcordatStyle
@JsonSerialize(as = Activity.class)
@JsonDeserialize(as = Activity.class)
@JsonPropertyOrder({
    "id",
    "title",
    "type",
    "schedule",
    "status",
    "hostInstitutionId",
    "participantInstitutionIds",
    "leadPersonId",
    "objectiveIds",
    "plannedOutputs",
    "cost",
    "fundingSourceId",
    "description"
})
abstract class ActivityDef {
    /** Stable id, e.g. {@code A12}. */
    public abstract String id();

    /** A short title, e.g. {@code Autumn champion meeting}. */
    public abstract String title();

    /** What kind of activity. */
    public abstract ActivityType type();

    /** When it takes place. */
    public abstract Schedule schedule();

    /** Where it is: planned by default. */
    @Value.Default
    public ActivityStatus status() {
        return ActivityStatus.PLANNED;
    }

    /** Id of the hosting institution, if any. */
    public abstract Optional<String> hostInstitutionId();

    /** Ids of the participating institutions; empty means every member. */
    public abstract List<String> participantInstitutionIds();

    /** Id of the person who leads it. */
    public abstract Optional<String> leadPersonId();

    /** Ids of the objectives it serves. */
    public abstract Set<String> objectiveIds();

    /** Outputs it should produce. */
    public abstract List<PlannedOutput> plannedOutputs();

    /** What it costs, in GBP. */
    public abstract Optional<Money> cost();

    /** Id of the funding source that pays for it. */
    public abstract Optional<String> fundingSourceId();

    /** A longer description. */
    public abstract Optional<String> description();

    /** Whether it serves the objective {@code objectiveId}. */
    public final boolean serves(String objectiveId) {
        return objectiveIds().contains(objectiveId);
    }

    @Value.Check
    void check() {
        Ids.require("activity.id", id());
        Checks.requireNonBlank("activity.title", title());
        hostInstitutionId().ifPresent(h -> Ids.require("activity.hostInstitutionId", h));
        Ids.requireAll("activity.participantInstitutionIds", participantInstitutionIds());
        Ids.requireUnique("activity.participantInstitutionIds", participantInstitutionIds(), p -> p);
        leadPersonId().ifPresent(p -> Ids.require("activity.leadPersonId", p));
        Ids.requireAll("activity.objectiveIds", objectiveIds());
        cost().filter(Money::isNegative).ifPresent(c -> {
            throw new IllegalArgumentException(Checks.describe("activity.cost", c, "must not be negative"));
        });
        fundingSourceId().ifPresent(f -> Ids.require("activity.fundingSourceId", f));
        description().ifPresent(d -> Checks.requireNonBlank("activity.description", d));
    }
}
