package org.concordat.internal.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import org.concordat.spi.ReportRenderer;
import org.concordat.spi.report.Block;
import org.concordat.spi.report.BulletList;
import org.concordat.spi.report.Cell;
import org.concordat.spi.report.Chart;
import org.concordat.spi.report.DataPoint;
import org.concordat.spi.report.Footnote;
import org.concordat.spi.report.KeyFigure;
import org.concordat.spi.report.Metadata;
import org.concordat.spi.report.Paragraph;
import org.concordat.spi.report.ReportDocument;
import org.concordat.spi.report.Section;
import org.concordat.spi.report.Series;
import org.concordat.spi.report.Table;

/**
 * Renders a report as JSON in a stable, documented shape (docs/spi.md, "JSON report shape"),
 * version {@value #SHAPE_VERSION}: an object with {@code format}, {@code version}, {@code title},
 * {@code metadata}, {@code blocks} and {@code footnotes}; each block and cell an object with a
 * {@code type}. Numbers keep their exact decimal digits (read them as decimals, not doubles);
 * money is an integer number of pence with {@code "currency": "GBP"}. Output is UTF-8, indented by
 * two spaces with LF line ends, the same bytes on every platform.
 */
public final class JsonRenderer implements ReportRenderer {
    /** The version of the JSON shape; raised only on an incompatible change. */
    public static final int SHAPE_VERSION = 1;

    private static final JsonFactory FACTORY =
            JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    /** A JSON renderer. */
    public JsonRenderer() {}

    @Override
    public String format() {
        return "json";
    }

    @Override
    public String mediaType() {
        return "application/json";
    }

    @Override
    public String fileExtension() {
        return "json";
    }

    @Override
    public void render(ReportDocument document, OutputStream out) throws IOException {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(out, "out");
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
        try (JsonGenerator g = FACTORY.createGenerator(out).setPrettyPrinter(pretty)) {
            g.writeStartObject();
            g.writeStringField("format", "concordat.report");
            g.writeNumberField("version", SHAPE_VERSION);
            text(g, "title", document.title());
            g.writeArrayFieldStart("metadata");
            for (Metadata m : document.metadata()) {
                g.writeStartObject();
                text(g, "key", m.key());
                text(g, "value", m.value());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeFieldName("blocks");
            blocks(g, document.blocks());
            g.writeArrayFieldStart("footnotes");
            for (Footnote f : document.footnotes()) {
                g.writeStartObject();
                text(g, "symbol", f.symbol());
                text(g, "text", f.text());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
        out.flush();
    }

    private static void blocks(JsonGenerator g, List<Block> blocks) throws IOException {
        g.writeStartArray();
        for (Block block : blocks) {
            g.writeStartObject();
            if (block instanceof Section s) {
                g.writeStringField("type", "section");
                text(g, "heading", s.heading());
                g.writeFieldName("blocks");
                blocks(g, s.blocks());
            } else if (block instanceof Paragraph p) {
                g.writeStringField("type", "paragraph");
                text(g, "text", p.text());
            } else if (block instanceof BulletList list) {
                g.writeStringField("type", "list");
                g.writeArrayFieldStart("items");
                for (String item : list.items()) {
                    g.writeString(RenderText.wellFormed(item));
                }
                g.writeEndArray();
            } else if (block instanceof Table t) {
                g.writeStringField("type", "table");
                text(g, "caption", t.caption());
                g.writeArrayFieldStart("columns");
                for (String column : t.columns()) {
                    g.writeString(RenderText.wellFormed(column));
                }
                g.writeEndArray();
                g.writeArrayFieldStart("rows");
                for (List<Cell> row : t.rows()) {
                    g.writeStartArray();
                    for (Cell cell : row) {
                        cell(g, cell);
                    }
                    g.writeEndArray();
                }
                g.writeEndArray();
            } else if (block instanceof KeyFigure k) {
                g.writeStringField("type", "keyFigure");
                text(g, "label", k.label());
                g.writeFieldName("value");
                cell(g, k.value());
                g.writeStringField("status", k.status().name());
                if (k.note().isPresent()) {
                    text(g, "note", k.note().get());
                }
            } else if (block instanceof Chart c) {
                g.writeStringField("type", "chart");
                text(g, "title", c.title());
                g.writeStringField("kind", c.kind().name());
                text(g, "unit", c.unit());
                g.writeArrayFieldStart("series");
                for (Series s : c.series()) {
                    g.writeStartObject();
                    text(g, "name", s.name());
                    g.writeArrayFieldStart("points");
                    for (DataPoint p : s.points()) {
                        g.writeStartObject();
                        text(g, "label", p.label());
                        g.writeFieldName("value");
                        g.writeNumber(p.value());
                        if (p.date().isPresent()) {
                            g.writeStringField("date", p.date().get().toString());
                        }
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void cell(JsonGenerator g, Cell cell) throws IOException {
        g.writeStartObject();
        if (cell instanceof Cell.Text t) {
            g.writeStringField("type", "text");
            text(g, "text", t.text());
        } else if (cell instanceof Cell.Count c) {
            g.writeStringField("type", "count");
            g.writeNumberField("value", c.value());
        } else if (cell instanceof Cell.Decimal d) {
            g.writeStringField("type", "decimal");
            g.writeFieldName("value");
            g.writeNumber(d.value());
        } else if (cell instanceof Cell.Money m) {
            g.writeStringField("type", "money");
            g.writeNumberField("pence", m.pence());
            g.writeStringField("currency", "GBP");
        } else if (cell instanceof Cell.Date d) {
            g.writeStringField("type", "date");
            g.writeStringField("value", d.date().toString());
        } else if (cell instanceof Cell.Percent p) {
            g.writeStringField("type", "percent");
            g.writeFieldName("value");
            g.writeNumber(p.percent());
        } else if (cell instanceof Cell.Suppressed s) {
            g.writeStringField("type", "suppressed");
            text(g, "symbol", s.symbol());
        } else {
            g.writeStringField("type", "empty");
        }
        text(g, "display", cell.display());
        g.writeEndObject();
    }

    private static void text(JsonGenerator g, String field, String value) throws IOException {
        g.writeStringField(field, RenderText.wellFormed(value));
    }
}
