package org.concordat.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;
import org.concordat.spi.DeliveryException;
import org.concordat.spi.Notification;
import org.concordat.spi.Notifier;
import org.junit.jupiter.api.Test;

/**
 * What the mail notifier says when delivery fails, against real servers on loopback that refuse,
 * are gone or never answer: whether to retry, and nothing personal.
 */
class SmtpRefusalTest {
    private static final Notification NOTICE = Notification.builder("approval.recorded", "P-1")
            .recipient("Zoë Ångström", "partnership-lead", "zoe@school.example")
            .subject("Tyne Valley STEM: Bede Academy approved agreement version 2")
            .textBody("Approved.")
            .build();

    private static Map<String, String> config(int port) {
        Map<String, String> config = new HashMap<>();
        config.put(SmtpNotifierProvider.HOST, "127.0.0.1");
        config.put(SmtpNotifierProvider.PORT, Integer.toString(port));
        config.put(SmtpNotifierProvider.SECURITY, "none");
        config.put(SmtpNotifierProvider.FROM, "partnerships@trust.example");
        config.put(SmtpNotifierProvider.TIMEOUT, "PT0.5S");
        return config;
    }

    private static DeliveryException failure(Map<String, String> config) {
        try (Notifier notifier = new SmtpNotifierProvider().open(config)) {
            notifier.send(NOTICE);
        } catch (DeliveryException e) {
            assertThat(e.toString() + e.getCause())
                    .doesNotContain("zoe@school.example")
                    .doesNotContain("Zoë");
            return e;
        }
        throw new AssertionError("the send did not fail");
    }

    @Test
    void a_5xx_refusal_of_the_recipient_is_permanent() {
        try (ScriptedSmtpServer server =
                ScriptedSmtpServer.replying("550 5.1.1 <zoe@school.example>: Zoë Ångström unknown", "250 OK")) {
            DeliveryException e = failure(config(server.port()));

            assertThat(e.permanent()).isTrue();
            assertThat(e)
                    .hasMessageContaining("reply 550")
                    .hasMessageContaining("role partnership-lead")
                    .hasMessageContaining("not retried");
            assertThat(server.commands()).doesNotContain("DATA");
        }
    }

    @Test
    void a_4xx_refusal_of_the_recipient_is_temporary() {
        try (ScriptedSmtpServer server =
                ScriptedSmtpServer.replying("450 4.2.1 <zoe@school.example>: mailbox busy", "250 OK")) {
            DeliveryException e = failure(config(server.port()));

            assertThat(e.permanent()).isFalse();
            assertThat(e).hasMessageContaining("reply 450").hasMessageContaining("try again");
        }
    }

    @Test
    void a_5xx_refusal_of_the_message_data_is_permanent_and_a_4xx_temporary() {
        try (ScriptedSmtpServer refusing = ScriptedSmtpServer.replying("250 OK", "554 5.6.0 message refused")) {
            DeliveryException e = failure(config(refusing.port()));
            assertThat(e.permanent()).isTrue();
            assertThat(e).hasMessageContaining("reply 554");
            assertThat(refusing.commands()).contains("DATA");
        }
        try (ScriptedSmtpServer busy = ScriptedSmtpServer.replying("250 OK", "451 4.3.0 try later")) {
            DeliveryException e = failure(config(busy.port()));
            assertThat(e.permanent()).isFalse();
            assertThat(e).hasMessageContaining("reply 451");
        }
    }

    @Test
    void an_accepted_message_is_not_a_failure() {
        try (ScriptedSmtpServer server = ScriptedSmtpServer.replying("250 OK", "250 queued");
                Notifier notifier = new SmtpNotifierProvider().open(config(server.port()))) {
            notifier.send(NOTICE);
            assertThat(server.commands()).containsSubsequence("EHLO", "MAIL", "RCPT", "DATA", "QUIT");
        }
    }

    @Test
    void a_refused_connection_is_temporary() throws IOException {
        int port;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = closed.getLocalPort();
        }
        DeliveryException e = failure(config(port));

        assertThat(e.permanent()).isFalse();
        assertThat(e).hasMessageContaining("could not connect").hasMessageContaining("127.0.0.1:" + port);
    }

    @Test
    void a_server_that_never_answers_hits_the_read_timeout_and_is_temporary() {
        try (ScriptedSmtpServer silent = ScriptedSmtpServer.silent()) {
            long started = System.nanoTime();
            DeliveryException e = failure(config(silent.port()));
            long millis = (System.nanoTime() - started) / 1_000_000;

            assertThat(e.permanent()).isFalse();
            assertThat(millis).as("time to give up with a 0.5 s timeout").isBetween(400L, 5_000L);
        }
    }

    private static final Notification TWO = Notification.builder("approval.recorded", "P-1")
            .recipient("Zoë Ångström", "partnership-lead", "zoe@school.example")
            .recipient("Grace Hopper", "deputy-lead", "grace@college.example")
            .subject("Tyne Valley STEM: Bede Academy approved agreement version 2")
            .textBody("Approved.")
            .build();

    @Test
    void a_refused_recipient_does_not_stop_the_others_and_the_failure_counts_it() {
        try (ScriptedSmtpServer server = ScriptedSmtpServer.replyingPerRecipient(
                        line -> line.contains("zoe@") ? "550 5.1.1 no such user" : "250 OK");
                Notifier notifier = new SmtpNotifierProvider().open(config(server.port()))) {
            assertThatThrownBy(() -> notifier.send(TWO))
                    .isInstanceOfSatisfying(
                            DeliveryException.class,
                            e -> assertThat(e.permanent()).isTrue())
                    .hasMessageContaining("refused 1 of 2 copies (recipient 1 of 2 (role partnership-lead): reply 550)")
                    .hasMessageNotContaining("zoe@")
                    .hasMessageNotContaining("grace@");
            // Grace's copy was still sent: one DATA, after her RCPT.
            assertThat(server.commands().stream().filter("DATA"::equals)).hasSize(1);
        }
    }

    @Test
    void when_any_refusal_is_temporary_the_whole_failure_is_temporary() {
        try (ScriptedSmtpServer server = ScriptedSmtpServer.replyingPerRecipient(
                        line -> line.contains("zoe@") ? "550 5.1.1 no such user" : "452 4.2.2 mailbox full");
                Notifier notifier = new SmtpNotifierProvider().open(config(server.port()))) {
            assertThatThrownBy(() -> notifier.send(TWO))
                    .isInstanceOfSatisfying(
                            DeliveryException.class,
                            e -> assertThat(e.permanent()).isFalse())
                    .hasMessageContaining("reply 550")
                    .hasMessageContaining("reply 452");
        }
    }
}
