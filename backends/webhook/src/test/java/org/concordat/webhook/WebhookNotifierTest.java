package org.concordat.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.concordat.spi.DeliveryException;
import org.concordat.spi.Notification;
import org.concordat.spi.Notifier;
import org.concordat.webhook.Receiver.Answer;
import org.concordat.webhook.internal.WebhookNotifier;
import org.concordat.webhook.internal.WebhookSettings;
import org.junit.jupiter.api.Test;

/**
 * The webhook notifier against a real HTTP receiver on loopback. Time is a test clock that the
 * sleeper moves, so the waits between attempts are asserted exactly and never slept; jitter is
 * fixed at its lowest (a factor of 0.5) unless a test says otherwise.
 */
class WebhookNotifierTest {
    static final String SECRET_ENV = "CONCORDAT_TEST_WEBHOOK_SECRET";
    private static final Instant START = Instant.parse("2026-12-05T21:00:00Z");

    private static final Notification NOTICE = Notification.builder("approval.recorded", "P-2026-001")
            .recipient("Zoë Ångström", "partnership-lead", "zoe@school.example")
            .subject("Tyne Valley STEM: Bede Academy approved agreement version 2")
            .textBody("Bede Academy's governing body approved version 2.\n1 party has still to approve it.")
            .link("Open the agreement", "https://mis.example/p/P-2026-001/mou/2")
            .id("plan.P-2026-001:approval.recorded:v2:bede")
            .build();

    static Map<String, String> config(String url) {
        Map<String, String> config = new HashMap<>();
        config.put("concordat.notifier", "webhook");
        config.put(WebhookNotifierProvider.URL, url);
        config.put(WebhookNotifierProvider.SECRET_ENV, SECRET_ENV);
        config.put(WebhookNotifierProvider.TIMEOUT, "PT5S");
        return config;
    }

    private static Notifier notifier(Map<String, String> config, TestTime time, double jitter) {
        return new WebhookNotifier(WebhookSettings.from(config, System::getenv), time, time, () -> jitter);
    }

    private static DeliveryException failure(Notifier notifier) {
        try {
            notifier.send(NOTICE);
        } catch (DeliveryException e) {
            assertThat(e.toString())
                    .doesNotContain("Zoë")
                    .doesNotContain("zoe@")
                    .doesNotContain("tenant=t1");
            return e;
        }
        throw new AssertionError("the send did not fail");
    }

    @Test
    void posts_signed_json_that_the_public_verifier_accepts() {
        TestTime time = new TestTime(START);
        try (Receiver receiver = new Receiver(Answer.status(204));
                Notifier notifier = notifier(config(receiver.url()), time, 0)) {
            notifier.send(NOTICE);

            Receiver.Request request = receiver.requests().get(0);
            assertThat(receiver.requests()).hasSize(1);
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.header("Content-Type")).isEqualTo("application/json; charset=utf-8");
            assertThat(request.header("webhook-id")).isEqualTo("plan~P-2026-001:approval~recorded:v2:bede");
            assertThat(request.header("webhook-timestamp")).isEqualTo(Long.toString(START.getEpochSecond()));
            assertThat(request.header("webhook-signature")).startsWith("v1,");
            assertThat(WebhookSignature.verify(
                            System.getenv(SECRET_ENV), request.headers(), request.body(), START.plusSeconds(30)))
                    .isEqualTo("plan~P-2026-001:approval~recorded:v2:bede");
            JsonNode body = WebhookBodyTest.parse(request.body());
            assertThat(body.get("version").intValue()).isEqualTo(1);
            assertThat(body.get("id").textValue()).isEqualTo(NOTICE.id());
            assertThat(body.get("data").get("text").textValue()).isEqualTo(NOTICE.textBody());
            assertThat(new String(request.body(), java.nio.charset.StandardCharsets.UTF_8))
                    .doesNotContain("Zoë")
                    .doesNotContain("zoe@school.example");
        }
    }

    @Test
    void retries_5xx_with_doubling_backoff_under_the_same_id_and_a_fresh_timestamp() {
        TestTime time = new TestTime(START);
        try (Receiver receiver = new Receiver(Answer.status(503), Answer.status(500), Answer.status(200));
                Notifier notifier = notifier(config(receiver.url()), time, 0)) {
            notifier.send(NOTICE);

            assertThat(receiver.requests()).hasSize(3);
            // backoff 1 s, doubled per attempt, times the jitter factor 0.5
            assertThat(time.waits).containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000));
            assertThat(receiver.requests())
                    .extracting(r -> r.header("webhook-id"))
                    .containsOnly(WebhookNotifier.webhookId(NOTICE.id()));
            assertThat(receiver.requests())
                    .extracting(r -> r.header("webhook-timestamp"))
                    .containsExactly(
                            Long.toString(START.getEpochSecond()),
                            Long.toString(START.plusMillis(500).getEpochSecond()),
                            Long.toString(START.plusMillis(1500).getEpochSecond()));
            // the body is the same bytes every time
            assertThat(receiver.requests().get(2).body())
                    .isEqualTo(receiver.requests().get(0).body());
        }
    }

    @Test
    void jitter_scales_each_wait_between_half_and_all_of_the_backoff() {
        TestTime time = new TestTime(START);
        Map<String, String> config = config("http://127.0.0.1:1/unused");
        config.put(WebhookNotifierProvider.ATTEMPTS, "4");
        config.put(WebhookNotifierProvider.BACKOFF, "PT2S");
        try (Receiver receiver = new Receiver(Answer.status(502));
                Notifier notifier = notifier(withUrl(config, receiver.url()), time, 0.999_999)) {
            DeliveryException e = failure(notifier);

            assertThat(e.permanent()).isFalse();
            assertThat(e.retryAfter()).isEmpty();
            assertThat(receiver.requests()).hasSize(4);
            assertThat(time.waits).hasSize(3);
            List<Duration> full = List.of(Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8));
            for (int i = 0; i < 3; i++) {
                assertThat(time.waits.get(i)).isBetween(full.get(i).dividedBy(2), full.get(i));
                assertThat(time.waits.get(i))
                        .isGreaterThan(full.get(i).multipliedBy(99).dividedBy(100));
            }
        }
    }

    private static Map<String, String> withUrl(Map<String, String> config, String url) {
        config.put(WebhookNotifierProvider.URL, url);
        return config;
    }

    @Test
    void gives_up_after_the_configured_attempts_with_a_temporary_failure() {
        TestTime time = new TestTime(START);
        try (Receiver receiver = new Receiver(Answer.status(503));
                Notifier notifier = notifier(config(receiver.url()), time, 0)) {
            DeliveryException e = failure(notifier);

            assertThat(e.permanent()).isFalse();
            assertThat(e)
                    .hasMessage("webhook http://127.0.0.1:" + receiver.url().replaceAll(".*:(\\d+)/.*", "$1")
                            + "/hooks/concordat?…, notification " + NOTICE.id()
                            + ": answered 503 on attempt 3 of 3; try again later");
            assertThat(receiver.requests()).hasSize(3);
        }
    }

    @Test
    void honours_retry_after_in_seconds_and_as_an_http_date() {
        TestTime time = new TestTime(START);
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                START.plusSeconds(7 + 12).atOffset(ZoneOffset.UTC));
        try (Receiver receiver =
                        new Receiver(Answer.retryAfter(429, "7"), Answer.retryAfter(503, date), Answer.status(200));
                Notifier notifier = notifier(config(receiver.url()), time, 0)) {
            notifier.send(NOTICE);

            assertThat(time.waits).containsExactly(Duration.ofSeconds(7), Duration.ofSeconds(12));
            assertThat(receiver.requests()).hasSize(3);
        }
    }

    @Test
    void a_long_retry_after_ends_the_send_at_once_and_is_passed_on() {
        TestTime time = new TestTime(START);
        try (Receiver receiver = new Receiver(Answer.retryAfter(429, "3600"));
                Notifier notifier = notifier(config(receiver.url()), time, 0)) {
            DeliveryException e = failure(notifier);

            assertThat(e.permanent()).isFalse();
            assertThat(e.retryAfter()).contains(Duration.ofHours(1));
            assertThat(e).hasMessageContaining("answered 429 and asked to wait 3600 s");
            assertThat(receiver.requests()).hasSize(1);
            assertThat(time.waits).isEmpty();
        }
    }

    @Test
    void a_request_timeout_408_is_retried() {
        TestTime time = new TestTime(START);
        try (Receiver receiver = new Receiver(Answer.status(408), Answer.status(200));
                Notifier notifier = notifier(config(receiver.url()), time, 0)) {
            notifier.send(NOTICE);
            assertThat(receiver.requests()).hasSize(2);
        }
    }

    @Test
    void other_4xx_and_3xx_answers_are_permanent_and_not_retried() {
        for (int status : new int[] {400, 401, 403, 404, 410, 422, 301, 307}) {
            TestTime time = new TestTime(START);
            try (Receiver receiver = new Receiver(Answer.status(status));
                    Notifier notifier = notifier(config(receiver.url()), time, 0)) {
                DeliveryException e = failure(notifier);

                assertThat(e.permanent()).as("status " + status).isTrue();
                assertThat(e)
                        .hasMessageContaining("answered " + status + " on attempt 1")
                        .hasMessageContaining("not retried");
                assertThat(receiver.requests()).as("status " + status).hasSize(1);
                assertThat(time.waits).isEmpty();
            }
        }
    }

    @Test
    void a_refused_connection_is_retried_then_temporary() throws IOException {
        int port;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = closed.getLocalPort();
        }
        TestTime time = new TestTime(START);
        try (Notifier notifier = notifier(config("http://127.0.0.1:" + port + "/hooks"), time, 0)) {
            DeliveryException e = failure(notifier);

            assertThat(e.permanent()).isFalse();
            assertThat(e).hasMessageContaining("refused the connection on attempt 3 of 3");
            assertThat(time.waits).hasSize(2);
        }
    }

    @Test
    void a_slow_receiver_hits_the_timeout_and_the_send_is_temporary() {
        TestTime time = new TestTime(START);
        Map<String, String> config = config("http://unused");
        config.put(WebhookNotifierProvider.TIMEOUT, "PT0.3S");
        config.put(WebhookNotifierProvider.ATTEMPTS, "2");
        try (Receiver receiver = new Receiver(Answer.slow(Duration.ofSeconds(3)));
                Notifier notifier = notifier(withUrl(config, receiver.url()), time, 0)) {
            long started = System.nanoTime();
            DeliveryException e = failure(notifier);
            long millis = (System.nanoTime() - started) / 1_000_000;

            assertThat(e.permanent()).isFalse();
            assertThat(e).hasMessageContaining("timed out after 300 ms on attempt 2 of 2");
            assertThat(e.getCause()).isInstanceOf(java.net.http.HttpTimeoutException.class);
            assertThat(receiver.requests()).hasSize(2);
            assertThat(millis)
                    .as("two attempts of 0.3 s, not the receiver's 3 s")
                    .isBetween(500L, 2_900L);
        }
    }

    @Test
    void is_found_by_name_and_sends_through_the_service_loader() {
        try (Receiver receiver = new Receiver(Answer.status(200))) {
            org.concordat.spi.NotifierProvider provider =
                    org.concordat.spi.Providers.notifierProvider(Map.of("concordat.notifier", "webhook"));
            assertThat(provider).isInstanceOf(WebhookNotifierProvider.class);
            assertThat(provider.priority()).isLessThan(-100);
            try (Notifier notifier = org.concordat.spi.Providers.openNotifier(config(receiver.url()))) {
                notifier.send(NOTICE);
            }
            assertThat(receiver.requests()).hasSize(1);
        }
    }
}
