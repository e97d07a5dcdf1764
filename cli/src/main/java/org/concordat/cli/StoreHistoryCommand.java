package org.concordat.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.concordat.Concordat;
import org.concordat.PlanVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code concordat store history ID}: every stored version of a partnership's plan, oldest first. */
@Command(
        name = "history",
        mixinStandardHelpOptions = true,
        description = {
            "List every stored version of the plan of partnership ID, oldest first.",
            "Exit 0 when listed, 2 when the store holds no plan ID or cannot be read."
        })
final class StoreHistoryCommand implements Callable<Integer> {
    private final Environment env;

    @Parameters(index = "0", paramLabel = "ID", description = "The partnership id (partnership.id in the plan).")
    String id = "";

    @Mixin
    FormatOption format = new FormatOption();

    @Mixin
    StoreOptions store = new StoreOptions();

    StoreHistoryCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        StoreOptions.partnershipId(id);
        List<PlanVersion> history;
        try (Concordat concordat = store.open()) {
            history = store.read(() -> concordat.plans().history(id));
        }
        if (history.isEmpty()) {
            throw new InputException("store " + store.where() + ": no plan \"" + id + "\"");
        }
        byte[] bytes;
        if (format.json()) {
            List<VersionJson> versions = history.stream()
                    .map(r -> new VersionJson(
                            r.version(),
                            r.savedAt().toString(),
                            r.author(),
                            r.plan().partnership().name()))
                    .toList();
            bytes = Json.bytes(versions);
        } else {
            ByteArrayOutputStream text = new ByteArrayOutputStream();
            PrintStream out = new PrintStream(text, true, StandardCharsets.UTF_8);
            for (PlanVersion r : history) {
                out.printf("%d  %s  %s%n", r.version(), r.savedAt(), r.author());
            }
            Output.writeText(text.toByteArray(), env.out());
            return ExitCode.OK;
        }
        Output.write(Optional.empty(), bytes, env.out());
        return ExitCode.OK;
    }

    /** A stored version in the JSON output, fields in the documented order. */
    record VersionJson(long version, String savedAt, String author, String name) {}
}
