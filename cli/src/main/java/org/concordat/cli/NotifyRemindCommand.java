package org.concordat.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.concordat.Concordat;
import org.concordat.NotificationMode;
import org.concordat.event.PlanEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code concordat notify remind --as-of DATE}: records the reminders due on DATE for every stored
 * plan (activities coming up, overdue measure data, approvals awaited), each once whatever how often
 * it runs, for {@code notify dispatch} to send.
 */
@Command(
        name = "remind",
        mixinStandardHelpOptions = true,
        description = {
            "Record the reminders due on DATE for every stored plan: activities coming up, overdue"
                    + " measure data and approvals awaited. Each reminder is recorded once however often"
                    + " this runs; 'concordat notify dispatch' sends them.",
            "Exit 0 when done, 2 when the store cannot be read or DATE is not a date."
        })
final class NotifyRemindCommand implements Callable<Integer> {
    private final Environment env;

    @Option(
            names = "--as-of",
            paramLabel = "DATE",
            required = true,
            description = "The day to remind as of, YYYY-MM-DD.")
    LocalDate asOf = LocalDate.MIN;

    @Mixin
    StoreOptions store = new StoreOptions();

    @Mixin
    NotifyOptions notify = new NotifyOptions();

    NotifyRemindCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        try (Concordat concordat = store.open("concordat", Optional.empty(), notify, NotificationMode.RECORD_ONLY)) {
            int before = store.read(concordat::pending).size();
            List<PlanEvent> due = store.read(() -> concordat.remind(asOf));
            int recorded = store.read(concordat::pending).size() - before;
            Output.writeText(
                    due.size() + (due.size() == 1 ? " reminder" : " reminders") + " due on " + asOf + ", "
                            + recorded
                            + " newly recorded (the others were recorded before); 'concordat notify dispatch'"
                            + " sends them\n",
                    env.out());
        }
        return ExitCode.OK;
    }
}
