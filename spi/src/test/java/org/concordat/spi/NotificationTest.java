package org.concordat.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class NotificationTest {
    private static Notification.Builder valid() {
        return Notification.builder("agreement.awaiting-approval", "P-1")
                .recipient("Ada Lovelace", "headteacher", "ada@school.example")
                .subject("MOU awaiting approval")
                .textBody("Please approve.");
    }

    @Test
    void builds_a_notification_with_optional_parts() {
        Notification n = valid().htmlBody("<p>Please approve.</p>")
                .link("Review", "https://mis.example/mou/1")
                .build();
        assertThat(n.htmlBody()).contains("<p>Please approve.</p>");
        assertThat(n.links()).containsExactly(Link.of("Review", URI.create("https://mis.example/mou/1")));
        assertThat(n.recipients()).hasSize(1);
    }

    @Test
    void prints_no_names_addresses_or_bodies() {
        String text = valid().build().toString();
        assertThat(text).contains("headteacher").contains("agreement.awaiting-approval");
        assertThat(text).doesNotContain("Ada").doesNotContain("ada@").doesNotContain("Please approve");
    }

    @Test
    void rejects_a_notification_without_recipients() {
        assertThatThrownBy(() -> Notification.builder("a.b", "P-1").subject("s").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one recipient");
    }

    @Test
    void rejects_a_malformed_event_type_or_subject() {
        assertThatThrownBy(() -> Notification.builder("Agreement Approved", "P-1")
                        .recipient("A", "r", "a@x")
                        .subject("s")
                        .build())
                .hasMessageContaining("Notification eventType \"Agreement Approved\"");
        assertThatThrownBy(() -> valid().subject("two\nlines").build()).hasMessageContaining("Notification subject");
        assertThatThrownBy(() -> valid().subject("").build()).hasMessageContaining("must not be blank");
    }

    @Test
    void accepts_only_absolute_web_and_mail_links() {
        assertThat(Link.of("Mail", "mailto:lead@school.example").uri().getScheme())
                .isEqualTo("mailto");
        assertThatThrownBy(() -> Link.of("x", "javascript:alert(1)"))
                .hasMessageContaining("must be an absolute https, http or mailto URI");
        assertThatThrownBy(() -> Link.of("x", "/relative")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Link.of("x", "file:///etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_recipient_prints_its_role_only() {
        assertThat(Recipient.of("Ada", "champion", "ada@x").toString()).isEqualTo("Recipient[role=champion]");
        assertThatThrownBy(() -> Recipient.of("Ada", "champion", "")).hasMessageContaining("Recipient address");
    }

    @Test
    void the_same_content_has_the_same_derived_id_and_any_change_a_new_one() {
        Notification a = valid().build();
        assertThat(valid().build().id()).isEqualTo(a.id()).startsWith("n-").hasSize(34);
        assertThat(valid().subject("MOU awaiting approval!").build().id()).isNotEqualTo(a.id());
        assertThat(valid().textBody("Please approve").build().id()).isNotEqualTo(a.id());
        assertThat(valid().htmlBody("<p>x</p>").build().id()).isNotEqualTo(a.id());
        assertThat(valid().recipient("Bo", "champion", "bo@school.example")
                        .build()
                        .id())
                .isNotEqualTo(a.id());
        // length prefixes: moving text between parts changes the id
        assertThat(valid().subject("ab").textBody("c").build().id())
                .isNotEqualTo(valid().subject("a").textBody("bc").build().id());
    }

    @Test
    void a_given_id_is_kept_and_a_malformed_one_refused_by_name() {
        assertThat(valid().id("plan.x-3:agreement.awaiting-approval").build().id())
                .isEqualTo("plan.x-3:agreement.awaiting-approval")
                .isNotEqualTo(valid().build().id());
        assertThatThrownBy(() -> valid().id("has space").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Notification id")
                .hasMessageContaining("has space");
        assertThatThrownBy(() -> valid().id("").build()).hasMessageContaining("Notification id");
        assertThatThrownBy(() -> valid().id("x".repeat(101)).build()).hasMessageContaining("Notification id");
        assertThat(valid().id("x".repeat(100)).build().id()).hasSize(100);
    }

    @Test
    void delivery_failures_say_whether_to_retry_and_when() {
        DeliveryException refused = DeliveryException.permanent("550 mailbox unavailable", null);
        assertThat(refused.permanent()).isTrue();
        assertThat(refused.retryAfter()).isEmpty();
        DeliveryException later =
                DeliveryException.temporary("503 from receiver", java.time.Duration.ofSeconds(30), null);
        assertThat(later.permanent()).isFalse();
        assertThat(later.retryAfter()).contains(java.time.Duration.ofSeconds(30));
        assertThat(DeliveryException.temporary("timeout", null).retryAfter()).isEmpty();
        assertThatThrownBy(() -> DeliveryException.temporary("x", java.time.Duration.ofSeconds(-1), null))
                .hasMessageContaining("retryAfter");
    }
}
