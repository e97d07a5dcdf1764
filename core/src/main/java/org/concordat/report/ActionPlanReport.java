package org.concordat.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.concordat.calendar.AcademicTerm;
import org.concordat.calendar.Period;
import org.concordat.calendar.TermCalendar;
import org.concordat.money.Money;
import org.concordat.plan.Activity;
import org.concordat.plan.FundingSource;
import org.concordat.plan.PartnershipPlan;
import org.concordat.plan.PlannedOutput;
import org.concordat.spi.report.Cell;
import org.concordat.spi.report.KeyFigure;
import org.concordat.spi.report.Paragraph;
import org.concordat.spi.report.RagStatus;
import org.concordat.spi.report.ReportDocument;
import org.concordat.spi.report.Section;
import org.concordat.spi.report.Table;

/**
 * The action plan by term: one section per term of the plan period (autumn, spring, summer of each
 * academic year) with a table of the activities occurring in it, each recurring activity once in
 * every term it occurs, then the funding table. An occurrence in a holiday counts towards the term
 * it is planned in ({@link TermCalendar#planningTermOf}). A recurring activity's cost is shown
 * against its first occurrence only, so the column adds up.
 */
public final class ActionPlanReport {
    /** The columns of each term's table. */
    public static final List<String> COLUMNS =
            List.of("Dates", "Activity", "Type", "Host", "Lead", "Status", "Planned outputs", "Cost");

    /** The heading of the funding section. */
    public static final String FUNDING = "Funding";

    private ActionPlanReport() {}

    /** The plan's action plan, terms placed by the default term dates. */
    public static ReportDocument of(PartnershipPlan plan) {
        return of(plan, TermCalendar.defaults());
    }

    /** The plan's action plan, terms placed by {@code calendar}. */
    public static ReportDocument of(PartnershipPlan plan, TermCalendar calendar) {
        Period period = plan.partnership().period();
        Map<AcademicTerm, List<List<Cell>>> byTerm = new TreeMap<>();
        for (AcademicTerm t : calendar.termsOverlapping(period)) {
            byTerm.put(t, new ArrayList<>());
        }
        for (Activity activity : plan.activities()) {
            boolean first = true;
            for (Period occurrence : activity.schedule().occurrences(calendar)) {
                AcademicTerm term = calendar.planningTermOf(occurrence.start());
                byTerm.computeIfAbsent(term, t -> new ArrayList<>()).add(row(plan, activity, occurrence, first));
                first = false;
            }
        }
        ReportDocument.Builder doc = ReportDocument.builder(
                        "Action plan: " + plan.partnership().name())
                .metadata("Partnership", plan.partnership().name())
                .metadata("Period", period.toString())
                .metadata("Activities", Integer.toString(plan.activities().size()));
        Money planned =
                plan.activities().stream().map(a -> a.cost().orElse(Money.ZERO)).collect(Money.summing());
        doc.add(KeyFigure.of(
                "Funding available", Cell.money(plan.funding().total().toPence()), RagStatus.NONE));
        doc.add(KeyFigure.of("Planned cost of activities", Cell.money(planned.toPence()), RagStatus.NONE));
        byTerm.forEach((term, rows) -> {
            rows.sort((a, b) -> a.get(0).plain().compareTo(b.get(0).plain()));
            doc.add(
                    rows.isEmpty()
                            ? Section.of(ReportText.term(term), Paragraph.of("No activities planned."))
                            : Section.of(
                                    ReportText.term(term),
                                    Table.of("Activities in " + ReportText.term(term), COLUMNS, rows)));
        });
        doc.add(Section.of(FUNDING, funding(plan)));
        return doc.build();
    }

    private static List<Cell> row(PartnershipPlan plan, Activity a, Period occurrence, boolean first) {
        List<String> outputs = new ArrayList<>();
        for (PlannedOutput o : a.plannedOutputs()) {
            outputs.add(o.count() + " " + o.description());
        }
        return List.of(
                Cell.text(occurrence.days() == 1 ? occurrence.start().toString() : occurrence.toString()),
                Cell.text(a.title()),
                Cell.text(ReportText.words(a.type())),
                a.hostInstitutionId()
                        .map(h -> Cell.text(ReportText.institution(plan, h)))
                        .orElse(Cell.empty()),
                a.leadPersonId().map(p -> Cell.text(ReportText.person(plan, p))).orElse(Cell.empty()),
                Cell.text(ReportText.words(a.status())),
                outputs.isEmpty() ? Cell.empty() : Cell.text(String.join("; ", outputs)),
                first ? a.cost().map(c -> Cell.money(c.toPence())).orElse(Cell.empty()) : Cell.empty());
    }

    private static Table funding(PartnershipPlan plan) {
        List<List<Cell>> rows = new ArrayList<>();
        for (FundingSource s : plan.funding().sources()) {
            rows.add(List.of(
                    Cell.text(s.name()),
                    Cell.text(ReportText.words(s.kind())),
                    Cell.money(s.amount().toPence()),
                    Cell.money(plan.funding().allocatedFrom(s.id()).toPence()),
                    Cell.money(plan.funding().spentFrom(s.id()).toPence())));
        }
        return Table.of(
                "Funding sources, allocations and spend",
                List.of("Source", "Kind", "Amount", "Allocated", "Spent"),
                rows);
    }
}
