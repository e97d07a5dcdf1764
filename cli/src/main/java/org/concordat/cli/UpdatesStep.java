package org.concordat.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.concordat.Concordat;
import org.concordat.UpdateRepository;
import org.concordat.monitoring.UpdateRefusedException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * What every {@code concordat updates} subcommand shares: the partnership id, the store, the
 * notifiers (with {@code --notify-option}, a step's notifications are recorded with it for {@code
 * concordat notify dispatch}), the output format, and the exits: a refused action is reported with its reason and exits 1; an unknown
 * person, measure, update or plan is bad input and exits 2.
 */
abstract class UpdatesStep implements Callable<Integer> {
    final Environment env;

    @Parameters(index = "0", paramLabel = "ID", description = "The partnership id of a plan in the store.")
    String partnershipId = "";

    @Mixin
    FormatOption format = new FormatOption();

    @Mixin
    StoreOptions store = new StoreOptions();

    @Mixin
    NotifyOptions notify = new NotifyOptions();

    UpdatesStep(Environment env) {
        this.env = env;
    }

    /** The work, on the open facade's updates; its result is printed by the caller. */
    abstract Object run(UpdateRepository updates);

    /** The text form of what {@link #run} returned. */
    abstract String text(Object result);

    /** The author recorded in the store for this command's writes: the acting person, when there is one. */
    Optional<String> actor() {
        return Optional.empty();
    }

    @Override
    public Integer call() {
        String id = StoreOptions.partnershipId(partnershipId);
        try (Concordat concordat =
                store.open(actor().map(StoreOptions::author).orElse("concordat"), Optional.empty())) {
            Object result;
            try {
                // A refusal is an IllegalStateException, which store.read would report as a damaged store.
                result = store.read(() -> {
                    try {
                        return run(concordat.updates());
                    } catch (UpdateRefusedException e) {
                        return e;
                    }
                });
            } catch (IllegalArgumentException e) {
                throw new InputException(id + ": " + e.getMessage(), e);
            }
            if (result instanceof UpdateRefusedException e) {
                Output.writeText("concordat: " + id + ": refused: " + e.getMessage() + "\n", env.err());
                return ExitCode.ERRORS_FOUND;
            }
            if (format.json()) {
                Output.write(Optional.empty(), Json.bytes(UpdatesJson.of(result)), env.out());
            } else {
                Output.writeText(text(result), env.out());
            }
            return ExitCode.OK;
        }
    }
}
