package org.concordat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.concordat.event.PlanEvents;
import org.concordat.io.Plans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code store save --notify-option} and {@code notify dispatch|remind|pending}, in-process, with a
 * real notifier that writes to a file.
 */
class NotifyCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return Main.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String[] args(String... first) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(List.of("--store", dir.resolve("store").toString()));
        return all.toArray(String[]::new);
    }

    private String[] notifying(boolean failing, String... first) {
        List<String> all = new ArrayList<>(List.of(args(first)));
        all.addAll(List.of(
                "--notify-option",
                "concordat.notifier=test-file",
                "--notify-option",
                "test-file.path=" + dir.resolve("sent.txt")));
        if (failing) {
            all.addAll(List.of("--notify-option", "test-file.fail=temporary"));
        }
        return all.toArray(String[]::new);
    }

    private List<String> sent() throws IOException {
        Path file = dir.resolve("sent.txt");
        return Files.exists(file) ? Files.readAllLines(file) : List.of();
    }

    @Test
    void save_records_notifications_only_with_a_notifier_configured_and_dispatch_sends_each_once() throws IOException {
        String text = ValidateIT.firstPlan();
        Path plan = Files.writeString(dir.resolve("plan.yaml"), text, StandardCharsets.UTF_8);
        int caused = PlanEvents.changes(Optional.empty(), Plans.readYaml(text)).size();
        assertThat(caused).isPositive();

        String quiet = dir.resolve("quiet").toString();
        assertThat(run("store", "save", "--store", quiet, plan.toString())).isZero();
        assertThat(out()).doesNotContain("recorded");
        assertThat(run("notify", "pending", "--store", quiet)).isZero();
        assertThat(out()).isEqualTo("0 notifications pending\n");

        assertThat(run(notifying(false, "store", "save", plan.toString()))).isZero();
        assertThat(out())
                .endsWith("aire-valley-stem: recorded " + caused
                        + " notifications for 'concordat notify dispatch' to send\n");
        assertThat(sent()).isEmpty();

        assertThat(run(args("notify", "pending", "--format", "json"))).isZero();
        JsonNode pending = new ObjectMapper().readTree(out());
        assertThat(pending).hasSize(caused);
        assertThat(pending.get(0).get("id").asText()).startsWith("c-");
        assertThat(pending.get(0).get("status").asText()).isEqualTo("PENDING");
        assertThat(out()).doesNotContain("@").doesNotContain("Okafor");
        assertThat(run(args("notify", "pending"))).isZero();
        assertThat(out()).endsWith(caused + " notifications pending\n");

        assertThat(run(notifying(false, "notify", "dispatch"))).isZero();
        assertThat(out()).isEqualTo("sent " + caused + ", failed 0, skipped 0 without an address\n");
        assertThat(sent()).hasSize(caused);
        assertThat(run(notifying(false, "notify", "dispatch"))).isZero();
        assertThat(out()).isEqualTo("sent 0, failed 0, skipped 0 without an address\n");
        assertThat(sent()).hasSize(caused);
        assertThat(run(args("notify", "pending"))).isZero();
        assertThat(out()).isEqualTo("0 notifications pending\n");
    }

    @Test
    void a_failed_dispatch_exits_1_and_says_when_it_is_retried() throws IOException {
        Path plan = Files.writeString(dir.resolve("plan.yaml"), ValidateIT.firstPlan(), StandardCharsets.UTF_8);
        assertThat(run(notifying(false, "store", "save", plan.toString()))).isZero();

        assertThat(run(notifying(true, "notify", "dispatch"))).isEqualTo(1);
        assertThat(out())
                .matches("sent 0, failed \\d+ \\(will retry after \\d\\d:\\d\\d\\), skipped 0 without an address\n");
        assertThat(run(args("notify", "pending"))).isZero();
        assertThat(out()).contains("test-file pending after 1 attempt, next ");
    }

    @Test
    void remind_records_each_reminder_once() throws IOException {
        Path plan = Files.writeString(dir.resolve("plan.yaml"), ValidateIT.firstPlan(), StandardCharsets.UTF_8);
        assertThat(run(args("store", "save", plan.toString()))).isZero();

        assertThat(run(notifying(false, "notify", "remind", "--as-of", "2026-06-10")))
                .isZero();
        String first = out();
        assertThat(first).matches("(\\d+) reminders due on 2026-06-10, \\1 newly recorded .*\n");
        assertThat(run(notifying(false, "notify", "remind", "--as-of", "2026-06-10")))
                .isZero();
        assertThat(out()).contains(", 0 newly recorded");
        assertThat(run(notifying(false, "notify", "dispatch"))).isZero();
        assertThat(sent()).hasSize(Integer.parseInt(first.substring(0, first.indexOf(' '))));

        assertThat(run(args("notify", "remind"))).isEqualTo(2);
        assertThat(run(args("notify"))).isEqualTo(2);
    }
}
