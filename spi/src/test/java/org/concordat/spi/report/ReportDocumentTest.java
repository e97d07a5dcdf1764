package org.concordat.spi.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportDocumentTest {
    @Test
    void cells_show_a_text_for_people_and_one_for_machines() {
        assertThat(Cell.count(1234567).display()).isEqualTo("1,234,567");
        assertThat(Cell.count(-5).plain()).isEqualTo("-5");
        assertThat(Cell.money(123450).display()).isEqualTo("£1,234.50");
        assertThat(Cell.money(-1200).display()).isEqualTo("-£12.00");
        assertThat(Cell.money(5).plain()).isEqualTo("0.05");
        assertThat(Cell.decimal(new BigDecimal("12345.670")).display()).isEqualTo("12,345.670");
        assertThat(Cell.decimal(new BigDecimal("1E+3")).plain()).isEqualTo("1000");
        assertThat(Cell.percent(new BigDecimal("42.5")).display()).isEqualTo("42.5%");
        assertThat(Cell.percent(new BigDecimal("42.5")).plain()).isEqualTo("42.5");
        assertThat(Cell.date(LocalDate.of(2027, 3, 1)).display()).isEqualTo("1 March 2027");
        assertThat(Cell.date(LocalDate.of(2027, 3, 1)).plain()).isEqualTo("2027-03-01");
        assertThat(Cell.suppressed("*").display()).isEqualTo("*");
        assertThat(Cell.empty().plain()).isEmpty();
        assertThat(Cell.text("=1+1").plain()).isEqualTo("=1+1");
    }

    @Test
    void a_table_row_must_have_one_cell_per_column() {
        assertThatThrownBy(() -> Table.of("t", List.of("a", "b"), List.of(List.of(Cell.count(1)))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Table row 0 \"1 cells\": must have one cell per column (2)");
        assertThatThrownBy(() -> Table.of("t", List.of(), List.of())).hasMessageContaining("at least one column");
    }

    @Test
    void finds_every_table_in_reading_order_inside_sections() {
        Table first = Table.of("first", List.of("a"), List.of(List.of(Cell.count(1))));
        Table second = Table.of("second", List.of("a"), List.of());
        ReportDocument doc = ReportDocument.builder("Report")
                .metadata("Partnership", "North")
                .add(Paragraph.of("intro"))
                .add(Section.of("One", first, Section.of("Inner", second)))
                .add(BulletList.of("x", "y"))
                .add(KeyFigure.of("Teachers", Cell.count(42), RagStatus.GREEN, "target 40"))
                .footnote("*", "fewer than 10 pupils")
                .build();
        assertThat(doc.tables()).containsExactly(first, second);
        assertThat(doc.metadata()).containsExactly(Metadata.of("Partnership", "North"));
        assertThat(doc.footnotes()).containsExactly(Footnote.of("*", "fewer than 10 pupils"));
        assertThat(((KeyFigure) doc.blocks().get(3)).note()).isEqualTo(Optional.of("target 40"));
    }

    @Test
    void a_chart_lists_its_labels_once_in_first_seen_order() {
        Chart chart = Chart.of(
                "Attainment",
                ChartKind.LINE,
                "%",
                List.of(
                        Series.of(
                                "FSM",
                                List.of(DataPoint.of("2025", BigDecimal.ONE), DataPoint.of("2026", BigDecimal.TEN))),
                        Series.of(
                                "All",
                                List.of(DataPoint.of("2026", BigDecimal.ONE), DataPoint.of("2027", BigDecimal.ONE)))));
        assertThat(chart.labels()).containsExactly("2025", "2026", "2027");
    }

    @Test
    void a_chart_has_a_time_axis_only_when_every_point_has_a_date() {
        DataPoint baseline = DataPoint.of("1 June 2024", BigDecimal.ONE, LocalDate.of(2024, 6, 1));
        DataPoint observed = DataPoint.of("2 October 2025", BigDecimal.TEN, LocalDate.of(2025, 10, 2));
        DataPoint category = new DataPoint("Autumn", BigDecimal.TEN);

        assertThat(category.date()).isEmpty();
        assertThat(observed.date()).contains(LocalDate.of(2025, 10, 2));
        assertThat(Chart.of("t", ChartKind.LINE, "", List.of(Series.of("s", List.of(baseline, observed))))
                        .timeAxis())
                .isTrue();
        assertThat(Chart.of("t", ChartKind.LINE, "", List.of(Series.of("s", List.of(baseline, category))))
                        .timeAxis())
                .as("a mixed chart has categories")
                .isFalse();
        assertThat(Chart.of("t", ChartKind.LINE, "", List.of(Series.of("s", List.of())))
                        .timeAxis())
                .as("a chart without points has no time axis")
                .isFalse();
        assertThatThrownBy(() -> new DataPoint("x", BigDecimal.ONE, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void rag_statuses_have_words() {
        assertThat(RagStatus.RED.label()).isEqualTo("Red");
        assertThat(RagStatus.AMBER.label()).isEqualTo("Amber");
        assertThat(RagStatus.GREEN.label()).isEqualTo("Green");
        assertThat(RagStatus.NONE.label()).isEmpty();
    }
}
