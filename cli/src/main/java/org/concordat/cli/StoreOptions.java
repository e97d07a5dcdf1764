package org.concordat.cli;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.concordat.spi.ProviderSelectionException;
import org.concordat.spi.Providers;
import org.concordat.spi.RecordStore;
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
            description = "Configuration for another store backend on the class path, e.g."
                    + " concordat.store=jdbc; repeatable.")
    Map<String, String> options = new LinkedHashMap<>();

    /**
     * Opens the configured store.
     *
     * @throws InputException naming what was found when no store fits or it cannot be opened
     */
    RecordStore open() {
        Map<String, String> config = new LinkedHashMap<>();
        config.put(RecordStoreProvider.SELECTOR, "file");
        config.put("directory", directory.toString());
        config.putAll(options);
        try {
            return Providers.openRecordStore(config);
        } catch (ProviderSelectionException | IllegalArgumentException e) {
            throw new InputException("store: " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new InputException("store " + directory + ": cannot open: " + e.getMessage(), e);
        }
    }
}
