package org.concordat.event;

import java.util.Objects;
import java.util.Optional;
import org.concordat.calendar.Period;

/**
 * A monitoring period was locked or unlocked by the partnership lead; an unlock always carries its
 * reason. Everyone who submits or decides updates is told.
 *
 * @param partnershipId the partnership
 * @param measureId the measure, empty for every measure of the plan
 * @param period the period
 * @param locked true when locked, false when unlocked
 * @param actorId who locked or unlocked it
 * @param reason the reason given
 * @param version the lock record's version that recorded it
 */
public record PeriodLockChanged(
        String partnershipId,
        Optional<String> measureId,
        Period period,
        boolean locked,
        String actorId,
        Optional<String> reason,
        long version)
        implements PlanEvent {
    /** Checks that no part is null. */
    public PeriodLockChanged {
        Objects.requireNonNull(partnershipId, "partnershipId");
        Objects.requireNonNull(measureId, "measureId");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(reason, "reason");
    }

    /** {@code period.locked} or {@code period.unlocked}. */
    @Override
    public String eventType() {
        return locked ? "period.locked" : "period.unlocked";
    }
}
