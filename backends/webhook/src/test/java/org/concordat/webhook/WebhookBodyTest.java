package org.concordat.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.concordat.spi.Notification;
import org.concordat.testkit.quicktheories.ReportDocumentGen;
import org.concordat.webhook.internal.Json;
import org.concordat.webhook.internal.WebhookBody;
import org.junit.jupiter.api.Test;

/**
 * The JSON the webhook notifier writes by hand, read back by an independent parser (Jackson): every
 * string comes back exactly, and the body follows the documented schema.
 */
class WebhookBodyTest {
    private static final ObjectMapper JACKSON = new ObjectMapper();
    private static final Instant SENT = Instant.parse("2026-12-05T21:00:00Z");

    static JsonNode parse(byte[] body) {
        try {
            return JACKSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + new String(body, StandardCharsets.UTF_8), e);
        }
    }

    @Test
    void every_string_comes_back_exactly_through_a_json_parser() {
        qt().withExamples(2000)
                .forAll(strings().allPossible().ofLengthBetween(0, 80))
                .checkAssert(text -> {
                    byte[] json = Json.string(text).getBytes(StandardCharsets.UTF_8);
                    assertThat(parse(json).textValue()).isEqualTo(text);
                });
    }

    @Test
    void hostile_and_unicode_texts_come_back_exactly_and_the_literal_stays_on_one_line() {
        qt().forAll(ReportDocumentGen.texts()).checkAssert(text -> {
            String literal = Json.string(text);
            assertThat(literal).doesNotContain("\n", "\r", "\u2028", "\u2029");
            assertThat(parse(literal.getBytes(StandardCharsets.UTF_8)).textValue())
                    .isEqualTo(text);
        });
        assertThat(Json.string("a\"b\\c\u0000\u2028\uD800")).isEqualTo("\"a\\\"b\\\\c\\u0000\\u2028\\ud800\"");
    }

    @Test
    void a_body_holds_every_part_of_the_notification_in_the_documented_schema() {
        qt().forAll(ReportDocumentGen.texts(), ReportDocumentGen.texts(), ReportDocumentGen.texts())
                .checkAssert((subject, text, html) -> {
                    Notification n = Notification.builder("agreement.awaiting-approval", "P-<1>\"")
                            .recipient("Zoë Ångström", "champion", "zoe@school.example")
                            .recipient("Grace \"G\" Hopper", "headteacher", "grace@college.example")
                            .subject(oneLine(subject))
                            .textBody(text)
                            .htmlBody(html)
                            .link("Review \"it\"", "https://mis.example/p/1?a=1&b=%22")
                            .id("plan.P-1:agreement.awaiting-approval:v2")
                            .build();
                    JsonNode body = parse(WebhookBody.of(n, SENT, false));
                    assertThat(body.get("version").intValue()).isEqualTo(1);
                    assertThat(body.get("type").textValue()).isEqualTo("agreement.awaiting-approval");
                    assertThat(body.get("id").textValue()).isEqualTo("plan.P-1:agreement.awaiting-approval:v2");
                    assertThat(body.get("timestamp").textValue()).isEqualTo("2026-12-05T21:00:00Z");
                    JsonNode data = body.get("data");
                    assertThat(data.get("partnershipId").textValue()).isEqualTo("P-<1>\"");
                    assertThat(data.get("subject").textValue()).isEqualTo(n.subject());
                    assertThat(data.get("text").textValue()).isEqualTo(text);
                    assertThat(data.get("html").textValue()).isEqualTo(html);
                    assertThat(data.get("links").get(0).get("label").textValue())
                            .isEqualTo("Review \"it\"");
                    assertThat(data.get("links").get(0).get("url").textValue())
                            .isEqualTo("https://mis.example/p/1?a=1&b=%22");
                    assertThat(data.get("recipients").findValuesAsText("role"))
                            .containsExactly("champion", "headteacher");
                    assertThat(data.get("recipients").get(0).has("name")).isFalse();
                    assertThat(data.get("recipients").get(0).has("address")).isFalse();
                });
    }

    @Test
    void recipients_names_and_addresses_are_sent_only_when_contacts_are_asked_for() {
        Notification n = Notification.builder("approval.recorded", "P-1")
                .recipient("Zoë Ångström", "champion", "zoe@school.example")
                .subject("Approval recorded")
                .build();
        String rolesOnly = new String(WebhookBody.of(n, SENT, false), StandardCharsets.UTF_8);
        assertThat(rolesOnly).doesNotContain("Zoë").doesNotContain("zoe@");
        JsonNode contacts = parse(WebhookBody.of(n, SENT, true))
                .get("data")
                .get("recipients")
                .get(0);
        assertThat(contacts.get("name").textValue()).isEqualTo("Zoë Ångström");
        assertThat(contacts.get("address").textValue()).isEqualTo("zoe@school.example");
        assertThat(parse(WebhookBody.of(n, SENT, false)).get("data").get("html").isNull())
                .isTrue();
        assertThat(parse(WebhookBody.of(n, SENT, false)).get("data").get("links"))
                .isEmpty();
    }

    private static String oneLine(String text) {
        String line = text.replaceAll("[\\p{Cntrl}\\u0080-\\u009F\\u2028\\u2029]", " ")
                .strip();
        line = line.isEmpty() ? "Subject" : line;
        return line.length() > 200 ? line.substring(0, 200) : line;
    }
}
