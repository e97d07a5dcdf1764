package org.concordat.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.concordat.plan.PartnershipPlan;
import org.concordat.rules.Rulebook;
import org.concordat.rules.Rulebooks;
import org.concordat.rules.Severity;
import org.concordat.rules.ValidationReport;
import org.concordat.rules.ValidationSettings;
import org.concordat.rules.Violation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code concordat validate PLAN...}: judges each plan with a rulebook and lists every violation.
 * Exits 0 when no plan has an error (warnings and infos allowed), 1 when any has, 2 when a plan
 * cannot be read (the others are still judged and reported).
 */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = {
            "Judge each PLAN (YAML or JSON) with a rulebook (default: dfe-guidance) and list every violation.",
            "Exit 0 when no plan has an error, 1 when any has, 2 when a plan cannot be read."
        })
final class ValidateCommand implements Callable<Integer> {
    private final Environment env;

    @Parameters(arity = "1..*", paramLabel = "PLAN", description = "Plan files (.yaml, .yml or .json).")
    List<Path> plans = new ArrayList<>();

    @Mixin
    RulebookOption rulebook = new RulebookOption();

    @Mixin
    FormatOption format = new FormatOption();

    @Mixin
    AsOfOption asOf = new AsOfOption();

    ValidateCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        Rulebook book = rulebook.bookOr(Rulebooks.DFE_GUIDANCE);
        ValidationSettings settings = ValidationSettings.asOf(asOf.date());
        List<Result> results = new ArrayList<>();
        boolean unreadable = false;
        for (Path file : plans) {
            PartnershipPlan plan;
            try {
                plan = PlanInput.read(file);
            } catch (InputException e) {
                env.err().println("concordat: " + e.getMessage());
                unreadable = true;
                continue;
            }
            results.add(new Result(file, book.validate(plan, settings)));
        }
        if (format.json()) {
            Output.write(Optional.empty(), Json.bytes(json(results)), env.out());
        } else {
            Output.writeText(text(results, book), env.out());
        }
        if (unreadable) {
            return ExitCode.UNREADABLE;
        }
        return results.stream().allMatch(r -> r.report.isValid()) ? ExitCode.OK : ExitCode.ERRORS_FOUND;
    }

    /** The documented JSON shape: one entry per plan file read. */
    static List<FileJson> json(List<Result> results) {
        return results.stream()
                .map(r -> new FileJson(
                        r.file.toString(),
                        r.report.isValid(),
                        r.report.violations().stream().map(ViolationJson::of).toList()))
                .toList();
    }

    /** A plan file's entry in the JSON output, fields in the documented order. */
    record FileJson(String file, boolean valid, List<ViolationJson> violations) {}

    /** A violation in the JSON output, fields in the documented order. */
    record ViolationJson(String code, String severity, String path, String subject, String message, String hint) {
        static ViolationJson of(Violation v) {
            return new ViolationJson(v.code(), v.severity().name(), v.path(), v.subject(), v.message(), v.hint());
        }
    }

    private static byte[] text(List<Result> results, Rulebook book) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        for (Result r : results) {
            ValidationReport report = r.report;
            out.printf(
                    "%s: %s under %s (%d errors, %d warnings, %d infos)%n",
                    r.file,
                    report.isValid() ? "valid" : "NOT valid",
                    book.name(),
                    report.count(Severity.ERROR),
                    report.count(Severity.WARNING),
                    report.count(Severity.INFO));
            for (Violation v : report.violations()) {
                out.printf(
                        "  %-7s %s %s (%s): %s%n",
                        v.severity(), v.code(), v.path().isEmpty() ? "/" : v.path(), v.subject(), v.message());
                if (!v.hint().isEmpty()) {
                    out.printf("          hint: %s%n", v.hint());
                }
            }
        }
        return bytes.toByteArray();
    }

    private record Result(Path file, ValidationReport report) {}
}
