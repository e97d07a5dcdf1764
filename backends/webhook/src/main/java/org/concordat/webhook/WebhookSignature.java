package org.concordat.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and verifies webhook requests per the Standard Webhooks specification (v1, symmetric): the
 * signature is {@code v1,} and the base64 HMAC-SHA256, keyed with the secret's decoded bytes, of
 * {@code webhook-id + "." + webhook-timestamp + "." + body}, the body being the exact bytes sent.
 *
 * <p>A receiver calls {@link #verify(String, Map, byte[], Instant)} on the raw body before parsing
 * it, then de-duplicates by the id it returns: Concordat delivers at least once, and a notification
 * sent again carries the same {@code webhook-id}.
 *
 * <p>A secret is written {@code whsec_} followed by the base64 of 24 to 64 random bytes; the
 * prefix may be left out. Messages never repeat a secret.
 */
public final class WebhookSignature {
    /** The header carrying the message id, the receiver's idempotency key. */
    public static final String ID = "webhook-id";

    /** The header carrying the attempt's time, in whole Unix seconds. */
    public static final String TIMESTAMP = "webhook-timestamp";

    /** The header carrying one or more space-separated signatures. */
    public static final String SIGNATURE = "webhook-signature";

    /** How far a timestamp may be from now, either way, before {@link #verify} rejects it. */
    public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

    private static final String PREFIX = "whsec_";
    private static final Pattern ID_PATTERN = Pattern.compile("[^.\\s]{1,255}");
    private static final Pattern TIMESTAMP_PATTERN = Pattern.compile("[0-9]{1,12}");

    private final SecretKeySpec key;

    private WebhookSignature(byte[] key) {
        this.key = new SecretKeySpec(key, "HmacSHA256");
    }

    /**
     * A signer and verifier for a secret.
     *
     * @param secret {@code whsec_} and the base64 of 24 to 64 bytes (the prefix is optional)
     * @throws IllegalArgumentException when the secret is not base64 or decodes to fewer than 24 or
     *     more than 64 bytes; the message never repeats it
     */
    public static WebhookSignature of(String secret) {
        Objects.requireNonNull(secret, "secret");
        String encoded = secret.startsWith(PREFIX) ? secret.substring(PREFIX.length()) : secret;
        byte[] key;
        try {
            key = Base64.getDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "webhook secret (" + secret.length() + " characters): must be whsec_ and base64; it is not base64");
        }
        if (key.length < 24 || key.length > 64) {
            throw new IllegalArgumentException("webhook secret (" + secret.length() + " characters): must decode to"
                    + " 24 to 64 bytes (Standard Webhooks), and decodes to " + key.length);
        }
        return new WebhookSignature(key);
    }

    /**
     * The {@code webhook-signature} value for a request: {@code v1,} and the base64 HMAC-SHA256 of
     * {@code id.timestamp.body}.
     *
     * @param id the {@code webhook-id}; must not contain a full stop
     * @param timestamp the {@code webhook-timestamp}, whole Unix seconds
     * @param body the exact bytes of the request body
     * @throws IllegalArgumentException when the id is empty, too long or holds a full stop or
     *     whitespace
     */
    public String sign(String id, long timestamp, byte[] body) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(body, "body");
        if (!ID_PATTERN.matcher(id).matches()) {
            throw new IllegalArgumentException(
                    "webhook id \"" + id + "\": must be 1 to 255 characters without a full stop or whitespace");
        }
        return "v1," + Base64.getEncoder().encodeToString(mac(id, Long.toString(timestamp), body));
    }

    private byte[] mac(String id, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every Java platform has HmacSHA256", e);
        }
    }

    /**
     * Verifies a request with the {@linkplain #DEFAULT_TOLERANCE default tolerance}; see {@link
     * #verify(String, Map, byte[], Instant, Duration)}.
     */
    public static String verify(String secret, Map<String, List<String>> headers, byte[] body, Instant now) {
        return verify(secret, headers, body, now, DEFAULT_TOLERANCE);
    }

    /**
     * Verifies a received request, for receivers.
     *
     * @param secret the endpoint's secret, {@code whsec_…}
     * @param headers the request's headers, names in any case (e.g. {@code
     *     HttpExchange.getRequestHeaders()}, {@code HttpHeaders.map()})
     * @param body the raw body bytes, before any parsing
     * @param now the receiver's clock
     * @param tolerance how far the timestamp may be from {@code now}, either way
     * @return the {@code webhook-id}, to de-duplicate by
     * @throws WebhookVerificationException when a header is missing or malformed, the timestamp is
     *     further than {@code tolerance} from {@code now}, or no {@code v1,} signature in the header
     *     matches (others, e.g. {@code v1a,}, are ignored; any one match is enough, so keys can be
     *     rotated by signing with both)
     * @throws IllegalArgumentException when the secret is malformed, as {@link #of}
     */
    public static String verify(
            String secret, Map<String, List<String>> headers, byte[] body, Instant now, Duration tolerance) {
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(tolerance, "tolerance");
        WebhookSignature signature = of(secret);
        String id = header(headers, ID);
        String timestamp = header(headers, TIMESTAMP);
        String signatures = header(headers, SIGNATURE);
        if (!ID_PATTERN.matcher(id).matches()) {
            throw new WebhookVerificationException(
                    WebhookVerificationException.Reason.MALFORMED_HEADER,
                    ID + ": must be 1 to 255 characters without a full stop or whitespace");
        }
        if (!TIMESTAMP_PATTERN.matcher(timestamp).matches()) {
            throw new WebhookVerificationException(
                    WebhookVerificationException.Reason.MALFORMED_HEADER,
                    TIMESTAMP + " \"" + abbreviate(timestamp) + "\": must be whole Unix seconds");
        }
        Instant sent = Instant.ofEpochSecond(Long.parseLong(timestamp));
        Duration off = Duration.between(sent, now).abs();
        if (off.compareTo(tolerance) > 0) {
            throw new WebhookVerificationException(
                    WebhookVerificationException.Reason.STALE_TIMESTAMP,
                    TIMESTAMP + " " + timestamp + ": " + off.toSeconds() + " s from now, more than the tolerance of "
                            + tolerance.toSeconds() + " s (a replay, or a clock that is wrong)");
        }
        byte[] expected = signature.mac(id, timestamp, body);
        for (String candidate : signatures.trim().split(" +", -1)) {
            if (!candidate.startsWith("v1,")) {
                continue;
            }
            byte[] given;
            try {
                given = Base64.getDecoder().decode(candidate.substring(3));
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (MessageDigest.isEqual(expected, given)) {
                return id;
            }
        }
        throw new WebhookVerificationException(
                WebhookVerificationException.Reason.NO_MATCHING_SIGNATURE,
                SIGNATURE + ": no v1 signature matches the body for " + ID + " " + id
                        + " (wrong secret, or the body was changed, e.g. parsed and written again)");
    }

    private static String header(Map<String, List<String>> headers, String name) {
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            if (e.getKey() != null && e.getKey().toLowerCase(Locale.ROOT).equals(name)) {
                List<String> values = e.getValue();
                if (values != null
                        && !values.isEmpty()
                        && values.get(0) != null
                        && !values.get(0).isBlank()) {
                    if (values.size() > 1) {
                        throw new WebhookVerificationException(
                                WebhookVerificationException.Reason.MALFORMED_HEADER,
                                name + ": given " + values.size() + " times, must be given once");
                    }
                    return values.get(0).strip();
                }
            }
        }
        throw new WebhookVerificationException(
                WebhookVerificationException.Reason.MISSING_HEADER, name + ": missing; not a signed webhook request");
    }

    private static String abbreviate(String text) {
        String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
        return shown.replaceAll("\\p{Cntrl}", "?");
    }

    /** Never shows the secret. */
    @Override
    public String toString() {
        return "WebhookSignature[v1, HMAC-SHA256]";
    }
}
