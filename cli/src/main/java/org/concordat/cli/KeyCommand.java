package org.concordat.cli;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.concurrent.Callable;
import org.concordat.ctf.PupilKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code concordat key}: manages the pupil pseudonymisation key; only dispatches to its subcommands. */
@Command(
        name = "key",
        mixinStandardHelpOptions = true,
        description = "Manage the key that pseudonymises pupils (concordat import ctf --key-file).",
        subcommands = {KeyCommand.New.class})
final class KeyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec = CommandSpec.create();

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("concordat key: name what to do: new (try 'concordat key --help')");
        return ExitCode.UNREADABLE;
    }

    /**
     * {@code concordat key new FILE}: writes {@value PupilKey#MIN_BYTES} bytes from {@link
     * SecureRandom} to a new file of mode 600. Refuses an existing file; never prints the key.
     */
    @Command(
            name = "new",
            mixinStandardHelpOptions = true,
            description = {
                "Make a new pupil key: " + PupilKey.MIN_BYTES + " random bytes in a new FILE readable by its owner only"
                        + " (mode 600).",
                "An existing file is never overwritten: the pseudonyms made with its key would be lost.",
                "Keep the key like a password and share it only with whoever must link the same pupils."
            })
    static final class New implements Callable<Integer> {
        private final Environment env;

        @Parameters(index = "0", paramLabel = "FILE", description = "The key file to create.")
        Path file;

        New(Environment env) {
            this.env = env;
        }

        @Override
        public Integer call() {
            try {
                PupilKey.create(file, new SecureRandom());
            } catch (UncheckedIOException e) {
                throw new OutputException(e.getMessage(), e);
            }
            env.out()
                    .println(
                            "concordat: wrote a new pupil key to " + file + " (" + PupilKey.MIN_BYTES
                                    + " random bytes, readable by you only); keep it safe: the same key gives the same pseudonyms");
            env.out().flush();
            return ExitCode.OK;
        }
    }
}
