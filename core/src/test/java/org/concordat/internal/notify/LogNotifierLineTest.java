package org.concordat.internal.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.concordat.spi.Notification;
import org.junit.jupiter.api.Test;

class LogNotifierLineTest {
    private static final Notification NOTICE = Notification.builder("approval.recorded", "P-1 \"x\"")
            .recipient("Ada Lovelace", "headteacher", "ada@school.example")
            .recipient("Grace Hopper", "champion", "grace@school.example")
            .recipient("Alan Turing", "champion", "alan@school.example")
            .subject("Approval recorded\u2029next")
            .textBody("Ada approved.")
            .link("Open", "https://mis.example/p/1")
            .build();

    @Test
    void holds_event_partnership_roles_counts_and_escaped_subject_only() {
        assertThat(new LogNotifier(true).line(NOTICE))
                .isEqualTo("notification event=approval.recorded id=" + NOTICE.id()
                        + " partnership=P-1 \\\"x\\\" recipients=3"
                        + " roles=[champion, headteacher] links=1 subject=\"Approval recorded\\u2029next\"");
    }

    @Test
    void can_leave_the_subject_out() {
        assertThat(new LogNotifier(false).line(NOTICE))
                .doesNotContain("subject")
                .doesNotContain("Approval");
    }

    @Test
    void refuses_to_send_after_close() {
        LogNotifier notifier = new LogNotifier(true);
        notifier.close();
        assertThatThrownBy(() -> notifier.send(NOTICE)).isInstanceOf(IllegalStateException.class);
    }
}
