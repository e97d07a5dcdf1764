package org.concordat.webhook.internal;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.DoubleSupplier;
import org.concordat.spi.DeliveryException;
import org.concordat.spi.Notification;
import org.concordat.spi.Notifier;
import org.concordat.webhook.WebhookSignature;

/**
 * POSTs each notification's JSON ({@link WebhookBody}) to the endpoint, signed per Standard
 * Webhooks, trying up to {@link WebhookSettings#attempts()} times within one {@link #send}.
 *
 * <p>A 2xx answer is success. A 408, a 429 or a 5xx answer, a timeout or a failed connection is
 * tried again after a wait: the endpoint's {@code Retry-After} when it gave one, otherwise the
 * backoff doubled for each attempt made, times a random factor from 0.5 to 1 (jitter, so senders
 * that failed together do not retry together). When the attempts are used up, or the endpoint asks
 * to wait longer than {@value #LONGEST_WAIT_SECONDS} seconds, the send fails with a temporary
 * {@link DeliveryException} (carrying the endpoint's {@code Retry-After}, when it gave one) and the
 * caller tries again later. Any other answer (3xx, and 4xx other than 408 and 429) is a permanent
 * failure, not retried.
 *
 * <p>Every attempt carries the same {@code webhook-id} and a fresh {@code webhook-timestamp}. The
 * {@code webhook-id} is the notification's id with each full stop written as {@code ~}, because the
 * specification forbids full stops in ids (they separate the signed parts); the body's {@code id}
 * holds the id unchanged.
 */
public final class WebhookNotifier implements Notifier {
    /** The longest wait one send makes for a {@code Retry-After}; a longer one ends the send. */
    public static final long LONGEST_WAIT_SECONDS = 60;

    private final WebhookSettings settings;
    private final HttpClient client;
    private final Clock clock;
    private final Sleeper sleeper;
    private final DoubleSupplier jitter;
    private volatile boolean closed;

    /**
     * A notifier.
     *
     * @param clock the source of timestamps and of "now" for {@code Retry-After} dates
     * @param sleeper waits between attempts
     * @param jitter gives numbers from 0 (inclusive) to 1 (exclusive), e.g. {@code Math::random}
     */
    public WebhookNotifier(WebhookSettings settings, Clock clock, Sleeper sleeper, DoubleSupplier jitter) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.jitter = Objects.requireNonNull(jitter, "jitter");
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /** The {@code webhook-id} for a notification id: each {@code .} written as {@code ~}. */
    public static String webhookId(String notificationId) {
        return notificationId.replace('.', '~');
    }

    /**
     * Delivers the notification, trying again as described on the class.
     *
     * @throws DeliveryException when it was not delivered, saying whether to retry
     * @throws IllegalStateException when closed
     */
    @Override
    public void send(Notification notification) {
        Objects.requireNonNull(notification, "notification");
        if (closed) {
            throw new IllegalStateException("webhook notifier is closed");
        }
        byte[] body = WebhookBody.of(notification, clock.instant(), settings.contacts());
        String id = webhookId(notification.id());
        String about = "webhook " + settings.endpoint() + ", notification " + notification.id();
        for (int attempt = 1; ; attempt++) {
            Outcome outcome = attempt(id, body);
            if (outcome.status >= 200 && outcome.status < 300) {
                return;
            }
            String what = outcome.status > 0
                    ? "answered " + outcome.status
                    : outcome.failure instanceof HttpTimeoutException
                            ? "timed out after " + settings.timeout().toMillis() + " ms"
                            : outcome.failure instanceof ConnectException
                                    ? "refused the connection"
                                    : "failed (" + outcome.failure.getClass().getSimpleName() + ")";
            if (!outcome.retryable()) {
                throw DeliveryException.permanent(
                        about + ": " + what + " on attempt " + attempt
                                + "; any answer but 2xx, 408, 429 and 5xx is permanent, not retried",
                        null);
            }
            if (attempt >= settings.attempts()) {
                throw temporary(
                        about + ": " + what + " on attempt " + attempt + " of " + settings.attempts()
                                + "; try again later",
                        outcome);
            }
            int doublings = Math.min(20, attempt - 1);
            Duration wait = outcome.retryAfter.orElseGet(
                    () -> backoff(settings.backoff().multipliedBy(1L << doublings), jitter.getAsDouble()));
            if (wait.toSeconds() >= LONGEST_WAIT_SECONDS) {
                throw temporary(
                        about + ": " + what + " and asked to wait " + wait.toSeconds()
                                + " s, longer than one send waits; try again then",
                        outcome);
            }
            try {
                sleeper.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw DeliveryException.temporary(about + ": interrupted while waiting to try again", e);
            }
        }
    }

    /** A wait scaled by a jitter factor from 0.5 to 1. */
    static Duration backoff(Duration wait, double random) {
        double factor = 0.5 + 0.5 * Math.max(0, Math.min(1, random));
        return Duration.ofNanos(Math.round(wait.toNanos() * factor));
    }

    private static DeliveryException temporary(String message, Outcome outcome) {
        return outcome.retryAfter.isPresent()
                ? DeliveryException.temporary(message, outcome.retryAfter.get(), outcome.failure)
                : DeliveryException.temporary(message, outcome.failure);
    }

    private Outcome attempt(String id, byte[] body) {
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(settings.url())
                .timeout(settings.timeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "Concordat-Webhook/1")
                .header(WebhookSignature.ID, id)
                .header(WebhookSignature.TIMESTAMP, Long.toString(timestamp))
                .header(WebhookSignature.SIGNATURE, settings.signature().sign(id, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            return new Outcome(
                    response.statusCode(),
                    null,
                    response.headers().firstValue("Retry-After").flatMap(this::retryAfter));
        } catch (IOException e) {
            return new Outcome(0, e, Optional.empty());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw DeliveryException.temporary(
                    "webhook " + settings.endpoint() + ": interrupted while sending " + id, e);
        }
    }

    /** {@code Retry-After} as whole seconds or an HTTP date; nonsense is ignored. */
    private Optional<Duration> retryAfter(String value) {
        String v = value.strip();
        if (v.matches("[0-9]{1,9}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
        }
        try {
            Instant at =
                    ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration wait = Duration.between(clock.instant(), at);
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * One attempt's result.
     *
     * @param status the HTTP status, or 0 when there was no answer
     * @param failure the I/O failure when there was no answer
     * @param retryAfter the endpoint's {@code Retry-After}
     */
    private record Outcome(int status, IOException failure, Optional<Duration> retryAfter) {
        boolean retryable() {
            return status == 0 || status == 408 || status == 429 || status >= 500;
        }
    }

    @Override
    public void close() {
        closed = true;
    }

    @Override
    public String toString() {
        return "WebhookNotifier[" + settings + "]";
    }
}
