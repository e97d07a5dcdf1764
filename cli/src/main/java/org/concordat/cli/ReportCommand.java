package org.concordat.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.concordat.calendar.AcademicTerm;
import org.concordat.calendar.TermCalendar;
import org.concordat.plan.PartnershipPlan;
import org.concordat.report.ActionPlanReport;
import org.concordat.report.EvaluationReport;
import org.concordat.report.MouReport;
import org.concordat.report.NewsletterReport;
import org.concordat.spi.ProviderSelectionException;
import org.concordat.spi.Providers;
import org.concordat.spi.ReportRenderer;
import org.concordat.spi.report.ReportDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code concordat report PLAN --kind K --format F}: renders the MOU, the action plan, the
 * evaluation or a termly newsletter. The whole report is rendered in memory first, so a failure
 * writes nothing; {@code -o} replaces its file whole.
 */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = {
            "Render a report on PLAN: the memorandum of understanding (mou), the action plan by term (plan),"
                    + " the evaluation (evaluation) or a termly newsletter (newsletter).",
            "Exit 0 when written, 2 when an input cannot be read or the output cannot be written;"
                    + " nothing is written on failure."
        })
final class ReportCommand implements Callable<Integer> {
    /** What to report on. */
    enum Kind {
        /** The memorandum of understanding: DfE sections, parties, approvals. */
        MOU,
        /** The action plan, term by term, with funding. */
        PLAN,
        /** Findings against targets, with evidence and disclosure control. */
        EVALUATION,
        /** What each school did in a term, and what comes next. */
        NEWSLETTER
    }

    /** The output formats, by the names users type. */
    enum Format {
        /** Markdown. */
        MD("markdown"),
        /** One self-contained HTML page. */
        HTML("html"),
        /** RFC 4180 CSV of the report's tables. */
        CSV("csv"),
        /** JSON of the report document. */
        JSON("json"),
        /** Tagged A4 PDF, from the bundled concordat-pdf backend. */
        PDF("pdf");

        final String renderer;

        Format(String renderer) {
            this.renderer = renderer;
        }
    }

    private final Environment env;

    @Mixin
    PlanFileOption plan = new PlanFileOption();

    @Option(
            names = "--kind",
            required = true,
            paramLabel = "KIND",
            description = "mou, plan, evaluation or newsletter.")
    Kind kind = Kind.PLAN;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "html",
            description = "md, html, csv, json or pdf; default: ${DEFAULT-VALUE}.")
    Format format = Format.HTML;

    @Option(
            names = "--term",
            paramLabel = "TERM",
            description = "The newsletter's term, e.g. \"2025/26 spring\"; default: the term of --as-of.")
    Optional<String> term = Optional.empty();

    @Mixin
    OutputOption output = new OutputOption();

    @Mixin
    EvaluationInputs inputs = new EvaluationInputs();

    ReportCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        ReportRenderer renderer = renderer(format);
        ReportDocument document = document(plan.read());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            renderer.render(document, bytes);
        } catch (IOException e) {
            throw new OutputException("rendering " + kind + " as " + format + ": " + e.getMessage(), e);
        }
        output.write(bytes.toByteArray(), env.out());
        return ExitCode.OK;
    }

    private ReportDocument document(PartnershipPlan plan) {
        return switch (kind) {
            case MOU -> MouReport.of(plan);
            case PLAN -> ActionPlanReport.of(plan);
            case EVALUATION -> EvaluationReport.of(plan, inputs.evaluate(plan, env));
            case NEWSLETTER -> NewsletterReport.of(plan, newsletterTerm());
        };
    }

    private AcademicTerm newsletterTerm() {
        if (term.isPresent()) {
            try {
                return AcademicTerm.parse(term.get());
            } catch (IllegalArgumentException e) {
                throw new InputException("--term: " + e.getMessage(), e);
            }
        }
        LocalDate date = inputs.date();
        return TermCalendar.defaults().planningTermOf(date);
    }

    private static ReportRenderer renderer(Format format) {
        try {
            return Providers.rendererProvider(format.renderer).open(Map.of());
        } catch (ProviderSelectionException e) {
            throw new InputException(
                    "--format " + format.name().toLowerCase(java.util.Locale.ROOT) + ": " + e.getMessage(), e);
        }
    }
}
