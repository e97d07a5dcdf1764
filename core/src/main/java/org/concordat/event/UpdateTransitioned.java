package org.concordat.event;

import java.util.Objects;
import java.util.Optional;
import org.concordat.calendar.Period;
import org.concordat.monitoring.UpdateStatus;

/**
 * A monitoring update was submitted (the approvers are told), returned (the submitter is told, with
 * the reason) or approved (the submitter is told). Carries ids only, never a value about pupils.
 *
 * @param partnershipId the partnership
 * @param updateId the update's id
 * @param measureId the measure
 * @param institutionId the institution the value is for, empty for the partnership
 * @param period the period the value describes
 * @param to the status reached: SUBMITTED, RETURNED or APPROVED
 * @param actorId who took the step
 * @param submitterId who made the latest submission
 * @param reason the reason given (always, for a return)
 * @param version the update record's version that recorded the step
 */
public record UpdateTransitioned(
        String partnershipId,
        String updateId,
        String measureId,
        Optional<String> institutionId,
        Period period,
        UpdateStatus to,
        String actorId,
        Optional<String> submitterId,
        Optional<String> reason,
        long version)
        implements PlanEvent {
    /** Checks that no part is null and that the status is one announced. */
    public UpdateTransitioned {
        Objects.requireNonNull(partnershipId, "partnershipId");
        Objects.requireNonNull(updateId, "updateId");
        Objects.requireNonNull(measureId, "measureId");
        Objects.requireNonNull(institutionId, "institutionId");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(submitterId, "submitterId");
        Objects.requireNonNull(reason, "reason");
        if (to == UpdateStatus.DRAFT) {
            throw new IllegalArgumentException("updateTransitioned.to DRAFT: a draft is not announced");
        }
    }

    /** {@code update.submitted}, {@code update.returned} or {@code update.approved}. */
    @Override
    public String eventType() {
        return "update." + to.name().toLowerCase(java.util.Locale.ROOT);
    }
}
