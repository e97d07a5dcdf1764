package org.concordat.cli;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.concordat.Concordat;
import org.concordat.IllegalStatusMoveException;
import org.concordat.NotificationMode;
import org.concordat.rules.Rulebook;
import org.concordat.spi.ProviderSelectionException;
import org.concordat.spi.RecordStoreProvider;
import picocli.CommandLine.Option;

/**
 * The options that choose the record store, shared by every {@code store} subcommand: the file
 * store in {@code ./.concordat} unless told otherwise.
 */
final class StoreOptions {
    // Ids as org.concordat.partnership.Partnership accepts them (plan-format.md).
    private static final Pattern PARTNERSHIP_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    // org.concordat.spi.RecordDraft's limit.
    private static final int MAX_AUTHOR = 256;

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
        NotifyOptions none = new NotifyOptions();
        return open(author, required, none, none.mode());
    }

    /**
     * Opens the {@link Concordat} facade on the configured store, with the notifiers {@code notify}
     * configures (discovered by priority when it names none), doing {@code mode} with notifications.
     *
     * @throws InputException naming what was found when no store or notifier fits or one cannot be
     *     opened
     */
    Concordat open(String author, Optional<Rulebook> required, NotifyOptions notify, NotificationMode mode) {
        Concordat.Builder b = Concordat.builder()
                .config(RecordStoreProvider.SELECTOR, "file")
                .config("directory", directory.toString())
                .config(options)
                .config(notify.options)
                .notifications(mode)
                .author(author);
        required.ifPresent(b::requireRulebook);
        try {
            return b.build();
        } catch (ProviderSelectionException | IllegalArgumentException e) {
            throw new InputException((notify.configured() ? "store or notifier: " : "store: ") + e.getMessage(), e);
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

    /**
     * Runs {@code work} on the open store, turning what the store's contents and its disk can make
     * fail into one line: a record file that cannot be read or written or is damaged, a stored plan
     * the codec refuses, a plan written by a newer Concordat. A refused save (a conflict or rulebook
     * errors) passes through.
     *
     * @throws InputException naming the store and what is wrong
     */
    <T> T read(Supplier<T> work) {
        try {
            return work.get();
        } catch (UncheckedIOException e) {
            // PlanFormatException is an UncheckedIOException too: a stored plan the codec refuses.
            throw new InputException("store " + where() + ": cannot read: " + e.getMessage(), e);
        } catch (IllegalStatusMoveException e) {
            // A plan refused, not a store that failed: store save reports it (exit 1).
            throw e;
        } catch (IllegalStateException e) {
            throw new InputException("store " + where() + ": " + e.getMessage(), e);
        }
    }

    /**
     * {@code id} when it is a partnership id as plans define them ({@code partnership.id}: 1 to 64
     * letters, digits, '.', '_' or '-', starting with a letter or digit); no other id can be stored.
     *
     * @throws InputException naming the bad id and the rule
     */
    static String partnershipId(String id) {
        if (!PARTNERSHIP_ID.matcher(id).matches()) {
            throw new InputException("ID \"" + abbreviated(id) + "\": not a partnership id: an id is 1 to 64"
                    + " letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        return id;
    }

    /**
     * {@code author} when a store can record it: not blank, at most 256 characters, no control
     * characters (the record store's rule for an author).
     *
     * @throws InputException naming the option, the value and the rule
     */
    static String author(String author) {
        String rule = author.isBlank()
                ? "must not be blank"
                : author.length() > MAX_AUTHOR
                        ? "must be at most " + MAX_AUTHOR + " characters"
                        : author.chars().anyMatch(Character::isISOControl) ? "must not contain control characters" : "";
        if (!rule.isEmpty()) {
            throw new InputException("--author \"" + abbreviated(author) + "\": " + rule);
        }
        return author;
    }

    /** A value quoted in a message: the first 60 characters of a long one, and its length. */
    static String abbreviated(String value) {
        return value.length() <= 60 ? value : value.substring(0, 57) + "... (" + value.length() + " characters)";
    }
}
