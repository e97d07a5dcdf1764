package org.concordat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;

/**
 * What one run of {@link Concordat#dispatch()} did: counts of notifications, and of people left
 * out, never who. A notification counts once per run, whatever the number of notifiers.
 *
 * @param sent notifications every notifier has now delivered
 * @param failed notifications some notifier failed to deliver this run and that stay pending
 * @param nextAttempt the earliest time one of the {@code failed} will be tried again
 * @param failedPermanently notifications some notifier refused for good (or that were given up)
 * @param withoutAddress people left out of the notifications handled for want of a work email
 * @param optedOut people left out of them because they opted out
 * @param nobodyToReach notifications not sent because nobody they concern can be reached
 */
public record DispatchSummary(
        int sent,
        int failed,
        Optional<Instant> nextAttempt,
        int failedPermanently,
        int withoutAddress,
        int optedOut,
        int nobodyToReach) {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    /** Checks the parts. */
    public DispatchSummary {
        Objects.requireNonNull(nextAttempt, "nextAttempt");
        if (sent < 0
                || failed < 0
                || failedPermanently < 0
                || withoutAddress < 0
                || optedOut < 0
                || nobodyToReach < 0) {
            throw new IllegalArgumentException("DispatchSummary counts must not be negative");
        }
    }

    /** Nothing done. */
    public static DispatchSummary none() {
        return new DispatchSummary(0, 0, Optional.empty(), 0, 0, 0, 0);
    }

    /** Whether any notification failed this run, for now or for good. */
    public boolean anyFailed() {
        return failed > 0 || failedPermanently > 0;
    }

    /**
     * One line for people, e.g. {@code sent 4, failed 1 (will retry after 10:42), skipped 2 without
     * an address}; the retry time in {@code zone}, with the date when it is not {@code today}'s.
     */
    public String describe(ZoneId zone, Instant now) {
        StringBuilder s =
                new StringBuilder("sent ").append(sent).append(", failed ").append(failed);
        nextAttempt.filter(t -> failed > 0).ifPresent(t -> {
            boolean sameDay =
                    t.atZone(zone).toLocalDate().equals(now.atZone(zone).toLocalDate());
            s.append(" (will retry after ")
                    .append((sameDay ? TIME : DAY_TIME).format(t.atZone(zone)))
                    .append(')');
        });
        if (failedPermanently > 0) {
            s.append(", failed for good ").append(failedPermanently);
        }
        s.append(", skipped ").append(withoutAddress).append(" without an address");
        if (optedOut > 0) {
            s.append(", ").append(optedOut).append(" opted out");
        }
        if (nobodyToReach > 0) {
            s.append(", ")
                    .append(nobodyToReach)
                    .append(nobodyToReach == 1 ? " notification" : " notifications")
                    .append(" with nobody to reach");
        }
        return s.toString();
    }
}
