package org.concordat.examples.reports;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.concordat.cli.Main;

/**
 * Runs the {@code concordat} command in this JVM, as a user would from the repository root: paths
 * in the arguments are taken relative to the root (tests run in {@code examples/}).
 */
final class Cli {
    /** The repository root, seen from the examples module. */
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private Cli() {}

    /** What one run printed and returned. */
    record Run(int exit, String out, String err) {}

    /** Runs {@code args} (without the leading {@code ./concordat}), paths resolved against the root. */
    static Run run(List<String> args) {
        List<String> resolved = new ArrayList<>();
        for (String a : args) {
            boolean path = a.startsWith("examples/") || a.startsWith("target/") || a.startsWith("docs/");
            resolved.add(path ? ROOT.resolve(a).toString() : a);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = Main.run(resolved.toArray(String[]::new), o, e);
        }
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The example plans, in name order. */
    static List<Path> plans() throws java.io.IOException {
        try (var files = Files.list(ROOT.resolve("examples/plans"))) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
    }
}
