package org.concordat.event;

import java.time.LocalDate;
import java.util.Objects;
import org.concordat.calendar.Period;

/**
 * An occurrence of a planned or scheduled activity starts within the reminder window.
 *
 * @param partnershipId the partnership
 * @param activityId the activity
 * @param title the activity's title
 * @param occurrence the dates of this occurrence (one day, a range, or a term for recurring ones)
 * @param daysUntil days from the reminder date to the start, 0 for today
 */
public record ActivityComingUp(String partnershipId, String activityId, String title, Period occurrence, long daysUntil)
        implements PlanEvent {
    /** The event type, {@value}. */
    public static final String TYPE = "activity.coming-up";

    /** Checks the parts. */
    public ActivityComingUp {
        Objects.requireNonNull(partnershipId, "partnershipId");
        Objects.requireNonNull(activityId, "activityId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(occurrence, "occurrence");
    }

    /** The first day of the occurrence. */
    public LocalDate starts() {
        return occurrence.start();
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
