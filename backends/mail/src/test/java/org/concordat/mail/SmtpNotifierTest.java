package org.concordat.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.concordat.spi.DeliveryException;
import org.concordat.spi.Notification;
import org.concordat.spi.Notifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The mail notifier against a real SMTP and SMTPS server (GreenMail) on 127.0.0.1. */
class SmtpNotifierTest {
    private MailServer server;

    @BeforeEach
    void start() {
        server = MailServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static Notification.Builder threeRecipients() {
        return Notification.builder("agreement.awaiting-approval", "P-2026-001")
                .recipient("Zoë Ångström", "headteacher", "zoe@school.example")
                .recipient("Grace Hopper", "chair-of-governors", "grace@college.example")
                .recipient("Siân Llŷr", "project-lead", "sian@ysgol.example")
                .subject("Tyne Valley STEM: agreement version 2 awaits Zoë's governing body")
                .textBody("Version 2 of the agreement has been circulated.\nPlease record the approval.");
    }

    private static void send(Map<String, String> config, Notification n) {
        try (Notifier notifier = new SmtpNotifierProvider().open(config)) {
            notifier.send(n);
        }
    }

    static String text(MimeMessage m) throws Exception {
        return part(m, "text/plain");
    }

    static String html(MimeMessage m) throws Exception {
        return part(m, "text/html");
    }

    private static String part(MimeMessage m, String type) throws Exception {
        MimeMultipart alternative = (MimeMultipart) m.getContent();
        for (int i = 0; i < alternative.getCount(); i++) {
            BodyPart part = alternative.getBodyPart(i);
            if (part.isMimeType(type)) {
                return (String) part.getContent();
            }
        }
        throw new AssertionError("no " + type + " part");
    }

    private static String raw(MimeMessage m) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.writeTo(out);
        return out.toString(StandardCharsets.ISO_8859_1);
    }

    @Test
    void sends_one_message_per_recipient_and_none_shows_another_recipients_address() throws Exception {
        send(server.plainConfig(), threeRecipients().build());

        List<MimeMessage> received = server.received();
        assertThat(received).hasSize(3);
        Set<String> to = received.stream()
                .map(m -> {
                    try {
                        assertThat(m.getRecipients(Message.RecipientType.CC)).isNull();
                        assertThat(m.getAllRecipients()).hasSize(1);
                        return ((InternetAddress) m.getAllRecipients()[0]).getAddress();
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                })
                .collect(Collectors.toSet());
        assertThat(to).containsExactlyInAnyOrder("zoe@school.example", "grace@college.example", "sian@ysgol.example");
        for (MimeMessage m : received) {
            String own = ((InternetAddress) m.getAllRecipients()[0]).getAddress();
            String raw = raw(m);
            for (String other : to) {
                if (!other.equals(own)) {
                    assertThat(raw).doesNotContain(other);
                }
            }
            assertThat(m.getFrom())
                    .extracting(a -> ((InternetAddress) a).getAddress())
                    .containsExactly("partnerships@trust.example");
            assertThat(m.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        }
    }

    @Test
    void names_and_subject_travel_in_utf8_headers_and_bodies() throws Exception {
        send(server.plainConfig(), threeRecipients().build());

        MimeMessage zoe = server.received().stream()
                .filter(m -> raw0(m).contains("zoe@school.example"))
                .findFirst()
                .orElseThrow();
        assertThat(zoe.getSubject()).isEqualTo("Tyne Valley STEM: agreement version 2 awaits Zoë's governing body");
        assertThat(((InternetAddress) zoe.getAllRecipients()[0]).getPersonal()).isEqualTo("Zoë Ångström");
        // On the wire the headers are 7-bit, encoded per RFC 2047 as UTF-8.
        String headers = raw(zoe).substring(0, raw(zoe).indexOf("\r\n\r\n"));
        assertThat(headers).matches("(?s)[\\x00-\\x7F]*").containsIgnoringCase("=?UTF-8?");
        assertThat(text(zoe).replace("\r\n", "\n"))
                .startsWith("Hello Zoë Ångström,\n")
                .contains("Version 2 of the agreement");
        assertThat(html(zoe)).contains("Hello Zoë Ångström,").contains("<meta charset=\"utf-8\">");
        assertThat(raw(zoe)).containsIgnoringCase("charset=UTF-8");
    }

    private static String raw0(MimeMessage m) {
        try {
            return raw(m);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void each_message_is_multipart_alternative_with_text_then_html() throws Exception {
        Map<String, String> config = server.plainConfig();
        config.put(SmtpNotifierProvider.REPLY_TO, "Partnership lead <lead@trust.example>");
        send(
                config,
                threeRecipients()
                        .link("Review", "https://mis.example/p/1?a=1&b=2")
                        .build());

        MimeMessage m = server.received().get(0);
        assertThat(m.getReplyTo())
                .extracting(a -> ((InternetAddress) a).getAddress())
                .containsExactly("lead@trust.example");
        assertThat(m.getContentType()).startsWith("multipart/alternative");
        MimeMultipart alternative = (MimeMultipart) m.getContent();
        assertThat(alternative.getCount()).isEqualTo(2);
        assertThat(alternative.getBodyPart(0).isMimeType("text/plain")).isTrue();
        assertThat(alternative.getBodyPart(1).isMimeType("text/html")).isTrue();
        assertThat(text(m)).contains("Review: https://mis.example/p/1?a=1&b=2");
        assertThat(html(m)).contains("<a href=\"https://mis.example/p/1?a=1&amp;b=2\">Review</a>");
    }

    @Test
    void without_an_html_body_every_value_is_escaped_in_the_html_part() throws Exception {
        Notification hostile = Notification.builder("measure.data-overdue", "P-<b>1</b>")
                .recipient("<script>alert('name')</script>", "champion <i>", "x@school.example")
                .subject("Data overdue & <late>")
                .textBody("<script>alert(1)</script> & \"quoted\" 'single'\n\n<img src=x onerror=alert(1)>")
                .link("<b>label</b>", "https://mis.example/?q=%3Cscript%3E")
                .build();
        send(server.plainConfig(), hostile);

        String html = html(server.received().get(0));
        assertThat(html)
                .doesNotContain("<script>")
                .doesNotContain("<img")
                .doesNotContain("<b>")
                .doesNotContain("<i>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot; &#39;single&#39;")
                .contains("Hello &lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt;,")
                .contains("&lt;b&gt;label&lt;/b&gt;")
                .contains("P-&lt;b&gt;1&lt;/b&gt;")
                .contains("<title>Data overdue &amp; &lt;late&gt;</title>");
        assertThat(text(server.received().get(0))).contains("<script>alert(1)</script> & \"quoted\" 'single'");
    }

    @Test
    void a_given_html_body_is_sent_as_it_is() throws Exception {
        send(
                server.plainConfig(),
                threeRecipients()
                        .htmlBody("<p>Version <strong>2</strong> awaits.</p>")
                        .build());

        assertThat(html(server.received().get(0))).contains("<p>Version <strong>2</strong> awaits.</p>");
    }

    @Test
    void the_message_id_is_the_same_for_a_notification_sent_again_and_differs_between_recipients() throws Exception {
        Notification n =
                threeRecipients().id("plan.P-1:agreement.awaiting-approval:v2").build();
        send(server.plainConfig(), n);
        send(server.plainConfig(), n);
        send(
                server.plainConfig(),
                threeRecipients().id("plan.P-1:agreement.awaiting-approval:v3").build());

        Map<String, List<String>> idsByAddress = new HashMap<>();
        for (MimeMessage m : server.received()) {
            idsByAddress
                    .computeIfAbsent(
                            ((InternetAddress) m.getAllRecipients()[0]).getAddress(), a -> new java.util.ArrayList<>())
                    .add(m.getMessageID());
        }
        assertThat(idsByAddress).hasSize(3);
        for (List<String> ids : idsByAddress.values()) {
            assertThat(ids).hasSize(3);
            assertThat(ids.get(0))
                    .isEqualTo(ids.get(1))
                    .isNotEqualTo(ids.get(2))
                    .startsWith("<plan=2EP-1=3Aagreement=2Eawaiting-approval=3Av2.")
                    .endsWith("@concordat.invalid>");
        }
        assertThat(idsByAddress.values().stream().map(ids -> ids.get(0)).distinct())
                .hasSize(3);
    }

    @Test
    void smtps_delivers_to_a_server_whose_certificate_is_trusted_and_checked() throws Exception {
        send(server.tlsConfig(), threeRecipients().build());

        assertThat(server.received()).hasSize(3);
    }

    @Test
    void smtps_refuses_a_server_certificate_it_does_not_trust_and_sends_nothing() {
        Map<String, String> config = server.tlsConfig();
        config.remove(SmtpNotifierProvider.TRUST_CERTIFICATE);

        assertThatThrownBy(() -> send(config, threeRecipients().build()))
                .isInstanceOfSatisfying(
                        DeliveryException.class, e -> assertThat(e.permanent()).isFalse())
                .hasMessageContaining("security smtps");
        assertThat(server.received()).isEmpty();
    }

    @Test
    void starttls_is_required_by_default_so_a_server_without_it_gets_nothing() {
        Map<String, String> config = server.plainConfig();
        config.remove(SmtpNotifierProvider.SECURITY);

        assertThatThrownBy(() -> send(config, threeRecipients().build()))
                .isInstanceOfSatisfying(
                        DeliveryException.class, e -> assertThat(e.permanent()).isFalse())
                .hasMessageContaining("security starttls")
                .hasMessageContaining("STARTTLS is required and the server must offer it");
        assertThat(server.received()).isEmpty();
    }

    @Test
    void messages_never_carry_a_recipients_name_or_address() {
        Map<String, String> config = server.plainConfig();
        config.remove(SmtpNotifierProvider.SECURITY);
        Notification n = threeRecipients().build();

        assertThatThrownBy(() -> send(config, n))
                .satisfies(e -> assertThat(e.toString())
                        .doesNotContain("Zoë")
                        .doesNotContain("zoe@")
                        .doesNotContain("grace")
                        .doesNotContain("sian"));
        assertThat(new SmtpNotifierProvider().open(server.plainConfig()).toString())
                .doesNotContain("zoe");
    }

    @Test
    void logs_in_with_the_password_from_the_named_environment_variable() throws Exception {
        try (MailServer withLogin = MailServer.startWithLogin()) {
            Map<String, String> config = withLogin.tlsConfig();
            config.put(SmtpNotifierProvider.USER, MailServer.LOGIN);
            config.put(SmtpNotifierProvider.PASSWORD_ENV, MailServer.PASSWORD_ENV);
            send(config, threeRecipients().build());
            assertThat(withLogin.received()).hasSize(3);

            config.put(SmtpNotifierProvider.USER, "someone-else");
            assertThatThrownBy(() -> send(config, threeRecipients().build()))
                    .isInstanceOfSatisfying(
                            DeliveryException.class,
                            e -> assertThat(e.permanent()).isFalse())
                    .hasMessageContaining("authentication as smtp.user failed")
                    .hasMessageContaining(MailServer.PASSWORD_ENV)
                    .hasMessageNotContaining(System.getenv(MailServer.PASSWORD_ENV));
            assertThat(withLogin.received()).hasSize(3);
        }
    }
}
