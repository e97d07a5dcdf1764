package org.concordat.monitoring;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.concordat.calendar.Period;

/**
 * A period closed to monitoring once reported: for one measure, or (when {@code measureId} is
 * empty) for the whole plan. While locked, no update whose period lies within it may be drafted,
 * submitted, revised, approved or returned. Locking and unlocking are kept as versions of one
 * record, so every change is auditable; unlocking needs a reason.
 *
 * @param partnershipId the partnership
 * @param measureId the measure locked, empty for every measure of the plan
 * @param period the period locked; an update falls under it when its period lies within it
 * @param locked whether the period is locked now
 * @param version the store version of this state, 1 or more
 * @param personId who locked or unlocked it last
 * @param time when
 * @param reason why, when given (always given for an unlock)
 */
public record PeriodLock(
        String partnershipId,
        Optional<String> measureId,
        Period period,
        boolean locked,
        long version,
        String personId,
        Instant time,
        Optional<String> reason) {
    /** Checks that no part is null. */
    public PeriodLock {
        Objects.requireNonNull(partnershipId, "partnershipId");
        Objects.requireNonNull(measureId, "measureId");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(reason, "reason");
    }

    /** Whether this lock, while locked, covers an update of {@code measure} for {@code updatePeriod}. */
    public boolean covers(String measure, Period updatePeriod) {
        return locked && measureId.map(measure::equals).orElse(true) && period.encloses(updatePeriod);
    }

    /** What is locked, for messages: {@code measure M1, 2025-09-01/2025-12-31} or {@code every measure, ...}. */
    public String describe() {
        return measureId.map(m -> "measure " + m).orElse("every measure") + ", " + period;
    }
}
