package org.concordat.internal.notify;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.concordat.spi.DeliveryException;
import org.concordat.spi.Notification;
import org.concordat.spi.Notifier;

/**
 * Several named notifiers as one: {@link #send} tries every one, so one failing does not stop the
 * others, then reports the failures together (permanent only when every failure was). The facade's
 * outbox keeps delivery state per notifier instead; this serves callers of {@code
 * Concordat.notifier()} that send directly.
 */
public final class FanOutNotifier implements Notifier {
    private final Map<String, Notifier> notifiers;

    /** Fans out to {@code notifiers}, in their order. */
    public FanOutNotifier(Map<String, Notifier> notifiers) {
        this.notifiers = new LinkedHashMap<>(notifiers);
    }

    /**
     * Sends to every notifier.
     *
     * @throws DeliveryException naming the notifiers that failed and why, once all were tried
     */
    @Override
    public void send(Notification notification) {
        List<String> failures = new ArrayList<>();
        boolean allPermanent = true;
        RuntimeException first = null;
        for (Map.Entry<String, Notifier> n : notifiers.entrySet()) {
            try {
                n.getValue().send(notification);
            } catch (DeliveryException e) {
                failures.add(n.getKey() + ": " + e.getMessage());
                allPermanent &= e.permanent();
                first = first == null ? e : first;
            } catch (UncheckedIOException | IllegalStateException e) {
                failures.add(n.getKey() + ": " + e.getMessage());
                allPermanent = false;
                first = first == null ? e : first;
            }
        }
        if (!failures.isEmpty()) {
            String message = "notification " + notification.id() + " not delivered by " + String.join("; ", failures);
            throw allPermanent
                    ? DeliveryException.permanent(message, first)
                    : DeliveryException.temporary(message, first);
        }
    }

    /** Closes every notifier, even when one fails to close; the first failure is thrown. */
    @Override
    public void close() {
        RuntimeException first = null;
        for (Notifier n : notifiers.values()) {
            try {
                n.close();
            } catch (RuntimeException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }

    @Override
    public String toString() {
        return "FanOutNotifier" + notifiers.keySet();
    }
}
