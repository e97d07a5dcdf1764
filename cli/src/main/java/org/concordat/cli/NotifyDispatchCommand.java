package org.concordat.cli;

import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import org.concordat.Concordat;
import org.concordat.DispatchSummary;
import org.concordat.NotificationMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code concordat notify dispatch}: sends every pending notification that is due through each
 * configured notifier and prints one line, e.g. {@code sent 4, failed 1 (will retry after 10:42),
 * skipped 2 without an address}. Exit 1 when a delivery failed, so a scheduler can raise it.
 */
@Command(
        name = "dispatch",
        mixinStandardHelpOptions = true,
        description = {
            "Send every pending notification that is due through each configured notifier, record each"
                    + " delivery, and print what was sent, failed (and when it is retried) and skipped.",
            "Exit 0 when nothing failed, 1 when a delivery failed (it stays pending unless refused for"
                    + " good), 2 when the store or a notifier cannot be opened."
        })
final class NotifyDispatchCommand implements Callable<Integer> {
    private final Environment env;

    @Mixin
    StoreOptions store = new StoreOptions();

    @Mixin
    NotifyOptions notify = new NotifyOptions();

    NotifyDispatchCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        DispatchSummary summary;
        try (Concordat concordat =
                store.open("concordat", java.util.Optional.empty(), notify, NotificationMode.RECORD_ONLY)) {
            summary = store.read(concordat::dispatch);
        }
        Output.writeText(summary.describe(ZoneId.systemDefault(), Instant.now()) + "\n", env.out());
        return summary.anyFailed() ? ExitCode.ERRORS_FOUND : ExitCode.OK;
    }
}
