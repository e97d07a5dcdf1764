package org.concordat.event;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.concordat.spi.Notification;

/**
 * What {@link EventNotifications#address} made of an event: the notification (empty when nobody
 * the event concerns can be reached), the ids of the people it is addressed to, and how many people
 * were left out. Counts only, never who, so it can be logged.
 *
 * @param notification the notification, when anyone can be reached
 * @param personIds the plan ids of the recipients, in the order of {@link Notification#recipients()}
 * @param withoutAddress how many people the event concerns have no work email
 * @param optedOut how many people the event concerns opted out of notifications
 */
public record Addressing(
        Optional<Notification> notification, List<String> personIds, int withoutAddress, int optedOut) {
    /** Checks and copies the parts. */
    public Addressing {
        Objects.requireNonNull(notification, "notification");
        personIds = List.copyOf(personIds);
        if (withoutAddress < 0 || optedOut < 0) {
            throw new IllegalArgumentException("Addressing counts must not be negative");
        }
    }

    /** Shows the counts and the recipients' number; never names or addresses. */
    @Override
    public String toString() {
        return "Addressing[recipients=" + personIds.size() + ", withoutAddress=" + withoutAddress + ", optedOut="
                + optedOut + "]";
    }
}
