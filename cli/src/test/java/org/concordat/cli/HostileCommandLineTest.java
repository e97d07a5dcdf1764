package org.concordat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A corpus of hostile command lines, for every command: empty, huge, negative, wrong types, control
 * characters and ANSI escapes, files that are not what they claim, damaged store contents. Each
 * must end with the exit code docs/cli.md gives for its kind of failure, and a failure with exactly
 * one line on standard error, starting {@code concordat}, without a stack trace and without a raw
 * control character; standard output carries no raw control character either.
 */
class HostileCommandLineTest {
    private static final String ESC = "\u001b";
    private static final String HUGE = "x".repeat(100_000);
    private static final String LONG_ID = "a".repeat(257);

    @TempDir
    static Path dir;

    /** One case: a name saying what kind of input it is, the documented exit code, the arguments. */
    record Case(String kind, int exit, List<String> args) {
        @Override
        public String toString() {
            String shown = String.join(" ", args);
            shown = shown.length() > 120 ? shown.substring(0, 120) + "..." : shown;
            return exit + " " + kind + ": " + Terminal.printable(shown);
        }
    }

    private static Case c(String kind, int exit, String... args) {
        List<String> resolved = new ArrayList<>();
        for (String a : args) {
            resolved.add(a.replace("{dir}", dir.toString()));
        }
        return new Case(kind, exit, resolved);
    }

    @BeforeAll
    static void files() throws IOException {
        Files.writeString(dir.resolve("plan.yaml"), ValidateIT.firstPlan(), StandardCharsets.UTF_8);
        Files.write(dir.resolve("garbage.yaml"), new byte[] {0x1b, '[', '3', '1', 'm', 0, (byte) 0xff, ':', '\n'});
        Files.writeString(dir.resolve("empty.yaml"), "", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("afile"), "not a directory", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("obs.csv"), "measure_id,period,value\nM1,2025-09-01/2026-08-31," + ESC + "[2J\n");
        Files.createDirectories(dir.resolve("adir"));
        Files.createSymbolicLink(dir.resolve("null-link.html"), Path.of("/dev/null"));
        Files.createSymbolicLink(dir.resolve("null-link.yaml"), Path.of("/dev/null"));
        Files.createSymbolicLink(dir.resolve("dangling.html"), dir.resolve("nowhere/at/all"));
        int saved = Main.run(
                new String[] {"store", "save", "--store", dir.resolve("store").toString(), plan()},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(saved).isZero();
        // A store whose only record file is damaged after it was written.
        Main.run(
                new String[] {"store", "save", "--store", dir.resolve("damaged").toString(), plan()},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try (Stream<Path> files = Files.walk(dir.resolve("damaged"))) {
            Path record =
                    files.filter(f -> f.toString().endsWith(".rec")).findFirst().orElseThrow();
            byte[] bytes = Files.readAllBytes(record);
            bytes[bytes.length / 2] ^= 0x5a;
            Files.write(record, bytes);
        }
    }

    private static String plan() {
        return dir.resolve("plan.yaml").toString();
    }

    static List<Case> corpus() {
        String plan = "{dir}/plan.yaml";
        String store = "{dir}/store";
        return List.of(
                // The command line itself.
                c("command line", 2),
                c("command line", 2, ""),
                c("command line", 2, "frobnicate"),
                c("command line", 2, "--nope"),
                c("command line", 2, ESC + "[31mred" + ESC + "[0m"),
                c("command line", 2, HUGE),
                c("command line", 2, "store"),
                c("command line", 2, "updates"),
                c("command line", 2, "updates", "approve", "--store", store, "aire-valley-stem"),
                c("command line", 2, "updates", "list", "--store", store, "aire-valley-stem", "--status", "LOST"),
                c("command line", 2, "store", "frobnicate"),
                c("command line", 2, "validate"),
                c("command line", 2, "validate", plan, "--format", "xml"),
                c("command line", 2, "validate", plan, "--format", ""),
                c("command line", 2, "validate", plan, "--as-of", "2026-13-45"),
                c("command line", 2, "validate", plan, "--as-of", "-1"),
                c("command line", 2, "validate", plan, "--as-of", ""),
                c("command line", 2, "validate", plan, "--as-of", "+999999999-12-31"),
                c("command line", 2, "validate", plan, "--as-of", "-999999999-01-01"),
                c("command line", 2, "validate", plan, "--as-of", ESC + "]0;owned" + "\u0007"),
                c("command line", 2, "validate", "a\u0000b.yaml"),
                c("command line", 2, "report", plan),
                c("command line", 2, "report", plan, "--kind", "nope"),
                c("command line", 2, "report", plan, "--kind", ""),
                c("command line", 2, "report", plan, "--kind", "mou", "--format", "pdf\u009b31m"),
                c("command line", 2, "evaluate", plan, "--fail-on", "NOPE"),
                c("command line", 2, "evaluate", plan, "--fail-on", ""),
                c("command line", 2, "evaluate", plan, "--progress", "sideways"),
                c("command line", 2, "evaluate", plan, "--disclosure-threshold", "ten"),
                c("command line", 2, "evaluate", plan, "--disclosure-threshold", "99999999999"),
                c("command line", 2, "store", "show", store),
                c("command line", 2, "store", "show", "--store", store, "aire-valley-stem", "--version", "abc"),
                c("command line", 2, "store", "save", "--store", store, plan, "--expected-version", "1.5"),
                c("command line", 2, "store", "save", "--store", store, plan, "--expected-version", "-"),
                c("command line", 2, "store", "save", "--store", store, plan, "--store-option", "novalue"),
                // An input: an argument, option value or file that cannot be read or understood.
                c("input", 2, "validate", ""),
                c("input", 2, "validate", "{dir}/" + "y".repeat(300) + ".yaml"),
                c("input", 2, "validate", "{dir}/" + HUGE + ".yaml"),
                c("input", 2, "validate", "{dir}/missing.yaml"),
                c("input", 2, "validate", "{dir}/adir"),
                c("input", 2, "validate", "{dir}/garbage.yaml"),
                c("input", 2, "validate", "{dir}/empty.yaml"),
                c("input", 2, "validate", "{dir}/afile"),
                c("input", 2, "validate", "/dev/null"),
                c("input", 2, "validate", "{dir}/" + ESC + "[2J" + ESC + "[31m.yaml"),
                c("input", 2, "validate", plan, "--rulebook", ""),
                c("input", 2, "validate", plan, "--rulebook", ESC + "[31mofsted"),
                c("input", 2, "validate", plan, "--rulebook", HUGE),
                c("input", 2, "report", plan, "--kind", "newsletter", "--term", ""),
                c("input", 2, "report", plan, "--kind", "newsletter", "--term", "2025/26 " + ESC + "[2J"),
                c("input", 2, "report", plan, "--kind", "newsletter", "--term", HUGE),
                c("input", 2, "report", plan, "--kind", "evaluation", "--disclosure-threshold", "-5"),
                c("input", 2, "report", plan, "--kind", "evaluation", "--observations", "{dir}/missing.csv"),
                c("input", 2, "evaluate", plan, "--disclosure-threshold", "-1"),
                c("input", 2, "evaluate", plan, "--disclosure-threshold", "0"),
                c("no errors", 0, "evaluate", plan, "--disclosure-threshold", String.valueOf(Integer.MAX_VALUE)),
                c("input", 2, "evaluate", plan, "--observations", "{dir}/obs.csv"),
                c("input", 2, "evaluate", plan, "--observations", "{dir}/adir"),
                c("input", 2, "evaluate", plan, "--pupils", "{dir}/plan.yaml"),
                c("input", 2, "evaluate", plan, "--pupils", "/dev/null"),
                c("input", 2, "store", "show", "--store", store, ""),
                c("input", 2, "updates", "list", "--store", store, ""),
                c("input", 2, "updates", "list", "--store", store, HUGE),
                c("input", 2, "updates", "history", "--store", store, "aire-valley-stem", "U99"),
                c("input", 2, "updates", "approve", "--store", store, "aire-valley-stem", "U1", "--as", "p-nobody"),
                c("input", 2, "updates", "approve", "--store", store, "aire-valley-stem", "U1", "--as", ESC + "[31mp"),
                c(
                        "input",
                        2,
                        "updates",
                        "lock",
                        "--store",
                        store,
                        "nobody",
                        "--as",
                        "p-okafor",
                        "--period",
                        "2025-09-01/2025-12-31"),
                c(
                        "input",
                        2,
                        "updates",
                        "lock",
                        "--store",
                        store,
                        "aire-valley-stem",
                        "--as",
                        "p-okafor",
                        "--period",
                        "2025-13-01/2026-01-01"),
                c(
                        "input",
                        2,
                        "updates",
                        "draft",
                        "--store",
                        store,
                        "aire-valley-stem",
                        "--as",
                        "p-novak",
                        "--measure",
                        "M4",
                        "--period",
                        "2025-09-01/2025-12-19",
                        "--value",
                        "1e999999"),
                c("input", 2, "updates", "submit", "--store", store, "aire-valley-stem", "--as", "p-novak"),
                c("input", 2, "updates", "list", "--store", "{dir}/damaged", "aire-valley-stem"),
                c("input", 2, "evaluate", plan, "--updates", "--store", "{dir}/damaged"),
                c("input", 2, "store", "history", "--store", store, ""),
                c("input", 2, "store", "show", "--store", store, LONG_ID),
                c("input", 2, "store", "history", "--store", store, LONG_ID),
                c("input", 2, "store", "show", "--store", store, HUGE),
                c("input", 2, "store", "show", "--store", store, "aire" + ESC + "[2J"),
                c("input", 2, "store", "history", "--store", store, "../../etc/passwd"),
                c("input", 2, "store", "show", "--store", store, "nobody"),
                c("input", 2, "store", "show", "--store", store, "aire-valley-stem", "--version", "0"),
                c("input", 2, "store", "show", "--store", store, "aire-valley-stem", "--version", "-1"),
                c("input", 2, "store", "show", "--store", store, "aire-valley-stem", "--version", "99"),
                c("input", 2, "store", "save", "--store", store, plan, "--expected-version", "-1"),
                c("input", 2, "store", "save", "--store", store, plan, "--author", ""),
                c("input", 2, "store", "save", "--store", store, plan, "--author", "   "),
                c("input", 2, "store", "save", "--store", store, plan, "--author", "Grace\u0007"),
                c("input", 2, "store", "save", "--store", store, plan, "--author", ESC + "[31mGrace"),
                c("input", 2, "store", "save", "--store", store, plan, "--author", HUGE),
                c("input", 2, "store", "save", "--store", store, "{dir}/missing.yaml"),
                c("input", 2, "store", "save", "--store", store, plan, "--rulebook", "nope"),
                c("input", 2, "store", "save", "--store", "", plan),
                c("input", 2, "store", "save", "--store", "{dir}/afile", plan),
                c("input", 2, "store", "save", "--store", "{dir}/" + HUGE, plan),
                c("input", 2, "store", "history", "--store", store, "x", "--store-option", "concordat.store=nope"),
                c("input", 2, "store", "history", "--store", "{dir}/damaged", "aire-valley-stem"),
                c("input", 2, "store", "show", "--store", "{dir}/damaged", "aire-valley-stem"),
                // The output.
                c("output", 2, "report", plan, "--kind", "mou", "-o", "{dir}/adir"),
                c("output", 2, "report", plan, "--kind", "mou", "-o", "{dir}/null-link.html"),
                c("output", 2, "report", plan, "--kind", "mou", "-o", "{dir}/dangling.html"),
                c("output", 2, "report", plan, "--kind", "mou", "-o", "{dir}/afile/x.html"),
                c("output", 2, "store", "show", "--store", store, "aire-valley-stem", "-o", "{dir}/adir"),
                c("output", 2, "store", "show", "--store", store, "aire-valley-stem", "-o", "{dir}/null-link.yaml"),
                // Inputs that are fine: the command does its job.
                c("no errors", 0, "store", "history", "--store", store, "aire-valley-stem"),
                c("no errors", 0, "store", "show", "--store", store, "aire-valley-stem"),
                c("no errors", 0, "validate", plan, "--as-of", "2199-12-31"),
                c("found errors", 1, "store", "save", "--store", store, plan, "--expected-version", "7"),
                c(
                        "found errors",
                        1,
                        "updates",
                        "lock",
                        "--store",
                        store,
                        "aire-valley-stem",
                        "--as",
                        "p-begum",
                        "--period",
                        "2025-09-01/2025-12-31"));
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void every_hostile_command_line_gets_its_documented_exit_code_and_one_clean_line(Case c) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = Main.run(
                c.args().toArray(String[]::new),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        String stdout = out.toString(StandardCharsets.UTF_8);
        String stderr = err.toString(StandardCharsets.UTF_8);
        String shown = "exit " + exit + "\n--- stdout\n" + Terminal.printable(stdout, true) + "--- stderr\n"
                + Terminal.printable(stderr, true);
        assertThat(exit).as(shown).isEqualTo(c.exit());
        assertThat(stdout).as(shown).matches(NO_RAW_CONTROLS);
        assertThat(stderr).as(shown).matches(NO_RAW_CONTROLS).doesNotContain("\tat ", "Exception in thread");
        if (exit == 2) {
            assertThat(stderr).as(shown).startsWith("concordat").endsWith("\n");
            assertThat(stderr.lines()).as(shown).hasSize(1);
            assertThat(stderr.length()).as(shown).isLessThan(1_000);
            assertThat(stdout).as(shown).isEmpty();
        }
    }

    private static final Pattern NO_RAW_CONTROLS =
            Pattern.compile("[^\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f\\u202a-\\u202e\\u2066-\\u2069]*");

    @Test
    void the_exit_code_table_in_the_docs_names_every_kind_of_case_under_its_code() throws IOException {
        String docs = Files.readString(Jar.repository().resolve("docs/cli.md"), StandardCharsets.UTF_8);
        Matcher row = Pattern.compile("(?m)^\\| ([0-3]) \\| (.*) \\|$").matcher(docs);
        List<String> rows = new ArrayList<>(List.of("", "", "", ""));
        while (row.find()) {
            rows.set(Integer.parseInt(row.group(1)), row.group(2));
        }
        for (Case c : corpus()) {
            assertThat(rows.get(c.exit()))
                    .as("docs/cli.md row for exit " + c.exit())
                    .contains(c.kind());
        }
        assertThat(corpus()).noneMatch(c -> c.exit() == 3);
    }
}
