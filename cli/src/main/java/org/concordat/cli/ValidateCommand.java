package org.concordat.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import picocli.CommandLine.Option;
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
            "Judge each PLAN (YAML or JSON) with a rulebook and list every violation.",
            "Exit 0 when no plan has an error, 1 when any has, 2 when a plan cannot be read."
        })
final class ValidateCommand implements Callable<Integer> {
    private final Environment env;

    @Parameters(arity = "1..*", paramLabel = "PLAN", description = "Plan files (.yaml, .yml or .json).")
    List<Path> plans = new ArrayList<>();

    @Option(
            names = "--rulebook",
            paramLabel = "NAME",
            defaultValue = Rulebooks.DFE_GUIDANCE,
            description =
                    "dfe-guidance or stem-partnership (or one a RulebookProvider adds); default: ${DEFAULT-VALUE}.")
    String rulebook = Rulebooks.DFE_GUIDANCE;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "text or json; default: ${DEFAULT-VALUE}.")
    TextOrJson format = TextOrJson.TEXT;

    @Option(
            names = "--as-of",
            paramLabel = "DATE",
            description = "Judge the plan as on this date (YYYY-MM-DD); default: today.")
    Optional<LocalDate> asOf = Optional.empty();

    ValidateCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        Rulebook book = rulebook(rulebook);
        ValidationSettings settings = ValidationSettings.asOf(asOf.orElseGet(LocalDate::now));
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
        if (format == TextOrJson.JSON) {
            Output.write(Optional.empty(), Json.bytes(json(results)), env.out());
        } else {
            Output.writeText(text(results, book), env.out());
        }
        if (unreadable) {
            return ExitCode.UNREADABLE;
        }
        return results.stream().allMatch(r -> r.report.isValid()) ? ExitCode.OK : ExitCode.ERRORS_FOUND;
    }

    static Rulebook rulebook(String name) {
        try {
            return Rulebooks.named(name);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new InputException("--rulebook: " + e.getMessage(), e);
        }
    }

    private static List<Object> json(List<Result> results) {
        List<Object> files = new ArrayList<>();
        for (Result r : results) {
            Map<String, Object> file = new LinkedHashMap<>();
            file.put("file", r.file.toString());
            file.put("valid", r.report.isValid());
            List<Object> violations = new ArrayList<>();
            for (Violation v : r.report.violations()) {
                violations.add(violation(v));
            }
            file.put("violations", violations);
            files.add(file);
        }
        return files;
    }

    static Map<String, Object> violation(Violation v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", v.code());
        m.put("severity", v.severity().name());
        m.put("path", v.path());
        m.put("subject", v.subject());
        m.put("message", v.message());
        m.put("hint", v.hint());
        return m;
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
