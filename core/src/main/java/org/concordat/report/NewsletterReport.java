package org.concordat.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.concordat.calendar.AcademicTerm;
import org.concordat.calendar.Period;
import org.concordat.calendar.TermCalendar;
import org.concordat.partnership.Person;
import org.concordat.plan.Activity;
import org.concordat.plan.ActivityStatus;
import org.concordat.plan.PartnershipPlan;
import org.concordat.spi.report.BulletList;
import org.concordat.spi.report.Cell;
import org.concordat.spi.report.KeyFigure;
import org.concordat.spi.report.Paragraph;
import org.concordat.spi.report.RagStatus;
import org.concordat.spi.report.ReportDocument;
import org.concordat.spi.report.Section;

/**
 * The termly newsletter: for each school that was a member during the term, what it did — the
 * activities it hosted, took part in or led (through a person of that school) with an occurrence in
 * the term — then the partnership-wide activities (no host or participants named) and what is
 * coming up next term. Cancelled activities are left out; an activity not yet marked delivered is
 * shown as planned. Activity types and dates are written with {@link Labels}.
 */
public final class NewsletterReport {
    /** The heading of the partnership-wide section. */
    public static final String PARTNERSHIP_WIDE = "Across the partnership";

    /** The heading of the section on next term. */
    public static final String COMING_UP = "Coming up next term";

    /** What a school's section says when it did nothing recorded in the term. */
    public static final String NOTHING = "Nothing recorded this term.";

    private NewsletterReport() {}

    /** The newsletter for {@code term}, terms placed by the default term dates. */
    public static ReportDocument of(PartnershipPlan plan, AcademicTerm term) {
        return of(plan, term, TermCalendar.defaults());
    }

    /** The newsletter for {@code term}, terms placed by {@code calendar}. */
    public static ReportDocument of(PartnershipPlan plan, AcademicTerm term, TermCalendar calendar) {
        return of(plan, term, calendar, Labels.english());
    }

    /** The newsletter for {@code term}, terms placed by {@code calendar}, codes and dates written with {@code labels}. */
    public static ReportDocument of(PartnershipPlan plan, AcademicTerm term, TermCalendar calendar, Labels labels) {
        ReportDocument.Builder doc = ReportDocument.builder(
                        plan.partnership().name() + " newsletter: " + labels.term(term))
                .metadata("Partnership", plan.partnership().name())
                .metadata("Term", labels.term(term))
                .metadata("Dates", labels.longDates(calendar.periodOf(term)));
        List<Activity> thisTerm = in(plan, term, calendar);
        doc.add(KeyFigure.of("Activities this term", Cell.count(thisTerm.size()), RagStatus.NONE));
        Period dates = calendar.periodOf(term);
        for (String schoolId : members(plan, dates)) {
            List<String> items = new ArrayList<>();
            for (Activity a : thisTerm) {
                if (involves(plan, a, schoolId)) {
                    items.add(item(a, schoolId, labels));
                }
            }
            doc.add(Section.of(
                    ReportText.institution(plan, schoolId),
                    items.isEmpty() ? Paragraph.of(NOTHING) : BulletList.of(items)));
        }
        List<String> wide = new ArrayList<>();
        for (Activity a : thisTerm) {
            if (a.hostInstitutionId().isEmpty() && a.participantInstitutionIds().isEmpty()) {
                wide.add(item(a, "", labels));
            }
        }
        doc.add(Section.of(PARTNERSHIP_WIDE, wide.isEmpty() ? Paragraph.of(NOTHING) : BulletList.of(wide)));
        List<String> next = new ArrayList<>();
        for (Activity a : in(plan, term.next(), calendar)) {
            next.add(a.title() + " (" + labels.of(a.type()) + ")");
        }
        doc.add(Section.of(
                COMING_UP + ": " + labels.term(term.next()),
                next.isEmpty() ? Paragraph.of("Nothing planned yet.") : BulletList.of(next)));
        return doc.build();
    }

    private static List<String> members(PartnershipPlan plan, Period dates) {
        List<String> ids = new ArrayList<>();
        plan.partnership().members().forEach(m -> {
            boolean during = !m.joined().isAfter(dates.end())
                    && m.left().map(l -> !l.isBefore(dates.start())).orElse(true);
            if (during) {
                ids.add(m.institutionId());
            }
        });
        return ids;
    }

    private static List<Activity> in(PartnershipPlan plan, AcademicTerm term, TermCalendar calendar) {
        List<Activity> out = new ArrayList<>();
        for (Activity a : plan.activities()) {
            if (a.status() == ActivityStatus.CANCELLED) {
                continue;
            }
            for (Period occurrence : a.schedule().occurrences(calendar)) {
                if (calendar.planningTermOf(occurrence.start()).equals(term)) {
                    out.add(a);
                    break;
                }
            }
        }
        return out;
    }

    private static boolean involves(PartnershipPlan plan, Activity a, String schoolId) {
        if (a.hostInstitutionId().filter(schoolId::equals).isPresent()
                || a.participantInstitutionIds().contains(schoolId)) {
            return true;
        }
        return a.leadPersonId()
                .flatMap(plan::person)
                .flatMap(Person::institutionId)
                .filter(schoolId::equals)
                .isPresent();
    }

    private static String item(Activity a, String schoolId, Labels labels) {
        Set<String> roles = new java.util.LinkedHashSet<>();
        if (a.hostInstitutionId().filter(schoolId::equals).isPresent()) {
            roles.add("hosted");
        }
        if (a.participantInstitutionIds().contains(schoolId)) {
            roles.add("took part");
        }
        if (roles.isEmpty() && !schoolId.isEmpty()) {
            roles.add("led");
        }
        String status = a.status() == ActivityStatus.DELIVERED ? "delivered" : "planned";
        return a.title() + " (" + labels.of(a.type()) + "; " + status
                + (roles.isEmpty() ? "" : "; " + String.join(", ", roles)) + ")";
    }
}
