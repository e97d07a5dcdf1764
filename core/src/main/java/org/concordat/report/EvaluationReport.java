package org.concordat.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.concordat.evaluation.EvaluationResult;
import org.concordat.evaluation.Finding;
import org.concordat.evaluation.GapFinding;
import org.concordat.evaluation.disclosure.Figure;
import org.concordat.evaluation.disclosure.Symbol;
import org.concordat.evaluation.effects.Claim;
import org.concordat.event.ObjectiveStatus;
import org.concordat.event.ObjectiveStatuses;
import org.concordat.event.StatusMapping;
import org.concordat.plan.Measure;
import org.concordat.plan.Objective;
import org.concordat.plan.PartnershipPlan;
import org.concordat.spi.report.Block;
import org.concordat.spi.report.BulletList;
import org.concordat.spi.report.Cell;
import org.concordat.spi.report.KeyFigure;
import org.concordat.spi.report.Paragraph;
import org.concordat.spi.report.ReportDocument;
import org.concordat.spi.report.Section;
import org.concordat.spi.report.Table;

/**
 * The evaluation report: a key figure per objective (its judged status with RAG), then per
 * objective a table of findings — measure, institution, pupil group, value against expected and
 * target, n, status, why, and the strength of evidence, and a line chart per measure marking each
 * shown value at the date it was compared with the trajectory (labels tagged "compared") — then,
 * when given, the gaps between pupil groups, and a section saying what each kind of evidence can
 * and cannot show. A figure withheld by disclosure control shows its symbol ({@code c}, {@code
 * low}, …) with a footnote; n is withheld with it, so it cannot give the figure away. Each claim strength has a footnote with its caveat.
 */
public final class EvaluationReport {
    private static final String WITHHELD = "Withheld with the figure by disclosure control";

    /** The columns of each objective's findings table. */
    public static final List<String> COLUMNS = List.of(
            "Measure", "Institution", "Pupil group", "Value", "Expected", "Target", "n", "Status", "Why", "Evidence");

    /** The heading of the gaps section. */
    public static final String GAPS = "Gaps between pupil groups";

    /** The heading of the evidence section. */
    public static final String EVIDENCE = "Strength of evidence";

    /** The heading of the section saying whose data the agreement kept out, and why. */
    public static final String DATA_NOT_USED = "Data not used";

    private EvaluationReport() {}

    /**
     * The report of {@code result} for {@code plan}, with its gaps between pupil groups when it has
     * any. It shows only what the evaluation's disclosure control let through: a withheld figure is
     * its symbol, and its n, status and reason are withheld with it.
     */
    public static ReportDocument of(PartnershipPlan plan, EvaluationResult result) {
        return of(plan, result, Labels.english());
    }

    /**
     * The report of {@code result} for {@code plan}, codes (statuses, pupil groups, evidence
     * designs) and dates written with {@code labels}; otherwise as {@link #of(PartnershipPlan,
     * EvaluationResult)}.
     */
    public static ReportDocument of(PartnershipPlan plan, EvaluationResult result, Labels labels) {
        Set<Symbol> symbols = EnumSet.noneOf(Symbol.class);
        Set<Claim> claims = EnumSet.noneOf(Claim.class);
        ReportDocument.Builder doc = ReportDocument.builder(
                        "Evaluation: " + plan.partnership().name() + " as of " + labels.day(result.asOf()))
                .metadata("Partnership", plan.partnership().name())
                .metadata("As of", labels.day(result.asOf()))
                .metadata("Findings", Integer.toString(result.findings().size()));
        Map<String, ObjectiveStatus> statuses = ObjectiveStatuses.of(plan, result);
        for (Objective o : plan.objectives()) {
            ObjectiveStatus s = statuses.getOrDefault(o.id(), ObjectiveStatus.NOT_JUDGED);
            doc.add(KeyFigure.of(o.id() + ": " + o.title(), Cell.text(labels.of(s)), StatusMapping.rag(s)));
        }
        if (!result.dataNotUsed().isEmpty()) {
            // Said before any finding, so nobody reads a partnership figure without knowing whose data it lacks.
            doc.add(Section.of(DATA_NOT_USED, BulletList.of(result.dataNotUsed())));
        }
        for (Objective o : plan.objectives()) {
            List<List<Cell>> rows = new ArrayList<>();
            for (Finding f : result.forObjective(o.id())) {
                rows.add(row(plan, f, symbols, claims, labels));
            }
            List<Block> blocks = new ArrayList<>();
            blocks.add(
                    rows.isEmpty()
                            ? Paragraph.of("No findings: no measure of this objective has data yet.")
                            : Table.of("Findings for " + o.id(), COLUMNS, rows));
            blocks.addAll(ProgressChart.of(plan, o, result.forObjective(o.id()), labels));
            doc.add(Section.of(o.id() + ": " + o.title(), blocks));
        }
        if (!result.gaps().isEmpty()) {
            doc.add(Section.of(GAPS, gapsTable(plan, result.gaps(), symbols, claims, labels)));
        }
        List<String> notes = new ArrayList<>();
        for (Claim c : claims) {
            notes.add(labels.of(c) + ": " + c.caveat());
        }
        doc.add(Section.of(
                EVIDENCE,
                notes.isEmpty() ? Paragraph.of("No findings, so no evidence to weigh.") : BulletList.of(notes)));
        for (Symbol s : symbols) {
            doc.footnote(s.code(), meaning(s));
        }
        for (Claim c : claims) {
            doc.footnote("[" + labels.of(c) + "]", c.caveat());
        }
        return doc.build();
    }

    private static List<Cell> row(
            PartnershipPlan plan, Finding f, Set<Symbol> symbols, Set<Claim> claims, Labels labels) {
        Claim claim = f.evidence().claim();
        claims.add(claim);
        Cell value = figure(f.value(), symbols);
        Cell n = f.suppressed() ? value : f.n().map(Cell::count).orElse(Cell.empty());
        return List.of(
                Cell.text(plan.measure(f.measureId()).map(Measure::name).orElse(f.measureId())),
                f.institution()
                        .map(i -> Cell.text(ReportText.institution(plan, i)))
                        .orElse(Cell.text("Partnership")),
                Cell.text(labels.of(f.group())),
                value,
                decimal(f.expected()),
                decimal(f.target()),
                n,
                // A status or reason beside a withheld figure would bound it ("at or ahead of the
                // expected 34.16"), so both are withheld with it.
                f.suppressed() ? value : Cell.text(labels.of(f.status())),
                f.suppressed() ? Cell.text(WITHHELD) : Cell.text(f.reason()),
                Cell.text(labels.of(claim) + ": " + labels.evidence(f.evidence().design())));
    }

    private static List<Block> gapsTable(
            PartnershipPlan plan, List<GapFinding> gaps, Set<Symbol> symbols, Set<Claim> claims, Labels labels) {
        List<List<Cell>> rows = new ArrayList<>();
        for (GapFinding g : gaps) {
            claims.add(g.evidence().claim());
            rows.add(List.of(
                    Cell.text(plan.measure(g.measureId()).map(Measure::name).orElse(g.measureId())),
                    g.institution()
                            .map(i -> Cell.text(ReportText.institution(plan, i)))
                            .orElse(Cell.text("Partnership")),
                    Cell.text(g.year().toString()),
                    Cell.text(labels.of(g.group())),
                    figure(g.gap(), symbols),
                    g.baseline().isEmpty() ? Cell.empty() : figure(g.changeSinceBaseline(), symbols)));
        }
        return List.of(Table.of(
                "Gap between each group and other pupils (others' mean minus group mean: positive means the group is behind)",
                List.of("Measure", "Institution", "Year", "Pupil group", "Gap", "Change since baseline"),
                rows));
    }

    private static Cell figure(Figure figure, Set<Symbol> symbols) {
        if (figure.isShown()) {
            return figure.value().map(Cell::decimal).orElse(Cell.empty());
        }
        Optional<Symbol> symbol = figure.symbol();
        symbol.ifPresent(symbols::add);
        return Cell.suppressed(symbol.map(Symbol::code).orElse("x"));
    }

    /** Expected values on a trajectory have long expansions; people read two places. */
    private static Cell decimal(Optional<BigDecimal> value) {
        return value.map(v -> v.scale() > 2 ? v.setScale(2, java.math.RoundingMode.HALF_UP) : v)
                .map(Cell::decimal)
                .orElse(Cell.empty());
    }

    private static String meaning(Symbol s) {
        return switch (s) {
            case CONFIDENTIAL ->
                "confidential: withheld because too few pupils are behind it, or because it would"
                        + " let a withheld figure be worked out";
            case UNAVAILABLE -> "unavailable: not collected or not yet available";
            case NOT_APPLICABLE -> "not applicable";
            case LOW -> "low: rounds to zero but is not zero";
            case LOW_RELIABILITY -> "low reliability: too few responses, or too low a response rate, to rely on";
        };
    }
}
