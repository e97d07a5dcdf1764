package org.concordat.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code concordat updates}: monitoring values as a partnership handles them, in the record store:
 * drafted, submitted, approved or returned, periods locked and unlocked, each step by the person
 * {@code --as} names under the stored plan's roles (docs/monitoring.md).
 */
@Command(
        name = "updates",
        mixinStandardHelpOptions = true,
        description = {
            "Draft, submit, approve or return monitoring updates and lock periods, as the person --as"
                    + " names, under the roles of the plan stored for the partnership; every step is kept.",
            "Exit 0 when done, 1 when refused (wrong role, locked period, own submission, conflicting"
                    + " decision), 2 when an input or the store cannot be read."
        },
        subcommands = {
            UpdatesActions.Draft.class,
            UpdatesActions.Submit.class,
            UpdatesActions.Approve.class,
            UpdatesActions.Return.class,
            UpdatesLocks.Lock.class,
            UpdatesLocks.Unlock.class,
            UpdatesViews.ListUpdates.class,
            UpdatesViews.History.class
        })
final class UpdatesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec = CommandSpec.create();

    @Override
    public Integer call() {
        spec.commandLine()
                .getErr()
                .println("concordat updates: name a subcommand: draft, submit, approve, return, lock, unlock, list"
                        + " or history (try 'concordat updates --help')");
        return ExitCode.UNREADABLE;
    }
}
