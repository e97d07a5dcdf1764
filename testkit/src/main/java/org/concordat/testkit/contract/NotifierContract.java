package org.concordat.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.concordat.spi.Notification;
import org.concordat.spi.Notifier;
import org.concordat.testkit.ReportDocumentGen;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link Notifier} promises. Extend it and implement {@link #newNotifier()};
 * to check delivery too (a mailbox, a captured log, a stub server on loopback), override {@link
 * #assertDelivered(List)}, which each test calls with what it sent.
 */
public abstract class NotifierContract {
    /** The notifier under test, made fresh for each test. */
    protected Notifier notifier;

    /** A new notifier; called once before each test. */
    protected abstract Notifier newNotifier();

    /**
     * Checks that every notification in {@code sent}, in that order for a single thread, reached its
     * destination. The default checks nothing.
     */
    protected void assertDelivered(List<Notification> sent) {}

    /** Called before each test, after {@link #newNotifier()}: e.g. to empty a mailbox. */
    protected void clearDelivered() {}

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
        assertDelivered(List.of(n));
    }

    @Test
    void sends_a_notification_with_every_part() {
        Notification n = full();
        notifier.send(n);
        assertDelivered(List.of(n));
    }

    @Test
    void sends_hostile_text_without_failing() {
        Notification n = hostile();
        assertThatCode(() -> notifier.send(n)).doesNotThrowAnyException();
        assertDelivered(List.of(n));
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
        assertDelivered(sent);
    }

    @Test
    void sends_from_several_threads_at_once() throws Exception {
        List<Object> results = Concurrently.run(t -> {
            for (int i = 0; i < 10; i++) {
                notifier.send(minimal());
            }
            return t;
        });
        assertThat(results).hasSize(Concurrently.THREADS);
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
