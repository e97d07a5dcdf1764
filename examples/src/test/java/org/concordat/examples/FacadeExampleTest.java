package org.concordat.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.concordat.Concordat;
import org.concordat.examples.outbox.OutboxNotifier;
import org.concordat.io.Plans;
import org.concordat.plan.PartnershipPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FacadeExampleTest {
    static final PartnershipPlan EXAMPLE = Plans.read(Path.of("plans/first-plan.yaml"));

    @Test
    void saving_the_example_plan_through_the_facade_writes_one_message_per_event(@TempDir Path outbox)
            throws IOException {
        List<String> messages = FacadeExample.run(EXAMPLE, outbox);

        assertThat(messages)
                .containsExactly(
                        "000001-agreement.approval-recorded.txt",
                        "000002-agreement.approval-recorded.txt",
                        "000003-agreement.approval-recorded.txt",
                        "000004-agreement.approval-recorded.txt",
                        "000005-agreement.approval-recorded.txt",
                        "000006-agreement.in-force.txt");
        assertThat(Files.readString(outbox.resolve(messages.get(1)), StandardCharsets.UTF_8))
                .contains("Bramley Vale High School's Full governing body approved version 1")
                .contains("FGB 03/07/25 min 11");
        String inForce = Files.readString(outbox.resolve(messages.get(5)), StandardCharsets.UTF_8);
        assertThat(inForce)
                .contains("To: Dr Grace Okafor <g.okafor@kirkstallpark.example.org.uk> (partnership-lead)")
                .contains("Subject: Aire Valley STEM Partnership: the agreement is in force")
                .contains("Work under the action plan can start.");
        assertThat(Files.readString(outbox.resolve("mou.html"), StandardCharsets.UTF_8))
                .contains("FGB 10.07.25 item 9", "Kirkstall Park Academy Trust board");
    }

    @Test
    void the_facade_finds_the_outbox_by_name_and_the_log_notifier_otherwise(@TempDir Path outbox) {
        try (Concordat c = Concordat.open(Map.of(
                "concordat.store", "memory",
                "concordat.notifier", "outbox",
                "outbox.directory", outbox.toString()))) {
            assertThat(c.notifier()).isInstanceOf(OutboxNotifier.class);
        }
        // the outbox's priority is below the log notifier's: an example must not take over by default
        try (Concordat c = Concordat.open(Map.of("concordat.store", "memory"))) {
            assertThat(c.notifier()).isNotInstanceOf(OutboxNotifier.class);
        }
    }
}
