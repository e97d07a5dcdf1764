package org.concordat.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.concordat.calendar.Period;
import org.concordat.evaluation.Evaluation;
import org.concordat.evaluation.EvaluationResult;
import org.concordat.evaluation.Observation;
import org.concordat.internal.render.HtmlRendererProvider;
import org.concordat.io.Plans;
import org.concordat.plan.PartnershipPlan;
import org.concordat.plan.PupilGroup;
import org.concordat.spi.report.BulletList;
import org.concordat.spi.report.Cell;
import org.concordat.spi.report.Chart;
import org.concordat.spi.report.ChartKind;
import org.concordat.spi.report.DataPoint;
import org.concordat.spi.report.KeyFigure;
import org.concordat.spi.report.RagStatus;
import org.concordat.spi.report.ReportDocument;
import org.concordat.spi.report.Section;
import org.concordat.spi.report.Series;
import org.concordat.spi.report.Table;
import org.junit.jupiter.api.Test;

class EvaluationReportTest {
    static final PartnershipPlan EXAMPLE = Plans.read(Path.of("../examples/plans/first-plan.yaml"));

    static Observation m1(String value, long n, Optional<String> school) {
        return Observation.builder()
                .measureId("M1")
                .institution(school)
                .period(Period.parse("2025-09-01/2026-08-31"))
                .group(PupilGroup.parse("DISADVANTAGED=Y"))
                .value(new BigDecimal(value))
                .n(n)
                .source("2026 GCSE results")
                .build();
    }

    static EvaluationResult result() {
        return Evaluation.of(
                        EXAMPLE,
                        List.of(
                                m1("20.0", 140, Optional.empty()),
                                m1("40.0", 4, Optional.of("urn-138004")),
                                m1("19.4", 136, Optional.of("urn-138001"))))
                .asOf(LocalDate.of(2026, 9, 15));
    }

    static Section section(ReportDocument doc, String prefix) {
        return doc.blocks().stream()
                .filter(b -> b instanceof Section s && s.heading().startsWith(prefix))
                .map(b -> (Section) b)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void shows_each_objective_as_a_key_figure_and_its_findings_in_a_table() {
        ReportDocument doc = EvaluationReport.of(EXAMPLE, result());

        assertThat(doc.title()).isEqualTo("Evaluation: Aire Valley STEM Partnership as of 15 September 2026");
        assertThat(doc.blocks())
                .filteredOn(b -> b instanceof KeyFigure)
                .extracting(b -> ((KeyFigure) b).status())
                .first()
                .isEqualTo(RagStatus.RED);
        Table o1 = (Table) section(doc, "O1").blocks().get(0);
        assertThat(o1.columns()).isEqualTo(EvaluationReport.COLUMNS);
        List<Cell> partnership = o1.rows().stream()
                .filter(r -> r.get(1).display().equals("Partnership")
                        && r.get(0).display().contains("maths"))
                .findFirst()
                .orElseThrow();
        assertThat(partnership.get(3)).isEqualTo(Cell.decimal(new BigDecimal("20.0")));
        assertThat(partnership.get(6)).isEqualTo(Cell.count(140));
        assertThat(partnership.get(7).display()).isEqualTo("Off track");
        assertThat(partnership.get(4).plain())
                .as("expected values are shown to two places")
                .matches("-?\\d+(\\.\\d{1,2})?");
    }

    @Test
    void a_figure_for_too_few_pupils_is_withheld_with_its_n_and_explained_in_a_footnote() {
        ReportDocument doc = EvaluationReport.of(EXAMPLE, result());

        Table o1 = (Table) section(doc, "O1").blocks().get(0);
        List<Cell> armley = o1.rows().stream()
                .filter(r -> r.get(1).display().equals("Armley Ridge Academy"))
                .findFirst()
                .orElseThrow();
        assertThat(armley.get(3)).isInstanceOf(Cell.Suppressed.class);
        assertThat(armley.get(6)).isEqualTo(armley.get(3));
        // Its status and reason would bound the hidden value, so they go with it.
        assertThat(armley.get(7)).isEqualTo(armley.get(3));
        assertThat(armley.get(8).display()).startsWith("Withheld").doesNotContain("expected");
        assertThat(doc.footnotes())
                .anyMatch(f -> f.symbol().equals(armley.get(3).plain()));
        assertThat(doc.toString()).doesNotContain("40.0").doesNotContain("33.8");
    }

    @Test
    void says_what_the_evidence_behind_the_findings_can_show() throws IOException {
        ReportDocument doc = EvaluationReport.of(EXAMPLE, result());

        BulletList notes =
                (BulletList) section(doc, EvaluationReport.EVIDENCE).blocks().get(0);
        assertThat(notes.items()).isNotEmpty();
        assertThat(doc.footnotes()).anyMatch(f -> f.symbol().startsWith("["));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlRendererProvider().open(Map.of()).render(doc, out);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Off track", "Strength of evidence");
    }

    @Test
    void charts_each_shown_value_at_the_date_it_was_compared_with_the_trajectory() throws IOException {
        EvaluationResult r = Evaluation.of(
                        EXAMPLE,
                        List.of(
                                m1("34.0", 140, Optional.empty()),
                                m1("40.0", 4, Optional.of("urn-138004")),
                                m1("33.8", 136, Optional.of("urn-138001"))))
                .asOf(LocalDate.of(2027, 3, 1));
        ReportDocument doc = EvaluationReport.of(EXAMPLE, r);

        List<Chart> charts = section(doc, "O1").blocks().stream()
                .filter(b -> b instanceof Chart)
                .map(b -> (Chart) b)
                .toList();
        assertThat(charts).hasSize(1);
        Chart chart = charts.get(0);
        assertThat(chart.kind()).isEqualTo(ChartKind.LINE);
        assertThat(chart.unit()).isEqualTo("%");
        assertThat(chart.title()).startsWith("M1: ");
        assertThat(chart.labels())
                .containsExactly(
                        "21 August 2025 (baseline)", "31 August 2026 (compared, target)", "31 August 2027 (target)");
        assertThat(chart.timeAxis()).as("every point is placed by its date").isTrue();
        assertThat(chart.series().get(0).points())
                .extracting(p -> p.date().orElseThrow())
                .containsExactly(LocalDate.of(2025, 8, 21), LocalDate.of(2026, 8, 31), LocalDate.of(2027, 8, 31));
        assertThat(chart.series().get(0).name()).isEqualTo("Expected (trajectory)");
        assertThat(chart.series().get(0).points())
                .extracting(DataPoint::value)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("31.0"), new BigDecimal("34.0"), new BigDecimal("38.0"));
        // The small school's value and its complement are withheld and not charted; only the
        // partnership's is marked.
        assertThat(chart.series()).hasSize(2);
        Series marked = chart.series().get(1);
        assertThat(marked.name()).isEqualTo("Partnership, Disadvantaged pupils");
        assertThat(marked.points())
                .containsExactly(DataPoint.of(
                        "31 August 2026 (compared, target)", new BigDecimal("34.0"), LocalDate.of(2026, 8, 31)));
        assertThat(doc.toString()).doesNotContain("40.0").doesNotContain("33.8");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlRendererProvider().open(Map.of()).render(doc, out);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("<svg", "31 August 2026 (compared, target)");
    }

    @Test
    void charts_a_value_between_targets_at_its_own_date_not_the_as_of_date() {
        Observation autumn = Observation.builder()
                .measureId("M1")
                .period(Period.parse("2025-09-01/2025-12-19"))
                .group(PupilGroup.parse("DISADVANTAGED=Y"))
                .value(new BigDecimal("32.0"))
                .n(140)
                .source("mock exams")
                .build();
        ReportDocument doc = EvaluationReport.of(
                EXAMPLE, Evaluation.of(EXAMPLE, List.of(autumn)).asOf(LocalDate.of(2026, 3, 1)));

        Chart chart = (Chart) section(doc, "O1").blocks().stream()
                .filter(b -> b instanceof Chart)
                .findFirst()
                .orElseThrow();
        assertThat(chart.labels()).contains("19 December 2025 (compared)").doesNotContain("1 March 2026");
        // 31.0 + 3.0 × 120 / 375 days = 31.96 expected on 19 December 2025.
        assertThat(chart.series().get(0).points())
                .contains(DataPoint.of(
                        "19 December 2025 (compared)", new BigDecimal("31.96"), LocalDate.of(2025, 12, 19)));
    }

    @Test
    void an_objective_without_data_is_not_judged() {
        ReportDocument doc =
                EvaluationReport.of(EXAMPLE, Evaluation.of(EXAMPLE, List.of()).asOf(LocalDate.of(2026, 9, 15)));

        assertThat(doc.blocks())
                .filteredOn(b -> b instanceof KeyFigure)
                .extracting(b -> ((KeyFigure) b).value().display())
                .containsOnly("Not judged");
    }
}
