package org.concordat.webhook;

import java.util.Objects;

/**
 * A webhook request failed {@link WebhookSignature#verify}: a header is missing or malformed, the
 * timestamp is outside the tolerance, or no signature matches. A receiver answers it with 400 or
 * 401 and does not act on the request. The message says which, never repeating the secret.
 */
public final class WebhookVerificationException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** Why a request was rejected. */
    public enum Reason {
        /** {@code webhook-id}, {@code webhook-timestamp} or {@code webhook-signature} is absent. */
        MISSING_HEADER,
        /** A header is present but not of the form the specification requires. */
        MALFORMED_HEADER,
        /** The timestamp is further from now than the tolerance: a replay or a wrong clock. */
        STALE_TIMESTAMP,
        /** No {@code v1,} signature in the header matches the body with this secret. */
        NO_MATCHING_SIGNATURE
    }

    private final Reason reason;

    WebhookVerificationException(Reason reason, String message) {
        super(Objects.requireNonNull(message, "message"));
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** Why the request was rejected. */
    public Reason reason() {
        return reason;
    }
}
