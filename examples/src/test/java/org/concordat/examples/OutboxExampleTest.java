package org.concordat.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.concordat.Concordat;
import org.concordat.io.Plans;
import org.concordat.plan.PartnershipPlan;
import org.concordat.spi.Providers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxExampleTest {
    static final PartnershipPlan EXAMPLE = Plans.read(Path.of("plans/first-plan.yaml"));

    @Test
    void service_loader_finds_the_outbox_and_prefers_it_to_the_log_notifier() {
        assertThat(Providers.notifierProvider(Map.of())).isInstanceOf(OutboxNotifierProvider.class);
        assertThat(Providers.discover(org.concordat.spi.NotifierProvider.class).providers())
                .extracting(p -> p.name())
                .contains("outbox", "log");
    }

    @Test
    void saving_the_example_plan_through_the_facade_writes_one_message_per_event(@TempDir Path outbox)
            throws IOException {
        List<String> messages = OutboxExample.run(EXAMPLE, outbox);

        assertThat(messages)
                .containsExactly(
                        "000001-agreement.approval-recorded.txt",
                        "000002-agreement.approval-recorded.txt",
                        "000003-agreement.approval-recorded.txt",
                        "000004-agreement.approval-recorded.txt",
                        "000005-agreement.approval-recorded.txt",
                        "000006-agreement.in-force.txt");
        String inForce = Files.readString(outbox.resolve(messages.get(5)), StandardCharsets.UTF_8);
        assertThat(inForce)
                .contains("To: Dr Grace Okafor <g.okafor@kirkstallpark.example.org.uk> (partnership-lead)")
                .contains("Subject: Aire Valley STEM Partnership: the agreement is in force")
                .contains("Work under the action plan can start.");
        assertThat(Files.readString(outbox.resolve("mou.html"), StandardCharsets.UTF_8))
                .contains("FGB 10.07.25 item 9", "Kirkstall Park Academy Trust board");
    }

    @Test
    void the_log_notifier_is_still_there_by_name(@TempDir Path dir) {
        try (Concordat c = Concordat.open(Map.of("concordat.store", "memory", "concordat.notifier", "log"))) {
            assertThat(c.notifier()).isNotInstanceOf(OutboxNotifier.class);
        }
    }

    @Test
    void numbering_continues_after_messages_already_in_the_outbox(@TempDir Path outbox) {
        OutboxExample.run(EXAMPLE, outbox);
        OutboxNotifier again = new OutboxNotifier(outbox);
        again.send(org.concordat.spi.Notification.builder("test.event", "p")
                .recipient("A", "champion", "a@example.org")
                .subject("s")
                .build());
        assertThat(again.messages()).hasSize(7);
        assertThat(again.messages().get(6).getFileName()).hasToString("000007-test.event.txt");
    }
}
