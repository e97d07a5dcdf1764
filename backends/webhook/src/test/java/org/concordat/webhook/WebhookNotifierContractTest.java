package org.concordat.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import org.concordat.spi.Notification;
import org.concordat.spi.Notifier;
import org.concordat.spi.Providers;
import org.concordat.testkit.contract.NotifierContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The webhook notifier against the testkit's contract, opened by name through the service loader,
 * posting to a real receiver on loopback, checked by reading what the receiver got: each request's
 * signature (with the public verifier), its id and the body's fields.
 */
class WebhookNotifierContractTest extends NotifierContract {
    private static Receiver receiver;

    @BeforeAll
    static void start() {
        receiver = new Receiver(Receiver.Answer.status(200));
    }

    @AfterAll
    static void stop() {
        receiver.close();
    }

    @Override
    protected Notifier newNotifier() {
        return Providers.openNotifier(WebhookNotifierTest.config(receiver.url()));
    }

    @Override
    protected void clearDelivered() {
        receiver.clear();
    }

    @Override
    protected List<String> deliveredSubjects() {
        return receiver.requests().stream()
                .map(r -> WebhookBodyTest.parse(r.body())
                        .get("data")
                        .get("subject")
                        .textValue())
                .toList();
    }

    @Override
    protected void assertDelivered(List<Notification> sent) {
        List<Receiver.Request> requests = receiver.requests();
        assertThat(requests).hasSameSizeAs(sent);
        for (int i = 0; i < sent.size(); i++) {
            Notification n = sent.get(i);
            Receiver.Request r = requests.get(i);
            String webhookId = WebhookSignature.verify(
                    System.getenv(WebhookNotifierTest.SECRET_ENV), r.headers(), r.body(), Instant.now());
            assertCarriesId(n, webhookId.replace('~', '.'));
            JsonNode body = WebhookBodyTest.parse(r.body());
            assertCarriesId(n, body.get("id").textValue());
            assertThat(body.get("type").textValue()).isEqualTo(n.eventType());
            JsonNode data = body.get("data");
            assertCarriesText(n, data.get("text").textValue());
            assertThat(data.get("text").textValue()).isEqualTo(n.textBody());
            assertThat(data.get("partnershipId").textValue()).isEqualTo(n.partnershipId());
            assertThat(data.get("recipients")).hasSize(n.recipients().size());
            assertThat(data.get("links")).hasSize(n.links().size());
            for (int l = 0; l < n.links().size(); l++) {
                assertThat(data.get("links").get(l).get("url").textValue())
                        .isEqualTo(n.links().get(l).uri().toString());
            }
        }
    }
}
