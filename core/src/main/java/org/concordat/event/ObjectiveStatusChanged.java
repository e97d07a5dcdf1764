package org.concordat.event;

import java.util.Objects;

/**
 * An objective's judged status changed to {@link ObjectiveStatus#AT_RISK} or {@link
 * ObjectiveStatus#OFF_TRACK}.
 *
 * @param partnershipId the partnership
 * @param objectiveId the objective
 * @param objectiveTitle the objective's title
 * @param from the status before
 * @param to the status now
 */
public record ObjectiveStatusChanged(
        String partnershipId, String objectiveId, String objectiveTitle, ObjectiveStatus from, ObjectiveStatus to)
        implements PlanEvent {
    /** The event type, {@value}. */
    public static final String TYPE = "objective.status-changed";

    /**
     * Checks the parts.
     *
     * @throws IllegalArgumentException when the status did not change or changed to one that needs
     *     no attention
     */
    public ObjectiveStatusChanged {
        Objects.requireNonNull(partnershipId, "partnershipId");
        Objects.requireNonNull(objectiveId, "objectiveId");
        Objects.requireNonNull(objectiveTitle, "objectiveTitle");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from == to || !to.needsAttention()) {
            throw new IllegalArgumentException("ObjectiveStatusChanged to \"" + to + "\" from " + from
                    + ": only a change to AT_RISK or OFF_TRACK is an event");
        }
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
