package org.concordat.monitoring;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One step in an update's history, as the record store keeps it: from which status (empty when
 * the update was created by this step), to which, by whom (a person id of the plan), when, and
 * why (required when returning; optional otherwise). {@code version} is the store version that
 * recorded it. A revision of a draft's value is a step from a status to the same status.
 *
 * @param version the store version of the update record that holds this step, 1 or more
 * @param from the status before, empty for the step that created the update
 * @param to the status after
 * @param personId who took the step
 * @param time when, by the facade's clock
 * @param reason why, when given
 */
public record Transition(
        long version,
        Optional<UpdateStatus> from,
        UpdateStatus to,
        String personId,
        Instant time,
        Optional<String> reason) {
    /** Checks that no part is null and the version is 1 or more. */
    public Transition {
        if (version < 1) {
            throw new IllegalArgumentException("transition.version " + version + ": must be 1 or more");
        }
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(reason, "reason");
    }

    /** {@code SUBMITTED → APPROVED by p-begum at 2026-03-01T10:00:00Z}, with the reason when there is one. */
    @Override
    public String toString() {
        return from.map(UpdateStatus::name).orElse("(new)") + " → " + to + " by " + personId + " at " + time
                + reason.map(r -> ": " + r).orElse("");
    }
}
