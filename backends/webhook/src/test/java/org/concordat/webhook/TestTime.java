package org.concordat.webhook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.concordat.webhook.internal.Sleeper;

/** A clock that stands still until the sleeper moves it: waits are recorded, never slept. */
final class TestTime extends Clock implements Sleeper {
    private volatile Instant now;
    final List<Duration> waits = new CopyOnWriteArrayList<>();

    TestTime(Instant start) {
        this.now = start;
    }

    @Override
    public void sleep(Duration duration) {
        waits.add(duration);
        now = now.plus(duration);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
    }
}
