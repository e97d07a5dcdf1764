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
import org.concordat.testkit.ReportDocuments;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link Notifier} promises. Extend it and implement three methods that look
 * at the destination itself (a mailbox, a captured log, a receiver on loopback), never at a record
 * the notifier keeps of what it meant to send: {@link #newNotifier()}, {@link
 * #deliveredSubjects()} and {@link #assertDelivered(List)}. Every test compares what arrived with
 * what it sent, so a notifier that drops, duplicates, reorders or garbles messages, or loses the
 * id receivers de-duplicate by, fails with a message naming the broken promise. {@link
 * #assertCarriesText} and {@link #assertCarriesId} word those messages for the common checks.
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
     * Checks each delivered message against the notification sent, reading the destination: that
     * every recipient got it (or, for a destination without per-recipient delivery such as a log,
     * that it arrived once), that it carries the notification's {@link Notification#id()} (see
     * {@link #assertCarriesId}) and, where the destination holds bodies, the text (see {@link
     * #assertCarriesText}). Called after the contract found every subject of {@code sent} delivered
     * once, in order; {@code sent} may hold the same notification twice when it was sent twice.
     * There is no default: a notifier that delivers nothing or garbage must not pass by omission.
     */
    protected abstract void assertDelivered(List<Notification> sent);

    /**
     * Fails unless {@code delivered} holds every non-blank line of {@code sent}'s text body, in
     * order, ignoring line-ending style and whitespace at the ends of lines (which mail, for one,
     * may change). A lone surrogate, which no Unicode encoding can carry, counts as U+FFFD, the
     * replacement character, on both sides.
     *
     * @param delivered the text the destination holds for the message, e.g. a mail's text part
     */
    protected static void assertCarriesText(Notification sent, String delivered) {
        List<String> lines = unicode(delivered).lines().map(String::strip).toList();
        int from = 0;
        for (String line : unicode(sent.textBody()).lines().map(String::strip).toList()) {
            if (line.isEmpty()) {
                continue;
            }
            int at = lines.subList(from, lines.size()).indexOf(line);
            if (at < 0) {
                throw new AssertionError("notification " + sent.id() + " (\"" + sent.subject()
                        + "\") reached the destination without the line \"" + line
                        + "\" of its text, or out of order: the notifier changes or drops message bodies");
            }
            from += at + 1;
        }
    }

    /** {@code text} with every surrogate that is not half of a pair replaced by U+FFFD. */
    private static String unicode(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else {
                out.append(Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }

    /**
     * Fails unless {@code deliveredId}, the id the destination received (a {@code webhook-id}, a
     * decoded Message-ID, a logged id), is {@code sent}'s id.
     */
    protected static void assertCarriesId(Notification sent, String deliveredId) {
        if (!sent.id().equals(deliveredId)) {
            throw new AssertionError("notification " + sent.id() + " (\"" + sent.subject()
                    + "\") reached the destination under the id \"" + deliveredId
                    + "\": the notifier loses the id receivers de-duplicate by");
        }
    }

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
        for (String h : ReportDocuments.hostileTexts()) {
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
    void a_notification_sent_again_arrives_again_under_the_same_id() {
        // After a crash or a lost acknowledgement the caller sends the same notification again;
        // the receiver de-duplicates by id, so the id must be the same both times.
        Notification n = full();
        notifier.send(n);
        notifier.send(n);
        expectDelivered(List.of(n, n));
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
