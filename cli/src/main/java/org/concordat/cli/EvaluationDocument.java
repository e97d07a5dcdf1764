package org.concordat.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.concordat.evaluation.EvaluationResult;
import org.concordat.evaluation.Finding;
import org.concordat.evaluation.Rag;
import org.concordat.plan.PartnershipPlan;
import org.concordat.spi.report.Cell;
import org.concordat.spi.report.KeyFigure;
import org.concordat.spi.report.Paragraph;
import org.concordat.spi.report.RagStatus;
import org.concordat.spi.report.ReportDocument;
import org.concordat.spi.report.Section;
import org.concordat.spi.report.Table;

/**
 * The evaluation report of {@code report --kind evaluation}: a key figure per status, then a table
 * of findings per objective with their evidence, and footnotes for the disclosure symbols and
 * the Maryland levels. Suppressed figures appear only as their symbol.
 */
final class EvaluationDocument {
    private static final List<String> COLUMNS =
            List.of("Measure", "Institution", "Pupils", "Value", "Expected", "Target", "Status", "n", "Evidence level");

    private EvaluationDocument() {}

    static ReportDocument of(PartnershipPlan plan, EvaluationResult result) {
        ReportDocument.Builder doc = ReportDocument.builder(plan.partnership().name() + ": evaluation")
                .metadata("Partnership", plan.partnership().id())
                .metadata("As of", result.asOf().toString())
                .metadata("Findings", String.valueOf(result.findings().size()));
        for (Rag rag : List.of(Rag.GREEN, Rag.AMBER, Rag.RED)) {
            long count = result.findings().stream().filter(f -> f.rag() == rag).count();
            doc.add(KeyFigure.of(label(rag), Cell.count(count), RagStatus.valueOf(rag.name())));
        }
        plan.objectives().forEach(o -> {
            List<List<Cell>> rows = new ArrayList<>();
            for (Finding f : result.forObjective(o.id())) {
                rows.add(List.of(
                        Cell.text(f.measureId()),
                        Cell.text(f.institution().orElse("Partnership")),
                        Cell.text(f.group().isAll() ? "All pupils" : f.group().toString()),
                        f.value()
                                .value()
                                .map(Cell::decimal)
                                .orElseGet(() -> Cell.suppressed(f.value().toString())),
                        f.expected()
                                .map(e -> Cell.decimal(EvaluateCommand.rounded(e)))
                                .orElseGet(Cell::empty),
                        f.target().map(Cell::decimal).orElseGet(Cell::empty),
                        Cell.text(f.status().name()),
                        f.suppressed()
                                ? Cell.suppressed("c")
                                : f.n().map(Cell::count).orElseGet(Cell::empty),
                        Cell.count(f.evidence().marylandLevel())));
            }
            doc.add(Section.of(
                    o.id() + ": " + o.title(),
                    rows.isEmpty() ? Paragraph.of("No measure.") : Table.of("Findings for " + o.id(), COLUMNS, rows)));
        });
        TreeSet<String> levels = new TreeSet<>();
        result.findings().forEach(f -> levels.add(f.evidence().toString()));
        doc.add(Section.of("Strength of evidence", Paragraph.of(String.join("; ", levels))));
        doc.footnote("c", "Suppressed: about too few pupils to publish, or would reveal such a figure.");
        doc.footnote("x", "Not available: no observation on or before the as-of date.");
        return doc.build();
    }

    private static String label(Rag rag) {
        return switch (rag) {
            case GREEN -> "Achieved or on track";
            case AMBER -> "At risk";
            case RED -> "Off track";
            case GREY -> "No data";
        };
    }
}
