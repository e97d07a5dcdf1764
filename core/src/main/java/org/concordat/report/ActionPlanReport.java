package org.concordat.report;

import java.util.ArrayList;
import java.util.Comparator;
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
import org.concordat.plan.Schedule;
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
 *
 * <p>Dates are written for people ({@link Labels#day}, {@link Labels#dates}): a one-day activity
 * by its date, a range by its first and last days, and an activity placed only in a term or
 * half-term (a termly champion meeting) as "Date to be set" with the half-term's dates when the
 * schedule names one — never as the whole term's dates, which would read as an event lasting the
 * term. Types, statuses and funding kinds are {@link Labels}.
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
        return of(plan, calendar, Labels.english());
    }

    /** The plan's action plan, terms placed by {@code calendar}, codes and dates written with {@code labels}. */
    public static ReportDocument of(PartnershipPlan plan, TermCalendar calendar, Labels labels) {
        Period period = plan.partnership().period();
        Map<AcademicTerm, List<Row>> byTerm = new TreeMap<>();
        for (AcademicTerm t : calendar.termsOverlapping(period)) {
            byTerm.put(t, new ArrayList<>());
        }
        for (Activity activity : plan.activities()) {
            boolean first = true;
            for (Period occurrence : activity.schedule().occurrences(calendar)) {
                AcademicTerm term = calendar.planningTermOf(occurrence.start());
                byTerm.computeIfAbsent(term, t -> new ArrayList<>())
                        .add(new Row(occurrence, row(plan, activity, occurrence, first, labels)));
                first = false;
            }
        }
        ReportDocument.Builder doc = ReportDocument.builder(
                        "Action plan: " + plan.partnership().name())
                .metadata("Partnership", plan.partnership().name())
                .metadata("Period", labels.longDates(period))
                .metadata("Activities", Integer.toString(plan.activities().size()));
        Money planned =
                plan.activities().stream().map(a -> a.cost().orElse(Money.ZERO)).collect(Money.summing());
        doc.add(KeyFigure.of(
                "Funding available", Cell.money(plan.funding().total().toPence()), RagStatus.NONE));
        doc.add(KeyFigure.of("Planned cost of activities", Cell.money(planned.toPence()), RagStatus.NONE));
        byTerm.forEach((term, rows) -> {
            rows.sort(Comparator.comparing((Row r) -> r.occurrence().start())
                    .thenComparing(r -> r.occurrence().end()));
            String heading = labels.term(term);
            doc.add(
                    rows.isEmpty()
                            ? Section.of(heading, Paragraph.of("No activities planned."))
                            : Section.of(
                                    heading,
                                    Table.of(
                                            "Activities in the " + Character.toLowerCase(heading.charAt(0))
                                                    + heading.substring(1),
                                            COLUMNS,
                                            rows.stream().map(Row::cells).toList())));
        });
        doc.add(Section.of(FUNDING, funding(plan, labels)));
        return doc.build();
    }

    /** A row of a term's table with the occurrence it shows, to put the rows in date order. */
    private record Row(Period occurrence, List<Cell> cells) {}

    /** When an occurrence takes place, in words; see the class description. */
    static String when(Schedule schedule, Period occurrence, Labels labels) {
        if (schedule instanceof Schedule.InTerm || schedule instanceof Schedule.EachTerm) {
            return "Date to be set (once in the term)";
        }
        if (schedule instanceof Schedule.InHalfTerm || schedule instanceof Schedule.EachHalfTerm) {
            return "Date to be set (once in " + labels.dates(occurrence) + ")";
        }
        return occurrence.days() == 1 ? labels.day(occurrence.start()) : labels.dates(occurrence);
    }

    private static List<Cell> row(PartnershipPlan plan, Activity a, Period occurrence, boolean first, Labels labels) {
        List<String> outputs = new ArrayList<>();
        for (PlannedOutput o : a.plannedOutputs()) {
            outputs.add(o.count() + " " + o.description());
        }
        return List.of(
                Cell.text(when(a.schedule(), occurrence, labels)),
                Cell.text(a.title()),
                Cell.text(labels.of(a.type())),
                a.hostInstitutionId()
                        .map(h -> Cell.text(ReportText.institution(plan, h)))
                        .orElse(Cell.empty()),
                a.leadPersonId().map(p -> Cell.text(ReportText.person(plan, p))).orElse(Cell.empty()),
                Cell.text(labels.of(a.status())),
                outputs.isEmpty() ? Cell.empty() : Cell.text(String.join("; ", outputs)),
                first ? a.cost().map(c -> Cell.money(c.toPence())).orElse(Cell.empty()) : Cell.empty());
    }

    private static Table funding(PartnershipPlan plan, Labels labels) {
        List<List<Cell>> rows = new ArrayList<>();
        for (FundingSource s : plan.funding().sources()) {
            rows.add(List.of(
                    Cell.text(s.name()),
                    Cell.text(labels.of(s.kind())),
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
