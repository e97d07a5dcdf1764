package org.concordat.testkit.defaults;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.concordat.spi.Providers;
import org.concordat.spi.ReportRenderer;
import org.concordat.spi.report.Block;
import org.concordat.spi.report.Cell;
import org.concordat.spi.report.Chart;
import org.concordat.spi.report.DataPoint;
import org.concordat.spi.report.ReportDocument;
import org.concordat.spi.report.Section;
import org.concordat.spi.report.Series;
import org.concordat.spi.report.Table;
import org.concordat.testkit.Choices;
import org.concordat.testkit.ReportDocuments;
import org.concordat.testkit.contract.ReportRendererContract;
import org.junit.jupiter.api.Test;

class CsvRendererTest extends ReportRendererContract {
    @Override
    protected ReportRenderer renderer() {
        return Defaults.renderer("csv");
    }

    /** Parses the output back and compares every field with the document's texts, neutralised. */
    @Override
    protected void assertWellFormed(byte[] output, ReportDocument document) {
        List<List<String>> records = Rfc4180.parse(new String(output, StandardCharsets.UTF_8));
        assertThat(records).isEqualTo(expected(document));
    }

    /** The documented neutralisation: a text starting with = + - @ tab or CR gets a ' in front. */
    static String neutralised(String text) {
        String s = Documents.wellFormed(text);
        return !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    }

    private static List<List<String>> expected(ReportDocument document) {
        List<List<List<String>>> tables = new ArrayList<>();
        collect(document.blocks(), tables);
        List<List<String>> records = new ArrayList<>();
        for (int i = 0; i < tables.size(); i++) {
            if (i > 0) {
                records.add(List.of());
            }
            records.addAll(tables.get(i));
        }
        return records;
    }

    private static void collect(List<Block> blocks, List<List<List<String>>> tables) {
        for (Block b : blocks) {
            if (b instanceof Section s) {
                collect(s.blocks(), tables);
            } else if (b instanceof Table t) {
                List<List<String>> table = new ArrayList<>();
                table.add(List.of(neutralised(t.caption())));
                table.add(t.columns().stream().map(CsvRendererTest::neutralised).toList());
                for (List<Cell> row : t.rows()) {
                    table.add(row.stream()
                            .map(c -> c instanceof Cell.Text || c instanceof Cell.Suppressed
                                    ? neutralised(c.plain())
                                    : c.plain())
                            .toList());
                }
                tables.add(table);
            } else if (b instanceof Chart c) {
                List<List<String>> table = new ArrayList<>();
                table.add(List.of(neutralised(c.title())));
                List<String> header = new ArrayList<>(List.of(neutralised(c.unit())));
                c.series().forEach(s -> header.add(neutralised(s.name())));
                table.add(header);
                for (String label : c.labels()) {
                    List<String> row = new ArrayList<>(List.of(neutralised(label)));
                    for (Series s : c.series()) {
                        row.add(s.points().stream()
                                .filter(p -> p.label().equals(label))
                                .map(p -> p.value().toPlainString())
                                .findFirst()
                                .orElse(""));
                    }
                    table.add(row);
                }
                tables.add(table);
            }
        }
    }

    @Test
    void writes_each_table_with_a_title_row_and_crlf_line_ends() {
        ReportDocument doc = ReportDocument.builder("ignored")
                .add(Table.of(
                        "Budget", List.of("School", "Spend"), List.of(List.of(Cell.text("Bede"), Cell.money(-1250)))))
                .add(Chart.of(
                        "Trend",
                        org.concordat.spi.report.ChartKind.LINE,
                        "%",
                        List.of(Series.of("FSM", List.of(DataPoint.of("2026", new BigDecimal("41.5")))))))
                .build();
        assertThat(new String(render(doc), StandardCharsets.UTF_8))
                .isEqualTo("Budget\r\nSchool,Spend\r\nBede,-12.50\r\n\r\nTrend\r\n%,FSM\r\n2026,41.5\r\n");
    }

    @Test
    void neutralises_formulas_in_text_but_not_negative_numbers() {
        ReportDocument doc = ReportDocument.builder("t")
                .add(Table.of(
                        "=cmd",
                        List.of("@a", "b"),
                        List.of(
                                List.of(Cell.text("=1+2"), Cell.count(-3)),
                                List.of(Cell.text("+44 1"), Cell.decimal(new BigDecimal("-0.5"))),
                                List.of(Cell.text("-2"), Cell.percent(new BigDecimal("-1"))),
                                List.of(Cell.text("\t=x"), Cell.suppressed("=")),
                                List.of(Cell.text("a,\"b\"\r\nc"), Cell.text("ok")))))
                .build();
        assertThat(new String(render(doc), StandardCharsets.UTF_8))
                .isEqualTo("'=cmd\r\n'@a,b\r\n'=1+2,-3\r\n'+44 1,-0.5\r\n'-2,-1\r\n'\t=x,'=\r\n"
                        + "\"a,\"\"b\"\"\r\nc\",ok\r\n");
    }

    @Test
    void an_empty_caption_is_quoted_so_it_is_not_read_as_the_gap_between_tables() {
        ReportDocument doc = ReportDocument.builder("t")
                .add(Table.of("", List.of("a"), List.of()))
                .build();
        assertThat(new String(render(doc), StandardCharsets.UTF_8)).isEqualTo("\"\"\r\na\r\n");
    }

    @Test
    void writes_a_byte_order_mark_when_asked() {
        ReportRenderer withBom = Providers.rendererProvider("csv").open(Map.of("csv.bom", "true"));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            withBom.render(ReportDocuments.sampleDocument(), out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(out.toByteArray()).startsWith(0xEF, 0xBB, 0xBF);
    }

    @Test
    void parses_back_to_the_same_cell_texts_for_any_document() {
        for (long seed = 0; seed < 300; seed++) {
            ReportDocument doc = ReportDocuments.document(Choices.seeded(seed));
            assertWellFormed(render(doc), doc);
        }
    }
}
