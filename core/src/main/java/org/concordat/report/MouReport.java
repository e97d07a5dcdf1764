package org.concordat.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.concordat.agreement.Agreement;
import org.concordat.agreement.AgreementVersion;
import org.concordat.agreement.Approval;
import org.concordat.agreement.Section;
import org.concordat.agreement.SectionKind;
import org.concordat.partnership.Person;
import org.concordat.partnership.Role;
import org.concordat.plan.PartnershipPlan;
import org.concordat.school.Institution;
import org.concordat.spi.report.Block;
import org.concordat.spi.report.Cell;
import org.concordat.spi.report.Paragraph;
import org.concordat.spi.report.ReportDocument;
import org.concordat.spi.report.Table;

/**
 * The memorandum of understanding as a document: the parties, every section the DfE guidance asks
 * for (aims; project lead from each institution; activities, year groups and subjects; measures;
 * outcomes and impact; evaluation; funding; duration and review; withdrawal; data protection) in
 * that order, with a missing one shown as not yet written, then any other sections, and the table
 * of governing body approvals (institution, governing body, date, minute reference) with the
 * parties still to approve, and last a signature block for each party (its approval when given,
 * lines to fill in when not, and a line to sign).
 */
public final class MouReport {
    /** The heading of the approvals section. */
    public static final String APPROVALS = "Governing body approvals";

    /** The heading of the parties section. */
    public static final String PARTIES = "Parties";

    /** The heading of the signature blocks, the last section. */
    public static final String SIGNATURES = "Signatures";

    /** What a signature block shows where a party still has to write: a line to sign or fill in. */
    public static final String BLANK_LINE = "______________________________";

    /** What a DfE section the agreement lacks says. */
    public static final String NOT_WRITTEN = "Not yet written.";

    private MouReport() {}

    /**
     * The latest version of the plan's agreement.
     *
     * @throws IllegalArgumentException when the plan has no agreement
     */
    public static ReportDocument of(PartnershipPlan plan) {
        return of(plan, agreement(plan).latest().number());
    }

    /**
     * One version of the plan's agreement, e.g. the version in force on a date.
     *
     * @throws IllegalArgumentException when the plan has no agreement or no such version
     */
    public static ReportDocument of(PartnershipPlan plan, int versionNumber) {
        return of(plan, versionNumber, Labels.english());
    }

    /**
     * One version of the plan's agreement, codes and dates written with {@code labels}.
     *
     * @throws IllegalArgumentException when the plan has no agreement or no such version
     */
    public static ReportDocument of(PartnershipPlan plan, int versionNumber, Labels labels) {
        Agreement agreement = agreement(plan);
        AgreementVersion version = agreement
                .version(versionNumber)
                .orElseThrow(() -> new IllegalArgumentException("agreement version \"" + versionNumber + "\": "
                        + agreement.id() + " of " + plan.partnership().id() + " has versions 1 to "
                        + agreement.versions().size()));
        ReportDocument.Builder doc = ReportDocument.builder(
                        agreement.title() + ": " + plan.partnership().name())
                .metadata("Partnership", plan.partnership().name());
        plan.partnership().programme().ifPresent(p -> doc.metadata("Programme", p));
        doc.metadata("Period", labels.longDates(plan.partnership().period()))
                .metadata("Version", Integer.toString(version.number()))
                .metadata("Status", labels.of(version.status()));
        version.date().ifPresent(d -> doc.metadata("Date", labels.day(d)));

        doc.add(org.concordat.spi.report.Section.of(PARTIES, parties(plan, version, labels)));
        for (SectionKind kind : SectionKind.values()) {
            if (kind == SectionKind.OTHER) {
                continue;
            }
            Optional<Section> section = version.section(kind);
            doc.add(org.concordat.spi.report.Section.of(
                    section.map(Section::displayHeading).orElse(kind.heading()),
                    Paragraph.of(section.map(Section::text).orElse(NOT_WRITTEN))));
        }
        for (Section other : version.sections()) {
            if (other.kind() == SectionKind.OTHER) {
                doc.add(org.concordat.spi.report.Section.of(other.displayHeading(), Paragraph.of(other.text())));
            }
        }
        doc.add(org.concordat.spi.report.Section.of(APPROVALS, approvals(plan, version, labels)));
        doc.add(org.concordat.spi.report.Section.of(SIGNATURES, signatures(plan, version, labels)));
        return doc.build();
    }

    private static Agreement agreement(PartnershipPlan plan) {
        return plan.agreement()
                .orElseThrow(() -> new IllegalArgumentException(
                        "plan \"" + plan.partnership().id() + "\": has no agreement to show"));
    }

    private static Table parties(PartnershipPlan plan, AgreementVersion version, Labels labels) {
        List<List<Cell>> rows = new ArrayList<>();
        for (String id : version.parties()) {
            Optional<Institution> inst = plan.institution(id);
            String leads = String.join(
                    ", ",
                    plan.people(id, Role.PROJECT_LEAD).stream()
                            .map(Person::name)
                            .toList());
            rows.add(List.of(
                    Cell.text(ReportText.institution(plan, id)),
                    inst.flatMap(Institution::urn)
                            .map(u -> Cell.text(u.toString()))
                            .orElse(Cell.empty()),
                    inst.map(i -> Cell.text(labels.of(i.kind()))).orElse(Cell.empty()),
                    leads.isEmpty() ? Cell.empty() : Cell.text(leads)));
        }
        return Table.of("The parties to this agreement", List.of("Institution", "URN", "Kind", "Project lead"), rows);
    }

    /**
     * One block per party to sign on paper: its name, and its governing body's approval (body, date,
     * minute reference) when given, or lines to fill in when not; always a line to sign and date.
     */
    private static List<Block> signatures(PartnershipPlan plan, AgreementVersion version, Labels labels) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Paragraph.of("Signed on behalf of each party, once its governing body has approved this version."));
        for (String id : version.parties()) {
            Optional<Approval> a = version.approvalOf(id);
            String name = ReportText.institution(plan, id);
            blocks.add(Table.of(
                    "Signed for " + name,
                    List.of("For", name),
                    List.of(
                            List.of(
                                    Cell.text("Governing body"),
                                    a.map(x -> Cell.text(x.governingBody())).orElse(Cell.text(BLANK_LINE))),
                            List.of(
                                    Cell.text("Approved on"),
                                    a.map(x -> Cell.text(labels.day(x.date()))).orElse(Cell.text(BLANK_LINE))),
                            List.of(
                                    Cell.text("Minute reference"),
                                    a.map(x -> Cell.text(x.minuteReference())).orElse(Cell.text(BLANK_LINE))),
                            List.of(Cell.text("Name of signatory"), Cell.text(BLANK_LINE)),
                            List.of(Cell.text("Signature"), Cell.text(BLANK_LINE)),
                            List.of(Cell.text("Date signed"), Cell.text(BLANK_LINE)))));
        }
        return blocks;
    }

    private static List<Block> approvals(PartnershipPlan plan, AgreementVersion version, Labels labels) {
        List<List<Cell>> rows = new ArrayList<>();
        for (String id : version.parties()) {
            Optional<Approval> a = version.approvalOf(id);
            rows.add(List.of(
                    Cell.text(ReportText.institution(plan, id)),
                    a.map(x -> Cell.text(x.governingBody())).orElse(Cell.empty()),
                    a.map(x -> Cell.date(x.date())).orElse(Cell.empty()),
                    a.map(x -> Cell.text(x.minuteReference())).orElse(Cell.empty()),
                    Cell.text(a.isPresent() ? "Approved" : "Awaiting approval")));
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(Table.of(
                "Approval by each party's governing body",
                List.of("Institution", "Governing body", "Date", "Minute reference", "Status"),
                rows));
        List<String> awaiting = version.awaitingApproval();
        blocks.add(Paragraph.of(
                awaiting.isEmpty()
                        ? "Every party's governing body has approved this version"
                                + version.fullyApprovedOn()
                                        .map(d -> " (the last on " + labels.day(d) + ").")
                                        .orElse(".")
                        : awaiting.size() + " of " + version.parties().size()
                                + " parties still to approve. Work starts only once every governing body has"
                                + " agreed."));
        return blocks;
    }
}
