package org.concordat.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.concordat.Concordat;
import org.concordat.OutboxEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

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

    @Mixin
    FormatOption format = new FormatOption();

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
        if (format.json()) {
            List<EntryJson> entries = pending.stream().map(EntryJson::of).toList();
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

    /** A pending notification in the JSON output, fields in the documented order. */
    record EntryJson(
            String id,
            String eventType,
            String partnershipId,
            String cause,
            String recorded,
            int recipients,
            String status,
            Map<String, DeliveryJson> deliveries) {
        static EntryJson of(OutboxEntry e) {
            Map<String, DeliveryJson> deliveries = new LinkedHashMap<>();
            e.deliveries()
                    .forEach((name, d) -> deliveries.put(
                            name,
                            new DeliveryJson(
                                    d.state(), d.attempts(), d.nextAttempt().map(Object::toString), d.lastError())));
            return new EntryJson(
                    e.id(),
                    e.eventType(),
                    e.partnershipId(),
                    e.cause(),
                    e.recorded().toString(),
                    e.recipients(),
                    e.status(),
                    deliveries);
        }
    }

    /** A notifier's delivery of a pending notification; the next attempt and last error only when known. */
    record DeliveryJson(
            String state,
            int attempts,
            @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<String> nextAttempt,
            @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<String> lastError) {}
}
