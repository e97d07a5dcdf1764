package org.concordat.spi;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link Notifier} could not deliver a notification, saying whether trying again may help: a
 * <em>permanent</em> failure (a mail server's 5xx refusal, a webhook receiver's 4xx other than 408
 * and 429) will fail the same way again and is not retried; a temporary one (a 4xx mail reply, a
 * 5xx or 429 from a receiver, a timeout, a refused connection) may succeed later, after {@link
 * #retryAfter()} when the destination said how long to wait.
 *
 * <p>A notifier may still throw {@link java.io.UncheckedIOException}, which callers treat as
 * temporary. Messages name the destination and the reply, never a recipient's name or address.
 */
public class DeliveryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final boolean permanent;
    private final transient Duration retryAfter;

    private DeliveryException(String message, Throwable cause, boolean permanent, Duration retryAfter) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.permanent = permanent;
        this.retryAfter = retryAfter;
    }

    /**
     * A failure that will not go away by trying again.
     *
     * @param message what was refused and why, without personal data
     * @param cause the underlying failure, or null
     */
    public static DeliveryException permanent(String message, Throwable cause) {
        return new DeliveryException(message, cause, true, null);
    }

    /**
     * A failure that may go away: try again later.
     *
     * @param message what failed, without personal data
     * @param cause the underlying failure, or null
     */
    public static DeliveryException temporary(String message, Throwable cause) {
        return new DeliveryException(message, cause, false, null);
    }

    /**
     * A temporary failure where the destination said how long to wait (e.g. HTTP {@code
     * Retry-After}).
     *
     * @param message what failed, without personal data
     * @param retryAfter how long to wait before the next attempt; zero or positive
     * @param cause the underlying failure, or null
     * @throws IllegalArgumentException when {@code retryAfter} is negative
     */
    public static DeliveryException temporary(String message, Duration retryAfter, Throwable cause) {
        Objects.requireNonNull(retryAfter, "retryAfter");
        if (retryAfter.isNegative()) {
            throw new IllegalArgumentException(
                    "DeliveryException retryAfter \"" + retryAfter + "\": must not be negative");
        }
        return new DeliveryException(message, cause, false, retryAfter);
    }

    /** True when trying again cannot help; false when it may. */
    public boolean permanent() {
        return permanent;
    }

    /** How long the destination asked to wait before the next attempt, when it said. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
