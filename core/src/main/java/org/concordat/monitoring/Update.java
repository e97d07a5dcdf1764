package org.concordat.monitoring;

import java.util.Objects;
import java.util.Optional;
import org.concordat.evaluation.Observation;

/**
 * A monitoring value for a measure as a partnership handles it: the value itself (measure,
 * institution or partnership, pupil group, period, n, source) with a comment, and where it stands
 * ({@link UpdateStatus}). This is the latest state of the update; {@code
 * Concordat.updates().history(...)} gives every {@link Transition} that led to it.
 *
 * @param partnershipId the partnership whose plan the measure belongs to
 * @param id the update's id within the partnership, e.g. {@code U7}
 * @param value the value, as the evaluation reads it once approved
 * @param comment the submitter's comment, if any
 * @param status where the update stands
 * @param version the store version of this state, 1 or more
 * @param submittedBy who made the latest submission (empty for a draft never submitted)
 * @param imported whether it was bulk-imported as approved by the person named in its history
 * @param last the transition that made this state
 */
public record Update(
        String partnershipId,
        String id,
        Observation value,
        Optional<String> comment,
        UpdateStatus status,
        long version,
        Optional<String> submittedBy,
        boolean imported,
        Transition last) {
    /** Checks that no part is null. */
    public Update {
        Objects.requireNonNull(partnershipId, "partnershipId");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(comment, "comment");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(submittedBy, "submittedBy");
        Objects.requireNonNull(last, "last");
    }

    /** The measure the value is for. */
    public String measureId() {
        return value.measureId();
    }

    /** The institution the value is for, empty for the partnership as a whole. */
    public Optional<String> institution() {
        return value.institution();
    }

    /** A one-line summary for messages and logs: ids, status and period, never a person's name. */
    @Override
    public String toString() {
        return "Update[" + partnershipId + "/" + id + ", " + status + ", " + value + "]";
    }
}
