package org.concordat.event;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Data for a measure was due by its collection cadence and has not arrived.
 *
 * @param partnershipId the partnership
 * @param measureId the measure
 * @param measureName the measure's name
 * @param due when the data was due
 * @param lastCollected when data for it last arrived, if ever
 */
public record MeasureDataOverdue(
        String partnershipId, String measureId, String measureName, LocalDate due, Optional<LocalDate> lastCollected)
        implements PlanEvent {
    /** The event type, {@value}. */
    public static final String TYPE = "measure.data-overdue";

    /** Checks the parts. */
    public MeasureDataOverdue {
        Objects.requireNonNull(partnershipId, "partnershipId");
        Objects.requireNonNull(measureId, "measureId");
        Objects.requireNonNull(measureName, "measureName");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(lastCollected, "lastCollected");
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
