package org.concordat.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Signing and verifying per Standard Webhooks, starting from the specification's test vector. */
class WebhookSignatureTest {
    // The reference library's test vector (shared/reference/interop.md, section 3).
    static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long TIMESTAMP = 1614265330;
    private static final byte[] PAYLOAD = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);
    private static final String EXPECTED = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";
    private static final Instant SENT = Instant.ofEpochSecond(TIMESTAMP);

    private static Map<String, List<String>> headers(String id, String timestamp, String signature) {
        Map<String, List<String>> headers = new HashMap<>();
        headers.put("Webhook-Id", List.of(id));
        headers.put("WEBHOOK-TIMESTAMP", List.of(timestamp));
        headers.put("webhook-signature", List.of(signature));
        return headers;
    }

    private static Map<String, List<String>> vector() {
        return headers(ID, Long.toString(TIMESTAMP), EXPECTED);
    }

    @Test
    void signs_the_specifications_test_vector_with_or_without_the_prefix() {
        assertThat(WebhookSignature.of(SECRET).sign(ID, TIMESTAMP, PAYLOAD)).isEqualTo(EXPECTED);
        assertThat(WebhookSignature.of(SECRET.substring("whsec_".length())).sign(ID, TIMESTAMP, PAYLOAD))
                .isEqualTo(EXPECTED);
    }

    @Test
    void verifies_the_test_vector_and_returns_the_id_to_de_duplicate_by() {
        assertThat(WebhookSignature.verify(SECRET, vector(), PAYLOAD, SENT.plusSeconds(10)))
                .isEqualTo(ID);
    }

    @Test
    void rejects_a_timestamp_more_than_five_minutes_either_side_of_now() {
        assertThat(WebhookSignature.verify(SECRET, vector(), PAYLOAD, SENT.plus(Duration.ofMinutes(5))))
                .isEqualTo(ID);
        assertThat(WebhookSignature.verify(SECRET, vector(), PAYLOAD, SENT.minus(Duration.ofMinutes(5))))
                .isEqualTo(ID);
        for (Instant now : List.of(SENT.plusSeconds(301), SENT.minusSeconds(301))) {
            assertThatThrownBy(() -> WebhookSignature.verify(SECRET, vector(), PAYLOAD, now))
                    .isInstanceOfSatisfying(
                            WebhookVerificationException.class,
                            e -> assertThat(e.reason()).isEqualTo(WebhookVerificationException.Reason.STALE_TIMESTAMP))
                    .hasMessage("webhook-timestamp 1614265330: 301 s from now, more than the tolerance of 300 s"
                            + " (a replay, or a clock that is wrong)");
        }
        assertThat(WebhookSignature.verify(SECRET, vector(), PAYLOAD, SENT.plusSeconds(3000), Duration.ofHours(1)))
                .isEqualTo(ID);
    }

    @Test
    void rejects_a_changed_body_a_wrong_secret_and_a_changed_id() {
        byte[] changed = "{\"test\": 2432232315}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> WebhookSignature.verify(SECRET, vector(), changed, SENT))
                .isInstanceOfSatisfying(
                        WebhookVerificationException.class,
                        e -> assertThat(e.reason())
                                .isEqualTo(WebhookVerificationException.Reason.NO_MATCHING_SIGNATURE))
                .hasMessageContaining("no v1 signature matches")
                .hasMessageNotContaining("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
        String otherSecret = "whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[32]);
        assertThatThrownBy(() -> WebhookSignature.verify(otherSecret, vector(), PAYLOAD, SENT))
                .isInstanceOf(WebhookVerificationException.class);
        assertThatThrownBy(() -> WebhookSignature.verify(
                        SECRET, headers("msg_other", Long.toString(TIMESTAMP), EXPECTED), PAYLOAD, SENT))
                .isInstanceOf(WebhookVerificationException.class);
    }

    @Test
    void accepts_any_one_matching_v1_signature_among_several_and_ignores_other_versions() {
        String rotated = "v1a,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4= v1,Zm9vYmFy v2,abc " + EXPECTED;
        assertThat(WebhookSignature.verify(SECRET, headers(ID, Long.toString(TIMESTAMP), rotated), PAYLOAD, SENT))
                .isEqualTo(ID);
        String onlyOthers = "v1a," + EXPECTED.substring(3) + " v2," + EXPECTED.substring(3);
        assertThatThrownBy(() -> WebhookSignature.verify(
                        SECRET, headers(ID, Long.toString(TIMESTAMP), onlyOthers), PAYLOAD, SENT))
                .isInstanceOf(WebhookVerificationException.class);
    }

    @Test
    void rejects_missing_and_malformed_headers_naming_them() {
        Map<String, List<String>> noSignature = vector();
        noSignature.remove("webhook-signature");
        assertThatThrownBy(() -> WebhookSignature.verify(SECRET, noSignature, PAYLOAD, SENT))
                .isInstanceOfSatisfying(
                        WebhookVerificationException.class,
                        e -> assertThat(e.reason()).isEqualTo(WebhookVerificationException.Reason.MISSING_HEADER))
                .hasMessage("webhook-signature: missing; not a signed webhook request");
        assertThatThrownBy(() -> WebhookSignature.verify(SECRET, headers(ID, "12.5", EXPECTED), PAYLOAD, SENT))
                .isInstanceOfSatisfying(
                        WebhookVerificationException.class,
                        e -> assertThat(e.reason()).isEqualTo(WebhookVerificationException.Reason.MALFORMED_HEADER))
                .hasMessage("webhook-timestamp \"12.5\": must be whole Unix seconds");
        assertThatThrownBy(() -> WebhookSignature.verify(
                        SECRET, headers("a.b", Long.toString(TIMESTAMP), EXPECTED), PAYLOAD, SENT))
                .hasMessageStartingWith("webhook-id: must be");
    }

    @Test
    void refuses_a_malformed_or_short_secret_without_repeating_it() {
        assertThatThrownBy(() -> WebhookSignature.of("whsec_not*base64"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("not*base64")
                .hasMessageContaining("not base64");
        assertThatThrownBy(() -> WebhookSignature.of("whsec_c2hvcnQ="))
                .hasMessageContaining("decodes to 5")
                .hasMessageNotContaining("c2hvcnQ");
        assertThat(WebhookSignature.of(SECRET).toString()).doesNotContain("MfKQ");
    }

    @Test
    void whatever_is_signed_verifies_and_any_changed_byte_does_not() {
        WebhookSignature signer = WebhookSignature.of(SECRET);
        qt().forAll(
                        strings().allPossible().ofLengthBetween(0, 200),
                        strings().betweenCodePoints('0', 'z').ofLengthBetween(1, 40),
                        longs().between(0, 4_000_000_000L),
                        integers().between(0, 10_000))
                .assuming((body, id, ts, flip) -> !id.contains("."))
                .checkAssert((body, id, ts, flip) -> {
                    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                    String signature = signer.sign(id, ts, bytes);
                    Instant now = Instant.ofEpochSecond(ts);
                    assertThat(WebhookSignature.verify(SECRET, headers(id, Long.toString(ts), signature), bytes, now))
                            .isEqualTo(id);
                    if (bytes.length > 0) {
                        byte[] changed = bytes.clone();
                        changed[flip % bytes.length] ^= 1;
                        assertThatThrownBy(() -> WebhookSignature.verify(
                                        SECRET, headers(id, Long.toString(ts), signature), changed, now))
                                .isInstanceOf(WebhookVerificationException.class);
                    }
                });
    }
}
