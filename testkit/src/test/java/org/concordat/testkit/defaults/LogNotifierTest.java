package org.concordat.testkit.defaults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.concordat.spi.Notification;
import org.concordat.spi.Notifier;
import org.concordat.spi.Recipient;
import org.concordat.testkit.contract.NotifierContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The log notifier against the contract, with delivery checked on the real SLF4J binding of the
 * test class path (slf4j-simple, which writes to whatever {@code System.err} is at the time).
 */
class LogNotifierTest extends NotifierContract {
    private static final PrintStream ORIGINAL_ERR = System.err;
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();

    @Override
    protected Notifier newNotifier() {
        return Defaults.notifier(Map.of());
    }

    @Override
    protected void clearDelivered() {
        captured.reset();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreErr() {
        System.setErr(ORIGINAL_ERR);
    }

    private List<String> lines() {
        System.err.flush();
        return captured.toString(StandardCharsets.UTF_8)
                .lines()
                .filter(l -> l.contains("org.concordat.notification"))
                .toList();
    }

    /** The subject of each logged notification, unescaped as the log notifier escapes it. */
    @Override
    protected List<String> deliveredSubjects() {
        return lines().stream().map(LogNotifierTest::subject).toList();
    }

    private static String subject(String line) {
        int start = line.indexOf(" subject=\"");
        if (start < 0) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (int i = start + " subject=\"".length(); i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                break;
            }
            if (c == '\\' && i + 1 < line.length()) {
                char next = line.charAt(++i);
                if (next == 'u') {
                    out.append((char) Integer.parseInt(line.substring(i + 1, i + 5), 16));
                    i += 4;
                } else {
                    out.append(next);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    @Override
    protected void assertDelivered(List<Notification> sent) {
        List<String> lines = lines();
        assertThat(lines).hasSize(sent.size());
        for (int i = 0; i < sent.size(); i++) {
            Notification n = sent.get(i);
            String line = lines.get(i);
            assertCarriesId(n, line.replaceFirst("^.*? id=(\\S+) .*$", "$1"));
            assertThat(line)
                    .contains(" INFO ")
                    .contains("event=" + n.eventType())
                    .contains("recipients=" + n.recipients().size())
                    .contains("links=" + n.links().size());
            for (Recipient r : n.recipients()) {
                assertThat(line).doesNotContain(r.name()).doesNotContain(r.address());
            }
            String body = n.textBody().lines().findFirst().orElse("");
            if (!body.isBlank()
                    && !n.subject().contains(body)
                    && !n.partnershipId().contains(body)) {
                assertThat(line).doesNotContain(body);
            }
            n.links().forEach(link -> assertThat(line).doesNotContain(link.uri().toString()));
        }
    }

    @Test
    void logs_event_partnership_roles_and_subject_on_one_line() {
        notifier.send(full());
        assertThat(lines())
                .singleElement()
                .asString()
                .endsWith("notification event=agreement.awaiting-approval id=" + full().id()
                        + " partnership=P-2026-001 recipients=3"
                        + " roles=[champion, headteacher, partnership lead] links=2"
                        + " subject=\"Memorandum v2 awaiting approval\"");
    }

    @Test
    void escapes_control_characters_so_no_line_can_be_forged() {
        Notification forged = Notification.builder("a.b", "P-1")
                .recipient("A", "r", "a@x")
                .subject("ok \u2028 INFO forged \"quoted\"")
                .build();
        notifier.send(forged);
        assertThat(lines()).singleElement().asString().contains("subject=\"ok \\u2028 INFO forged \\\"quoted\\\"\"");
    }

    @Test
    void leaves_the_subject_out_when_configured() {
        Notifier quiet = Defaults.notifier(Map.of("log.subject", "false"));
        quiet.send(full());
        assertThat(lines()).singleElement().asString().doesNotContain("subject").doesNotContain("Memorandum");
    }
}
