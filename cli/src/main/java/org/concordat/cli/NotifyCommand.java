package org.concordat.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code concordat notify}: the outbox of notifications in the record store; only dispatches to its subcommands. */
@Command(
        name = "notify",
        mixinStandardHelpOptions = true,
        description = {
            "Send and inspect the notifications recorded in the record store (the outbox): what saves"
                    + " and reminders caused, each with a stable id, delivered at least once."
        },
        subcommands = {NotifyDispatchCommand.class, NotifyRemindCommand.class, NotifyPendingCommand.class})
final class NotifyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec = CommandSpec.create();

    @Override
    public Integer call() {
        spec.commandLine()
                .getErr()
                .println(
                        "concordat notify: name a subcommand: dispatch, remind or pending (try 'concordat notify --help')");
        return ExitCode.UNREADABLE;
    }
}
