package org.concordat.testkit.defaults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.concordat.spi.ReportRenderer;
import org.concordat.spi.report.Block;
import org.concordat.spi.report.BulletList;
import org.concordat.spi.report.Cell;
import org.concordat.spi.report.Chart;
import org.concordat.spi.report.DataPoint;
import org.concordat.spi.report.KeyFigure;
import org.concordat.spi.report.Paragraph;
import org.concordat.spi.report.ReportDocument;
import org.concordat.spi.report.Section;
import org.concordat.spi.report.Table;
import org.concordat.testkit.ReportDocumentGen;
import org.concordat.testkit.contract.ReportRendererContract;
import org.junit.jupiter.api.Test;

class JsonRendererTest extends ReportRendererContract {
    private static final ObjectMapper JSON =
            new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @Override
    protected ReportRenderer renderer() {
        return Defaults.renderer("json");
    }

    /** Reads the output back and checks it carries the document's texts and values exactly. */
    @Override
    protected void assertWellFormed(byte[] output, ReportDocument document) {
        JsonNode root;
        try {
            root = JSON.readTree(output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(root.get("format").asText()).isEqualTo("concordat.report");
        assertThat(root.get("version").asInt()).isEqualTo(1);
        assertThat(root.get("title").asText()).isEqualTo(Documents.wellFormed(document.title()));
        assertThat(root.get("metadata")).hasSize(document.metadata().size());
        assertThat(root.get("footnotes")).hasSize(document.footnotes().size());
        blocks(root.get("blocks"), document.blocks());
    }

    private static void blocks(JsonNode json, List<Block> blocks) {
        assertThat(json).hasSize(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            JsonNode node = json.get(i);
            Block b = blocks.get(i);
            if (b instanceof Section s) {
                assertThat(node.get("type").asText()).isEqualTo("section");
                assertThat(node.get("heading").asText()).isEqualTo(Documents.wellFormed(s.heading()));
                blocks(node.get("blocks"), s.blocks());
            } else if (b instanceof Paragraph p) {
                assertThat(node.get("text").asText()).isEqualTo(Documents.wellFormed(p.text()));
            } else if (b instanceof BulletList l) {
                assertThat(node.get("items")).hasSize(l.items().size());
            } else if (b instanceof Table t) {
                assertThat(node.get("rows")).hasSize(t.rows().size());
                for (int r = 0; r < t.rows().size(); r++) {
                    for (int c = 0; c < t.columns().size(); c++) {
                        cell(node.get("rows").get(r).get(c), t.rows().get(r).get(c));
                    }
                }
            } else if (b instanceof KeyFigure k) {
                assertThat(node.get("status").asText()).isEqualTo(k.status().name());
                cell(node.get("value"), k.value());
            } else if (b instanceof Chart c) {
                assertThat(node.get("kind").asText()).isEqualTo(c.kind().name());
                for (int s = 0; s < c.series().size(); s++) {
                    JsonNode points = node.get("series").get(s).get("points");
                    for (int p = 0; p < c.series().get(s).points().size(); p++) {
                        DataPoint point = c.series().get(s).points().get(p);
                        assertThat(points.get(p).get("value").decimalValue()).isEqualByComparingTo(point.value());
                        // A point's date is for programs: ISO 8601, present exactly when it has one.
                        assertThat(Optional.ofNullable(points.get(p).get("date"))
                                        .map(JsonNode::asText)
                                        .map(java.time.LocalDate::parse))
                                .isEqualTo(point.date());
                    }
                }
            }
        }
    }

    private static void cell(JsonNode node, Cell cell) {
        assertThat(node.get("display").asText()).isEqualTo(Documents.wellFormed(cell.display()));
        if (cell instanceof Cell.Count c) {
            assertThat(node.get("value").asLong()).isEqualTo(c.value());
        } else if (cell instanceof Cell.Money m) {
            assertThat(node.get("pence").asLong()).isEqualTo(m.pence());
        } else if (cell instanceof Cell.Decimal d) {
            assertThat(node.get("value").decimalValue()).isEqualByComparingTo(d.value());
        } else if (cell instanceof Cell.Percent p) {
            assertThat(node.get("value").decimalValue()).isEqualByComparingTo(p.percent());
        } else if (cell instanceof Cell.Text t) {
            assertThat(node.get("text").asText()).isEqualTo(Documents.wellFormed(t.text()));
        }
    }

    @Test
    void writes_the_documented_shape() {
        ReportDocument doc = ReportDocument.builder("T")
                .metadata("k", "v")
                .add(Table.of(
                        "c",
                        List.of("a", "b"),
                        List.of(List.of(Cell.money(1050), Cell.percent(new BigDecimal("42.5"))))))
                .footnote("*", "n")
                .build();
        assertThat(new String(render(doc), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo("""
                        {
                          "format" : "concordat.report",
                          "version" : 1,
                          "title" : "T",
                          "metadata" : [ {
                            "key" : "k",
                            "value" : "v"
                          } ],
                          "blocks" : [ {
                            "type" : "table",
                            "caption" : "c",
                            "columns" : [ "a", "b" ],
                            "rows" : [ [ {
                              "type" : "money",
                              "pence" : 1050,
                              "currency" : "GBP",
                              "display" : "£10.50"
                            }, {
                              "type" : "percent",
                              "value" : 42.5,
                              "display" : "42.5%"
                            } ] ]
                          } ],
                          "footnotes" : [ {
                            "symbol" : "*",
                            "text" : "n"
                          } ]
                        }
                        """);
    }

    @Test
    void reads_back_every_generated_document() {
        org.quicktheories.QuickTheory.qt()
                .withExamples(100)
                .forAll(ReportDocumentGen.documents())
                .checkAssert(doc -> assertWellFormed(render(doc), doc));
    }
}
