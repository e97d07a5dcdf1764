package org.concordat.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.concordat.spi.Notification;
import org.concordat.spi.Notifier;
import org.concordat.spi.Recipient;
import org.concordat.testkit.contract.NotifierContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The mail notifier against the testkit's contract, over SMTPS to a real server (GreenMail) on
 * 127.0.0.1, checked by reading the server's mailboxes: every recipient's copy, its id (from the
 * Message-ID), subject and text part.
 */
class SmtpNotifierContractTest extends NotifierContract {
    private static MailServer server;

    @BeforeAll
    static void start() {
        server = MailServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Override
    protected Notifier newNotifier() {
        return new SmtpNotifierProvider().open(server.tlsConfig());
    }

    @Override
    protected void clearDelivered() {
        server.clear();
    }

    /** One message as received. */
    private record Copy(String id, String address, String subject, String text) {}

    private static List<Copy> copies() {
        List<Copy> copies = new ArrayList<>();
        for (MimeMessage m : server.received()) {
            try {
                copies.add(new Copy(
                        MailContentTest.decodeId(m.getMessageID()),
                        ((InternetAddress) m.getAllRecipients()[0]).getAddress(),
                        m.getSubject(),
                        SmtpNotifierTest.text(m)));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }
        return copies;
    }

    /**
     * The copies grouped into deliveries of one notification, in arrival order: the k-th copy of a
     * notification id to each address belongs to its k-th delivery.
     */
    private static List<List<Copy>> deliveries() {
        Map<String, Integer> copiesPerIdAndAddress = new HashMap<>();
        Map<String, List<Copy>> deliveries = new LinkedHashMap<>();
        for (Copy c : copies()) {
            int k = copiesPerIdAndAddress.merge(c.id() + " " + c.address(), 1, Integer::sum);
            deliveries
                    .computeIfAbsent(c.id() + " #" + k, key -> new ArrayList<>())
                    .add(c);
        }
        return new ArrayList<>(deliveries.values());
    }

    @Override
    protected List<String> deliveredSubjects() {
        return deliveries().stream().map(d -> d.get(0).subject()).toList();
    }

    @Override
    protected void assertDelivered(List<Notification> sent) {
        List<List<Copy>> deliveries = deliveries();
        assertThat(deliveries).hasSameSizeAs(sent);
        for (int i = 0; i < sent.size(); i++) {
            Notification n = sent.get(i);
            List<Copy> copies = deliveries.get(i);
            assertThat(copies)
                    .as("one copy per recipient")
                    .extracting(Copy::address)
                    .containsExactlyInAnyOrderElementsOf(
                            n.recipients().stream().map(Recipient::address).toList());
            for (Copy c : copies) {
                assertCarriesId(n, c.id());
                assertThat(c.subject()).isEqualTo(n.subject());
                assertCarriesText(n, c.text());
            }
        }
    }
}
