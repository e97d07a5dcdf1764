package org.concordat.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.concordat.spi.Notification;
import org.concordat.spi.Notifier;
import org.concordat.testkit.ReportDocumentGen;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link Notifier} promises. Extend it, implement {@link #newNotifier()} and
 * {@link #deliveredSubjects()}, which reads what reached the destination (a mailbox, a captured
 * log, a stub server on loopback): every test compares it with what it sent, so a notifier that
 * drops, duplicates or reorders messages fails with a message naming the broken promise. Override
 * {@link #assertDelivered(List)} to check more of each message than its subject.
 */
public abstract class NotifierContract {
    /** The notifier under test, made fresh for each test. */
    protected Notifier notifier;

    /** A new notifier; called once before each test. */
    protected abstract Notifier newNotifier();

    /**
     * The subject of every message that reached the destination since {@link #clearDelivered()}, one
     * entry per notification (not per recipient), in the order they arrived, read from the
     * destination itself, never from a record the notifier keeps of what it meant to send.
     */
    protected abstract List<String> deliveredSubjects();

    /**
     * Checks more of each delivered notification than its subject (recipients, bodies, links);
     * called after the contract found every subject of {@code sent} delivered once, in order for a
     * single thread. The default checks nothing more.
     */
    protected void assertDelivered(List<Notification> sent) {}

    /** Called before each test, after {@link #newNotifier()}: e.g. to empty a mailbox. */
    protected void clearDelivered() {}

    /** Checks that exactly {@code sent} arrived, in that order, then {@link #assertDelivered}. */
    private void expectDelivered(List<Notification> sent) {
        List<String> expected = sent.stream().map(Notification::subject).toList();
        List<String> delivered = deliveredSubjects();
        if (delivered.size() < expected.size()) {
            throw new AssertionError(expected.size() + " notifications were sent but " + delivered.size()
                    + " reached the destination: the notifier drops messages");
        }
        if (delivered.size() > expected.size()) {
            throw new AssertionError(expected.size() + " notifications were sent but " + delivered.size()
                    + " reached the destination: the notifier delivers messages more than once");
        }
        for (int i = 0; i < expected.size(); i++) {
            if (!expected.get(i).equals(delivered.get(i))) {
                throw new AssertionError("notification " + (i + 1) + " of " + expected.size()
                        + " reached the destination as \"" + delivered.get(i) + "\" instead of \"" + expected.get(i)
                        + "\": the notifier changes, drops or reorders messages");
            }
        }
        assertDelivered(sent);
    }

    @BeforeEach
    final void openNotifier() {
        notifier = newNotifier();
        clearDelivered();
    }

    @AfterEach
    final void closeNotifier() {
        notifier.close();
    }

    /** A minimal notification: one recipient, subject and text only. */
    protected static Notification minimal() {
        return Notification.builder("approval.recorded", "P-2026-001")
                .recipient("Ada Lovelace", "partnership lead", "ada.lovelace@school.example")
                .subject("Approval recorded")
                .textBody("The governing body of Bede Academy approved the agreement.")
                .build();
    }

    /** A notification with every part: several recipients, HTML body and links. */
    protected static Notification full() {
        return Notification.builder("agreement.awaiting-approval", "P-2026-001")
                .recipient("Ada Lovelace", "partnership lead", "ada.lovelace@school.example")
                .recipient("Grace Hopper", "headteacher", "head@college.example")
                .recipient("Siân Llŷr", "champion", "sian@ysgol.example")
                .subject("Memorandum v2 awaiting approval")
                .textBody("Version 2 of the memorandum awaits your governing body's approval.\n\nThank you.")
                .htmlBody("<p>Version 2 of the memorandum awaits your governing body&#39;s approval.</p>")
                .link("Review the memorandum", "https://mis.example/partnerships/P-2026-001/mou/2")
                .link("Write to the lead", "mailto:ada.lovelace@school.example")
                .build();
    }

    /** A notification whose texts are the testkit's hostile strings. */
    protected static Notification hostile() {
        StringBuilder body = new StringBuilder();
        for (String h : ReportDocumentGen.hostileTexts()) {
            body.append(h).append('\n');
        }
        return Notification.builder("measure.data-overdue", "P-<script>alert(1)</script>")
                .recipient("Robert'); DROP TABLE staff;--", "champion <b>", "x@example.com")
                .subject("=HYPERLINK(\"http://evil.example\") <script>alert(1)</script> \u202E")
                .textBody(body.toString())
                .htmlBody(body.toString())
                .link("<script>alert(1)</script>", "https://example.com/?q=%3Cscript%3E")
                .build();
    }

    @Test
    void sends_a_minimal_notification() {
        Notification n = minimal();
        notifier.send(n);
        expectDelivered(List.of(n));
    }

    @Test
    void sends_a_notification_with_every_part() {
        Notification n = full();
        notifier.send(n);
        expectDelivered(List.of(n));
    }

    @Test
    void sends_hostile_text_without_failing() {
        Notification n = hostile();
        assertThatCode(() -> notifier.send(n)).doesNotThrowAnyException();
        expectDelivered(List.of(n));
    }

    @Test
    void sends_many_in_order() {
        List<Notification> sent = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Notification n = Notification.builder("activity.coming-up", "P-" + i)
                    .recipient("Champion " + i, "champion", "c" + i + "@school.example")
                    .subject("CPD in 7 days (" + i + ")")
                    .textBody("")
                    .build();
            notifier.send(n);
            sent.add(n);
        }
        expectDelivered(sent);
    }

    @Test
    void sends_from_several_threads_at_once_and_each_message_arrives_once() throws Exception {
        int perThread = 10;
        Concurrently.race(Concurrently.THREADS, t -> {
            for (int i = 0; i < perThread; i++) {
                notifier.send(Notification.builder("activity.coming-up", "P-" + t)
                        .recipient("Champion " + t, "champion", "c" + t + "@school.example")
                        .subject("thread " + t + " message " + i)
                        .textBody("")
                        .build());
            }
            return t;
        });
        Map<String, Integer> arrived = new TreeMap<>();
        deliveredSubjects().forEach(subject -> arrived.merge(subject, 1, Integer::sum));
        for (int t = 0; t < Concurrently.THREADS; t++) {
            for (int i = 0; i < perThread; i++) {
                String subject = "thread " + t + " message " + i;
                int times = arrived.getOrDefault(subject, 0);
                if (times != 1) {
                    throw new AssertionError("\"" + subject + "\", sent once from one of " + Concurrently.THREADS
                            + " threads at once, reached the destination " + times + " times: "
                            + (times == 0 ? "the notifier drops messages" : "the notifier duplicates messages"));
                }
            }
        }
        assertThat(arrived).hasSize(Concurrently.THREADS * perThread);
    }

    @Test
    void refuses_null() {
        assertThatThrownBy(() -> notifier.send(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void after_close_sending_works_or_fails_with_illegal_state_and_close_can_be_repeated() {
        notifier.close();
        assertThatCode(notifier::close).doesNotThrowAnyException();
        try {
            notifier.send(minimal());
        } catch (IllegalStateException expected) {
            // A notifier that holds resources refuses after close; one that holds none may go on.
        }
    }
}
