package org.concordat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.concordat.spi.Link;
import org.concordat.spi.Notification;
import org.concordat.spi.Recipient;

/**
 * One notification in the outbox as one version of its record holds it: what caused it, the
 * notification itself (recipients with their plan person ids, so an erasure can find them), and
 * how far delivery through each notifier has got. Values only; {@link Outbox} decides what changes.
 *
 * @param id the notification's stable id, also the record id
 * @param cause what caused it, readable, e.g. {@code plan-version P-1 3 agreement.awaiting-approval 1}
 * @param sequence its place among the notifications recorded together, for sending in order
 * @param recorded when it was recorded
 * @param eventType the event type
 * @param partnershipId the partnership
 * @param recipients whom it is addressed to; empty when nobody the event concerns can be reached
 * @param withoutAddress how many people it concerns have no work email
 * @param optedOut how many people it concerns opted out
 * @param subject the subject line
 * @param textBody the text body
 * @param htmlBody the HTML body, when there is one
 * @param links the links
 * @param deliveries the delivery through each notifier, by notifier name
 * @param status where the notification as a whole stands
 */
record OutboxItem(
        String id,
        String cause,
        int sequence,
        Instant recorded,
        String eventType,
        String partnershipId,
        List<Addressee> recipients,
        int withoutAddress,
        int optedOut,
        String subject,
        String textBody,
        Optional<String> htmlBody,
        List<Link> links,
        Map<String, Delivery> deliveries,
        Status status) {

    /** Where a notification as a whole stands. */
    public enum Status {
        /** Some configured notifier has still to deliver it. */
        PENDING,
        /** Every notifier it was dispatched to delivered it. */
        DELIVERED,
        /** Some notifier refused it for good (or gave up retrying); the others delivered it. */
        FAILED,
        /** Nobody it concerns can be reached (no work email, or opted out): nothing to send. */
        SKIPPED
    }

    /** Where delivery through one notifier stands. */
    public enum State {
        /** Not yet delivered; tried again at {@link Delivery#nextAttempt()}. */
        PENDING,
        /** Delivered (accepted by the notifier). */
        DELIVERED,
        /** Refused for good, or given up after too many attempts. */
        FAILED
    }

    /**
     * Delivery through one notifier.
     *
     * @param state where it stands
     * @param attempts how many times it was tried
     * @param nextAttempt when to try again, while pending after a failure
     * @param lastAttempt when it was last tried
     * @param lastError what the last failure said (notifiers keep personal data out of it)
     */
    public record Delivery(
            State state,
            int attempts,
            Optional<Instant> nextAttempt,
            Optional<Instant> lastAttempt,
            Optional<String> lastError) {
        /** Checks the parts. */
        public Delivery {
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(nextAttempt, "nextAttempt");
            Objects.requireNonNull(lastAttempt, "lastAttempt");
            Objects.requireNonNull(lastError, "lastError");
        }
    }

    /**
     * A recipient with the plan id of the person it is.
     *
     * @param personId the person's id in the plan
     * @param recipient the name, role and address
     */
    public record Addressee(String personId, Recipient recipient) {
        /** Checks the parts. */
        public Addressee {
            Objects.requireNonNull(personId, "personId");
            Objects.requireNonNull(recipient, "recipient");
        }

        /** Shows the person id and role only. */
        @Override
        public String toString() {
            return "Addressee[personId=" + personId + ", role=" + recipient.role() + "]";
        }
    }

    /** Checks and copies the parts. */
    public OutboxItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(recorded, "recorded");
        recipients = List.copyOf(recipients);
        Objects.requireNonNull(htmlBody, "htmlBody");
        links = List.copyOf(links);
        deliveries = java.util.Collections.unmodifiableMap(new TreeMap<>(deliveries));
        Objects.requireNonNull(status, "status");
    }

    /** The notification to hand to a notifier, carrying this item's id. */
    public Notification notification() {
        List<Recipient> to = new ArrayList<>();
        recipients.forEach(a -> to.add(a.recipient()));
        return new Notification(eventType, partnershipId, to, subject, textBody, htmlBody, links, id);
    }

    /** This item with one notifier's delivery replaced and the status as given. */
    public OutboxItem with(Map<String, Delivery> newDeliveries, Status newStatus) {
        return new OutboxItem(
                id,
                cause,
                sequence,
                recorded,
                eventType,
                partnershipId,
                recipients,
                withoutAddress,
                optedOut,
                subject,
                textBody,
                htmlBody,
                links,
                newDeliveries,
                newStatus);
    }

    /** This item with other recipients and texts, for an erasure. */
    public OutboxItem redacted(List<Addressee> keep, String newSubject, String newText, Optional<String> newHtml) {
        return new OutboxItem(
                id,
                cause,
                sequence,
                recorded,
                eventType,
                partnershipId,
                keep,
                withoutAddress,
                optedOut,
                newSubject,
                newText,
                newHtml,
                links,
                deliveries,
                status);
    }

    /** Shows id, cause, status and counts; never names, addresses or bodies. */
    @Override
    public String toString() {
        return "OutboxItem[id=" + id + ", cause=" + cause + ", status=" + status + ", recipients=" + recipients.size()
                + ", deliveries=" + deliveries.keySet() + "]";
    }
}
