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
}
