package org.concordat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;
import org.concordat.spi.DeliveryException;
import org.concordat.spi.Notification;
import org.concordat.spi.Notifier;

/**
 * A notifier whose next outcomes are set by the test (delivered, a temporary or permanent failure,
 * an I/O failure), keeping every notification it accepted and counting every attempt.
 */
final class ScriptedNotifier implements Notifier {
    private final Deque<Supplier<RuntimeException>> script = new ArrayDeque<>();
    private final List<Notification> delivered = Collections.synchronizedList(new ArrayList<>());
    private int attempts;

    ScriptedNotifier failTemporarily(int times) {
        for (int i = 0; i < times; i++) {
            script.add(() -> DeliveryException.temporary("503 from receiver", null));
        }
        return this;
    }

    ScriptedNotifier failTemporarily(Duration retryAfter) {
        script.add(() -> DeliveryException.temporary("429 from receiver", retryAfter, null));
        return this;
    }

    ScriptedNotifier failWithIo() {
        script.add(() -> new UncheckedIOException("connection refused", new IOException("refused")));
        return this;
    }

    ScriptedNotifier failPermanently() {
        script.add(() -> DeliveryException.permanent("550 mailbox unavailable", null));
        return this;
    }

    @Override
    public synchronized void send(Notification notification) {
        attempts++;
        Supplier<RuntimeException> next = script.poll();
        if (next != null) {
            throw next.get();
        }
        delivered.add(notification);
    }

    synchronized int attempts() {
        return attempts;
    }

    List<Notification> delivered() {
        synchronized (delivered) {
            return List.copyOf(delivered);
        }
    }

    List<String> ids() {
        return delivered().stream().map(Notification::id).toList();
    }
}
