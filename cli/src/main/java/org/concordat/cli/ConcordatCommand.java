package org.concordat.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level {@code concordat} command, which only dispatches to its subcommands. */
@Command(
        name = "concordat",
        mixinStandardHelpOptions = true,
        versionProvider = ConcordatCommand.Version.class,
        description = {
            "Validate, report on, evaluate and store partnership plans (YAML or JSON);",
            "send the notifications they cause; export the action plan as a calendar;",
            "import real school data (GIAS establishments, Common Transfer Files) and make the pupil key;",
            "draft, submit, approve and lock monitoring updates under the plan's roles."
        },
        subcommands = {
            ValidateCommand.class,
            ReportCommand.class,
            EvaluateCommand.class,
            StoreCommand.class,
            CommandLine.HelpCommand.class
        },
        footer = {
            "",
            "Exit codes: 0 no errors found; 1 errors found; 2 an input or the command line could not be"
                    + " read; 3 Concordat itself failed.",
            "Reference: docs/cli.md"
        })
final class ConcordatCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec = CommandSpec.create();

    @Override
    public Integer call() {
        spec.commandLine()
                .getErr()
                .println(
                        "concordat: name a command: validate, report, evaluate, store, notify, calendar, import, key or updates (try 'concordat --help')");
        return ExitCode.UNREADABLE;
    }

    /** The version in the jar's manifest, or "development" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = ConcordatCommand.class.getPackage().getImplementationVersion();
            return new String[] {"concordat " + (v == null ? "development" : v)};
        }
    }
}
