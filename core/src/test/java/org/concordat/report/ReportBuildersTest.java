package org.concordat.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.concordat.calendar.AcademicTerm;
import org.concordat.internal.render.CsvRendererProvider;
import org.concordat.internal.render.HtmlRendererProvider;
import org.concordat.internal.render.JsonRendererProvider;
import org.concordat.internal.render.MarkdownRendererProvider;
import org.concordat.io.Plans;
import org.concordat.plan.PartnershipPlan;
import org.concordat.school.Institution;
import org.concordat.spi.ReportRendererProvider;
import org.concordat.spi.report.Block;
import org.concordat.spi.report.BulletList;
import org.concordat.spi.report.Cell;
import org.concordat.spi.report.Paragraph;
import org.concordat.spi.report.ReportDocument;
import org.concordat.spi.report.Section;
import org.concordat.spi.report.Table;
import org.junit.jupiter.api.Test;

class ReportBuildersTest {
    static final PartnershipPlan EXAMPLE = Plans.read(Path.of("../examples/plans/first-plan.yaml"));

    static String render(ReportRendererProvider provider, ReportDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        provider.open(java.util.Map.of()).render(doc, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    static Section section(ReportDocument doc, String heading) {
        return doc.blocks().stream()
                .filter(b -> b instanceof Section s && s.heading().startsWith(heading))
                .map(b -> (Section) b)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no section " + heading));
    }

    static List<String> headings(ReportDocument doc) {
        return doc.blocks().stream()
                .filter(b -> b instanceof Section)
                .map(b -> ((Section) b).heading())
                .toList();
    }

    @Test
    void the_mou_shows_parties_every_dfe_section_in_order_and_the_approvals_table() {
        ReportDocument doc = MouReport.of(EXAMPLE);

        assertThat(doc.title()).isEqualTo("Memorandum of understanding: Aire Valley STEM Partnership");
        assertThat(doc.metadata()).extracting(m -> m.key() + "=" + m.value()).contains("Version=1", "Status=In force");
        assertThat(headings(doc))
                .containsExactly(
                        "Parties",
                        "Aims",
                        "Project lead from each institution",
                        "Activities, year groups and subjects",
                        "Measures used to monitor performance",
                        "How outcomes and impact are measured",
                        "How the partnership is evaluated",
                        "Funding",
                        "Duration and review",
                        "Withdrawal",
                        "Data protection",
                        "Governing body approvals",
                        "Signatures");
        Table parties = (Table) section(doc, "Parties").blocks().get(0);
        assertThat(parties.rows()).hasSize(5);
        assertThat(parties.rows().get(0))
                .extracting(Cell::display)
                .containsExactly("Kirkstall Park Academy", "138001", "School", "Dr Grace Okafor");
        Table approvals =
                (Table) section(doc, "Governing body approvals").blocks().get(0);
        assertThat(approvals.columns())
                .containsExactly("Institution", "Governing body", "Date", "Minute reference", "Status");
        assertThat(approvals.rows())
                .extracting(r -> r.get(3).display())
                .containsExactly(
                        "TB 2025-07 item 6",
                        "FGB 03/07/25 min 11",
                        "LGB 2025/14",
                        "ARA-LGB-0709 item 4",
                        "FGB 10.07.25 item 9");
        assertThat(approvals.rows().get(0).get(2)).isEqualTo(Cell.date(java.time.LocalDate.of(2025, 7, 1)));
    }

    @Test
    void the_mou_marks_missing_sections_and_parties_still_to_approve() {
        var v = org.concordat.agreement.AgreementVersion.builder()
                .from(EXAMPLE.agreement().orElseThrow().latest())
                .status(org.concordat.agreement.AgreementStatus.CIRCULATED)
                .sections(List.of(org.concordat.agreement.Section.of(
                        org.concordat.agreement.SectionKind.AIMS, "Raise attainment.")))
                .approvals(
                        EXAMPLE.agreement().orElseThrow().latest().approvals().subList(0, 2))
                .build();
        PartnershipPlan plan =
                EXAMPLE.withAgreement(EXAMPLE.agreement().orElseThrow().withVersion(v));

        ReportDocument doc = MouReport.of(plan, 1);

        assertThat(section(doc, "Funding").blocks()).containsExactly(Paragraph.of(MouReport.NOT_WRITTEN));
        Section approvals = section(doc, "Governing body approvals");
        Table table = (Table) approvals.blocks().get(0);
        assertThat(table.rows())
                .extracting(r -> r.get(4).display())
                .containsExactly("Approved", "Approved", "Awaiting approval", "Awaiting approval", "Awaiting approval");
        assertThat(table.rows().get(4).get(1)).isEqualTo(Cell.empty());
        assertThat(((Paragraph) approvals.blocks().get(1)).text()).startsWith("3 of 5 parties still to approve");
        List<Table> signatures = section(doc, MouReport.SIGNATURES).blocks().stream()
                .filter(Table.class::isInstance)
                .map(Table.class::cast)
                .toList();
        assertThat(signatures).hasSize(5);
        assertThat(signatures.get(0).rows().get(2).get(1).display()).isEqualTo("TB 2025-07 item 6");
        assertThat(signatures.get(0).rows().get(1).get(1).display()).isEqualTo("1 July 2025");
        assertThat(signatures.get(4).caption()).startsWith("Signed for ");
        assertThat(signatures.get(4).rows().subList(0, 3))
                .extracting(r -> r.get(1).display())
                .containsOnly(MouReport.BLANK_LINE);
        assertThat(signatures)
                .allSatisfy(t -> assertThat(t.rows().get(4).get(1).display()).isEqualTo(MouReport.BLANK_LINE));
        assertThatThrownBy(() -> MouReport.of(plan, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("agreement version \"2\"");
        assertThatThrownBy(() -> MouReport.of(EXAMPLE.withAgreement(Optional.empty())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has no agreement");
    }

    @Test
    void every_renderer_shows_each_governing_body_and_minute_reference() throws IOException {
        ReportDocument doc = MouReport.of(EXAMPLE);
        for (ReportRendererProvider p : List.of(
                new MarkdownRendererProvider(),
                new HtmlRendererProvider(),
                new CsvRendererProvider(),
                new JsonRendererProvider())) {
            String out = render(p, doc);
            assertThat(out)
                    .as(p.name())
                    .contains(
                            "Kirkstall Park Academy Trust board",
                            "Local governing board",
                            "ARA-LGB-0709 item 4",
                            "LGB 2025/14",
                            // People read dates the British way; CSV keeps ISO 8601 for spreadsheets.
                            p.name().equals("csv") ? "2025-07-10" : "10 July 2025");
        }
    }

    @Test
    void html_escapes_a_hostile_school_name() throws IOException {
        Institution hostile = Institution.builder()
                .from(EXAMPLE.institution("urn-138002").orElseThrow())
                .name("<script>alert('x')</script> & Co")
                .build();
        PartnershipPlan plan = EXAMPLE.withInstitutions(EXAMPLE.institutions().stream()
                .map(i -> i.id().equals("urn-138002") ? hostile : i)
                .toList());

        String html = render(new HtmlRendererProvider(), MouReport.of(plan));

        assertThat(html).doesNotContain("<script>alert").contains("&lt;script&gt;", "&amp; Co");
        String csv = render(new CsvRendererProvider(), MouReport.of(plan));
        assertThat(csv).contains("<script>alert"); // CSV is not markup: the text is kept as it is
    }

    @Test
    void the_action_plan_has_a_section_per_term_with_recurring_activities_in_each() {
        ReportDocument doc = ActionPlanReport.of(EXAMPLE);

        assertThat(headings(doc))
                .containsExactly(
                        "Autumn term 2025/26",
                        "Spring term 2025/26",
                        "Summer term 2025/26",
                        "Autumn term 2026/27",
                        "Spring term 2026/27",
                        "Summer term 2026/27",
                        "Funding");
        for (String term : headings(doc).subList(0, 6)) {
            Table t = (Table) section(doc, term).blocks().get(0);
            assertThat(t.columns()).isEqualTo(ActionPlanReport.COLUMNS);
            assertThat(t.rows())
                    .as(term)
                    .extracting(r -> r.get(1).display())
                    .contains("Champion meeting", "Partnership newsletter");
        }
        Table autumn = (Table) section(doc, "Autumn term 2025/26").blocks().get(0);
        assertThat(autumn.rows())
                .filteredOn(r -> r.get(1).display().equals("Launch conference"))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.get(0).display()).isEqualTo("2 October 2025");
                    assertThat(r.get(3).display()).isEqualTo("Kirkstall Park Academy");
                    assertThat(r.get(5).display()).isEqualTo("Delivered");
                    assertThat(r.get(7)).isEqualTo(Cell.money(180000));
                });
        Table spring = (Table) section(doc, "Spring term 2025/26").blocks().get(0);
        // coaching each half-term from January: two occurrences in spring, cost against the first only
        assertThat(spring.rows())
                .filteredOn(r -> r.get(1).display().equals("Maths mastery coaching"))
                .extracting(r -> r.get(0).display())
                // a half-termly activity is shown once in each half-term, without inventing a day
                .containsExactly(
                        "Date to be set (once in 5 Jan – 13 Feb 2026)",
                        "Date to be set (once in 23 Feb – 27 Mar 2026)");
        assertThat(spring.rows())
                .filteredOn(r -> r.get(1).display().equals("Champion meeting"))
                .extracting(r -> r.get(0).display())
                .containsExactly("Date to be set (once in the term)");
        assertThat(spring.rows())
                .filteredOn(r -> r.get(1).display().equals("Practical physics CPD"))
                .extracting(r -> r.get(2).display())
                .containsExactly("CPD course");
        long costs = spring.rows().stream()
                .filter(r -> r.get(1).display().equals("Maths mastery coaching"))
                .filter(r -> r.get(7) instanceof Cell.Money)
                .count();
        assertThat(costs).isEqualTo(1);
        Table funding = (Table) section(doc, "Funding").blocks().get(0);
        assertThat(funding.rows().get(0))
                .extracting(Cell::display)
                .containsExactly(
                        "ENTHUSE Partnership support", "Programme funding", "£15,000.00", "£10,100.00", "£1,745.60");
    }

    @Test
    void the_newsletter_says_what_each_school_did_this_term() {
        ReportDocument doc = NewsletterReport.of(EXAMPLE, AcademicTerm.parse("2025/26 autumn"));

        assertThat(doc.title()).isEqualTo("Aire Valley STEM Partnership newsletter: Autumn term 2025/26");
        assertThat(headings(doc))
                .containsExactly(
                        "Kirkstall Park Academy",
                        "Bramley Vale High School",
                        "Horsforth Grange School",
                        "Armley Ridge Academy",
                        "Shipley Beck School",
                        NewsletterReport.PARTNERSHIP_WIDE,
                        NewsletterReport.COMING_UP + ": Spring term 2025/26");
        List<Block> kirkstall = section(doc, "Kirkstall Park Academy").blocks();
        assertThat(((BulletList) kirkstall.get(0)).items())
                .anyMatch(i -> i.startsWith("Launch conference (Conference; delivered; hosted)"));
        assertThat(section(doc, "Armley Ridge Academy").blocks())
                .containsExactly(Paragraph.of(NewsletterReport.NOTHING));
        assertThat(((BulletList) section(doc, "Coming up").blocks().get(0)).items())
                .contains("Practical physics CPD (CPD course)", "Maths mastery coaching (Coaching or mentoring)");
    }
}
