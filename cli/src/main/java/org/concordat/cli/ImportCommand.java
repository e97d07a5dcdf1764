package org.concordat.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code concordat import}: brings real school data in; only dispatches to its subcommands. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = "Bring real school data in: GIAS establishments, Common Transfer Files (pseudonymised pupils).",
        subcommands = {ImportGiasCommand.class, ImportCtfCommand.class})
final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec = CommandSpec.create();

    @Override
    public Integer call() {
        spec.commandLine()
                .getErr()
                .println("concordat import: name what to import: gias or ctf (try 'concordat import --help')");
        return ExitCode.UNREADABLE;
    }
}
