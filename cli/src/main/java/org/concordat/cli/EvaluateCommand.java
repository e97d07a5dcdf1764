package org.concordat.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.concordat.evaluation.EvaluationResult;
import org.concordat.evaluation.Finding;
import org.concordat.evaluation.ProgressStatus;
import org.concordat.plan.PartnershipPlan;
import org.concordat.report.Labels;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code concordat evaluate PLAN}: where every measure stands against its trajectory and target,
 * per institution and pupil group, from aggregate observations and/or pupil records, with
 * disclosure control applied and the strength of evidence behind each finding.
 */
@Command(
        name = "evaluate",
        mixinStandardHelpOptions = true,
        description = {
            "Judge every measure of PLAN against its baseline-to-target trajectory, per institution and"
                    + " pupil group, from --observations and/or --pupils, with disclosure control applied.",
            "Exit 0 when evaluated (1 when a finding has a status named by --fail-on), 2 when an input"
                    + " cannot be read."
        })
final class EvaluateCommand implements Callable<Integer> {
    private final Environment env;

    @Mixin
    PlanFileOption plan = new PlanFileOption();

    @Mixin
    EvaluationInputs inputs = new EvaluationInputs();

    @Mixin
    FormatOption format = new FormatOption();

    @Option(
            names = "--fail-on",
            paramLabel = "STATUS",
            split = ",",
            description = "Exit 1 when any finding has one of these statuses, e.g. OFF_TRACK,AT_RISK.")
    Set<ProgressStatus> failOn = EnumSet.noneOf(ProgressStatus.class);

    EvaluateCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        PartnershipPlan read = plan.read();
        EvaluationResult result = inputs.evaluate(read, env);
        if (format.json()) {
            Output.write(Optional.empty(), Json.bytes(json(result)), env.out());
            // The JSON is the documented list of findings; what was left out goes beside it, on standard error.
            result.dataNotUsed().forEach(line -> Output.writeText("concordat: note: " + line + "\n", env.err()));
        } else {
            Output.writeText(text(result, Labels.english()), env.out());
        }
        boolean failed = result.findings().stream().anyMatch(f -> failOn.contains(f.status()));
        return failed ? ExitCode.ERRORS_FOUND : ExitCode.OK;
    }

    /** The documented JSON shape: one object per finding. */
    static List<FindingJson> json(EvaluationResult result) {
        return result.findings().stream().map(FindingJson::of).toList();
    }

    /**
     * A finding in the JSON output, fields in the documented order; an absent value is written as
     * {@code null}.
     */
    record FindingJson(
            String measure,
            Optional<String> institution,
            String group,
            Optional<BigDecimal> value,
            Optional<BigDecimal> expected,
            Optional<String> comparedAt,
            Optional<BigDecimal> target,
            String status,
            Optional<Long> n,
            boolean suppressed,
            int evidenceLevel) {
        static FindingJson of(Finding f) {
            return new FindingJson(
                    f.measureId(),
                    f.institution(),
                    f.group().toString(),
                    f.value().value(),
                    // A withheld finding is kept minimal: no comparison with the trajectory was
                    // published for it, so neither the expected value nor the date it was compared
                    // at is shown.
                    shownExpected(f).map(EvaluateCommand::rounded),
                    f.suppressed() ? Optional.empty() : f.comparedAt().map(Object::toString),
                    f.target(),
                    f.status().name(),
                    // A suppressed figure's n would itself say how small the group is.
                    f.suppressed() ? Optional.empty() : f.n(),
                    f.suppressed(),
                    f.evidence().marylandLevel());
        }
    }

    /** The expected value as published: none beside a withheld figure. */
    private static Optional<BigDecimal> shownExpected(Finding f) {
        return f.suppressed() ? Optional.empty() : f.expected();
    }

    /** The trajectory's expected value to 2 decimal places (half up), as the reasons print it. */
    static BigDecimal rounded(BigDecimal value) {
        return value.setScale(Math.min(value.scale(), 2), RoundingMode.HALF_UP);
    }

    /**
     * The findings for people: statuses, pupil groups and evidence designs in the words of the
     * report labels ("Off track", "Disadvantaged pupils"), dates written the British way. The JSON
     * shape keeps the codes, for programs.
     */
    static byte[] text(EvaluationResult result, Labels labels) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        out.printf(
                "Evaluation as of %s: %d findings%n",
                labels.day(result.asOf()), result.findings().size());
        for (String line : result.dataNotUsed()) {
            out.printf("  %s%n", line);
        }
        for (Finding f : result.findings()) {
            out.printf(
                    "  %s — %s, %s, %s: value %s, expected %s, target %s, n=%s; %s; evidence: %s%n",
                    labels.of(f.status()),
                    f.measureId(),
                    f.institution().orElse("partnership"),
                    labels.of(f.group()),
                    f.value(),
                    shownExpected(f).map(e -> rounded(e).toPlainString()).orElse("-"),
                    f.target().map(BigDecimal::toPlainString).orElse("-"),
                    f.suppressed() ? "c" : f.n().map(String::valueOf).orElse("?"),
                    // A withheld finding's reason is the evaluation's, the same for every withheld
                    // figure: the trajectory comparison it replaces would hint at the value.
                    f.reason(),
                    labels.evidence(f.evidence().design()));
        }
        return bytes.toByteArray();
    }
}
