package org.concordat.event;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Tells reminders when data for a measure last arrived, so {@link PlanEvents#due} can say whether
 * it is overdue. An MIS answers from its own records; {@link #none()} says no data ever arrived.
 */
@FunctionalInterface
public interface MeasureDataLog {
    /**
     * The date of the latest data collected for the measure.
     *
     * @return empty when none has arrived
     */
    Optional<LocalDate> lastCollected(String partnershipId, String measureId);

    /** A log in which no data ever arrived: every measure past its first due date is overdue. */
    static MeasureDataLog none() {
        return (partnership, measure) -> Optional.empty();
    }
}
