package org.concordat.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code -o FILE}, shared as a picocli mixin by every command that can write its result to a file
 * instead of standard output; the file is written whole or not at all ({@link Output}).
 */
final class OutputOption {
    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write to FILE (replaced whole, or left alone on failure) instead of standard output.")
    Optional<Path> file = Optional.empty();

    /** Whether {@code -o} was given. */
    boolean toFile() {
        return file.isPresent();
    }

    /** Writes {@code content} to the file if given, else to {@code out}, as it is. */
    void write(byte[] content, PrintStream out) {
        Output.write(file, content, out);
    }
}
