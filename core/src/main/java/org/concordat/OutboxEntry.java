package org.concordat;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A notification in the outbox, as {@link Concordat#pending()} lists it: its id and cause, what
 * kind of event, how many recipients (never who), and how far delivery through each notifier has
 * got. Safe to print or log: it holds no name, address or message body.
 *
 * @param id the stable id receivers de-duplicate by
 * @param cause what caused it, e.g. {@code plan-version P-1 3 agreement.awaiting-approval 1}
 * @param eventType the event type, e.g. {@code agreement.awaiting-approval}
 * @param partnershipId the partnership
 * @param recorded when it was recorded
 * @param recipients how many people it is addressed to
 * @param status {@code PENDING}, {@code DELIVERED}, {@code FAILED} or {@code SKIPPED}
 * @param deliveries delivery through each notifier tried so far, by notifier name
 */
public record OutboxEntry(
        String id,
        String cause,
        String eventType,
        String partnershipId,
        Instant recorded,
        int recipients,
        String status,
        Map<String, Delivery> deliveries) {

    /**
     * Delivery through one notifier.
     *
     * @param state {@code PENDING}, {@code DELIVERED} or {@code FAILED}
     * @param attempts how many times it was tried
     * @param nextAttempt when it will be tried again, after a failure
     * @param lastError what the last failure said
     */
    public record Delivery(String state, int attempts, Optional<Instant> nextAttempt, Optional<String> lastError) {
        /** Checks the parts. */
        public Delivery {
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(nextAttempt, "nextAttempt");
            Objects.requireNonNull(lastError, "lastError");
        }
    }

    /** Checks and copies the parts. */
    public OutboxEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(partnershipId, "partnershipId");
        Objects.requireNonNull(recorded, "recorded");
        Objects.requireNonNull(status, "status");
        deliveries = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(deliveries));
    }
}
