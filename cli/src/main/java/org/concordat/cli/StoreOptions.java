package org.concordat.cli;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.concordat.Concordat;
import org.concordat.rules.Rulebook;
import org.concordat.spi.ProviderSelectionException;
import org.concordat.spi.RecordStoreProvider;
import picocli.CommandLine.Option;

/**
 * The options that choose the record store, shared by every {@code store} subcommand: the file
 * store in {@code ./.concordat} unless told otherwise.
 */
final class StoreOptions {
    @Option(
            names = "--store",
            paramLabel = "DIR",
            defaultValue = "./.concordat",
            description = "Directory of the embedded file store; default: ${DEFAULT-VALUE}.")
    Path directory = Path.of("./.concordat");

    @Option(
            names = "--store-option",
            paramLabel = "KEY=VALUE",
            description = "Configuration for another store backend, e.g. concordat.store=postgres"
                    + " postgres.url=jdbc:postgresql://HOST:5432/DB; repeatable.")
    Map<String, String> options = new LinkedHashMap<>();

    /**
     * Opens the {@link Concordat} facade on the configured store.
     *
     * @throws InputException naming what was found when no store fits or it cannot be opened
     */
    Concordat open(String author, Optional<Rulebook> required) {
        Concordat.Builder b = Concordat.builder()
                .config(RecordStoreProvider.SELECTOR, "file")
                .config("directory", directory.toString())
                .config(options)
                .author(author);
        required.ifPresent(b::requireRulebook);
        try {
            return b.build();
        } catch (ProviderSelectionException | IllegalArgumentException e) {
            throw new InputException("store: " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            // A server store's message names the server and the reason (never a password).
            throw new InputException("store " + where() + ": cannot open: " + e.getMessage(), e);
        }
    }

    /** The store as messages name it: the file store's directory, or another store's name. */
    String where() {
        String chosen = options.getOrDefault(RecordStoreProvider.SELECTOR, "file");
        return chosen.equalsIgnoreCase("file") ? options.getOrDefault("directory", directory.toString()) : chosen;
    }

    /** The facade for reading only. */
    Concordat open() {
        return open("concordat", Optional.empty());
    }
}
