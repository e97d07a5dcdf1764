package org.concordat.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code concordat store}: keeps versions of plans in a record store (./.concordat by default). */
@Command(
        name = "store",
        mixinStandardHelpOptions = true,
        description = {
            "Keep every version of a plan in a record store: the file store in ./.concordat unless"
                    + " --store or --store-option says otherwise."
        },
        subcommands = {StoreSaveCommand.class, StoreHistoryCommand.class, StoreShowCommand.class})
final class StoreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec = CommandSpec.create();

    @Override
    public Integer call() {
        spec.commandLine()
                .getErr()
                .println("concordat store: name a subcommand: save, history or show (try 'concordat store --help')");
        return ExitCode.UNREADABLE;
    }
}
