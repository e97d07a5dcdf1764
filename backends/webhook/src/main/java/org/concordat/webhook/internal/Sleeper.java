package org.concordat.webhook.internal;

import java.time.Duration;

/** Waits between attempts; tests pass one that records the waits and moves a clock instead. */
@FunctionalInterface
public interface Sleeper {
    /** The real one: {@link Thread#sleep(long)}. */
    Sleeper THREAD = d -> Thread.sleep(d.toMillis());

    /** Waits {@code duration}. */
    void sleep(Duration duration) throws InterruptedException;
}
