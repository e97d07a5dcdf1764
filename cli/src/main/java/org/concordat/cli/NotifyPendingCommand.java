package org.concordat.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.concordat.Concordat;
import org.concordat.OutboxEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code concordat notify pending [--format json]}: lists the notifications with a delivery still
 * to make: id, event, partnership, when recorded, how many recipients (never who) and each
 * notifier's state, attempts and next attempt.
 */
@Command(
        name = "pending",
        mixinStandardHelpOptions = true,
        description = {
            "List the notifications with a delivery still to make: id, event, partnership, when"
                    + " recorded, how many recipients, and per notifier its state, attempts and next attempt.",
            "Exit 0 when listed (also when none), 2 when the store cannot be read."
        })
final class NotifyPendingCommand implements Callable<Integer> {
    private final Environment env;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "text or json; default: ${DEFAULT-VALUE}.")
    TextOrJson format = TextOrJson.TEXT;

    @Mixin
    StoreOptions store = new StoreOptions();

    NotifyPendingCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        List<OutboxEntry> pending;
        try (Concordat concordat = store.open()) {
            pending = store.read(concordat::pending);
        }
        if (format == TextOrJson.JSON) {
            List<Object> entries = new ArrayList<>();
            for (OutboxEntry e : pending) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", e.id());
                m.put("eventType", e.eventType());
                m.put("partnershipId", e.partnershipId());
                m.put("cause", e.cause());
                m.put("recorded", e.recorded().toString());
                m.put("recipients", e.recipients());
                m.put("status", e.status());
                Map<String, Object> deliveries = new LinkedHashMap<>();
                e.deliveries().forEach((name, d) -> {
                    Map<String, Object> dm = new LinkedHashMap<>();
                    dm.put("state", d.state());
                    dm.put("attempts", d.attempts());
                    d.nextAttempt().ifPresent(t -> dm.put("nextAttempt", t.toString()));
                    d.lastError().ifPresent(t -> dm.put("lastError", t));
                    deliveries.put(name, dm);
                });
                m.put("deliveries", deliveries);
                entries.add(m);
            }
            Output.write(Optional.empty(), Json.bytes(entries), env.out());
            return ExitCode.OK;
        }
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(text, true, StandardCharsets.UTF_8);
        for (OutboxEntry e : pending) {
            StringBuilder line = new StringBuilder()
                    .append(e.id())
                    .append("  ")
                    .append(e.eventType())
                    .append("  ")
                    .append(e.partnershipId())
                    .append("  ")
                    .append(e.recorded())
                    .append("  ")
                    .append(e.recipients())
                    .append(e.recipients() == 1 ? " recipient" : " recipients");
            e.deliveries().forEach((name, d) -> {
                line.append("  ").append(name).append(' ').append(d.state().toLowerCase(java.util.Locale.ROOT));
                line.append(" after ").append(d.attempts()).append(d.attempts() == 1 ? " attempt" : " attempts");
                d.nextAttempt().ifPresent(t -> line.append(", next ").append(t));
            });
            out.println(line);
        }
        out.println(pending.size() + (pending.size() == 1 ? " notification" : " notifications") + " pending");
        Output.writeText(text.toByteArray(), env.out());
        return ExitCode.OK;
    }
}
