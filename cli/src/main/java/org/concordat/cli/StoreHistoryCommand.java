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
import org.concordat.spi.RecordStore;
import org.concordat.spi.StoredRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
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

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "text or json; default: ${DEFAULT-VALUE}.")
    TextOrJson format = TextOrJson.TEXT;

    @Mixin
    StoreOptions store = new StoreOptions();

    StoreHistoryCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        List<StoredRecord> history;
        try (RecordStore records = store.open()) {
            history = records.history(PlanRecords.key(id));
        }
        if (history.isEmpty()) {
            throw new InputException("store " + store.directory + ": no plan \"" + id + "\"");
        }
        byte[] bytes;
        if (format == TextOrJson.JSON) {
            List<Object> versions = new ArrayList<>();
            for (StoredRecord r : history) {
                Map<String, Object> v = new LinkedHashMap<>();
                v.put("version", r.version());
                v.put("time", r.content().time().toString());
                v.put("author", r.content().author());
                v.put("bytes", r.content().payloadSize());
                versions.add(v);
            }
            bytes = Json.bytes(versions);
        } else {
            ByteArrayOutputStream text = new ByteArrayOutputStream();
            PrintStream out = new PrintStream(text, true, StandardCharsets.UTF_8);
            for (StoredRecord r : history) {
                out.printf(
                        "%d  %s  %s  %d bytes%n",
                        r.version(),
                        r.content().time(),
                        r.content().author(),
                        r.content().payloadSize());
            }
            bytes = text.toByteArray();
        }
        Output.write(Optional.empty(), bytes, env.out());
        return ExitCode.OK;
    }
}
