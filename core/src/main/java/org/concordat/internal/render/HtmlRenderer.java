package org.concordat.internal.render;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
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
 * Renders a report as one self-contained HTML5 page: every text escaped, charts drawn as inline
 * SVG with their data in a table beside them, a stylesheet for screen and print inside the page,
 * and no external resource at all — a Content-Security-Policy forbids the page to load any (no
 * scripts, fonts, images or styles from elsewhere), so it can be mailed, archived or printed as is.
 * RAG statuses are written in words as well as colour.
 */
public final class HtmlRenderer implements ReportRenderer {
    /*
     * Tables must fit a 1280-pixel window and an A4 page without horizontal scrolling: the body is
     * at most 60rem wide and tables are set a little smaller; on screen a cell breaks a word only
     * when the word alone is wider than the cell (break-word), in print anywhere if it must, so the
     * narrowest layout always fits A4's printable width. Print: A4 with 15 mm margins, table
     * headers repeated on every page, rows, figures and key figures kept whole. The browser checks
     * (examples, BrowserReportsTest) measure both in Chromium.
     */
    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Arial,sans-serif;line-height:1.45;color:#1a1a1a;max-width:60rem;margin:2rem auto;padding:0 1rem}
            h1{font-size:1.8rem;margin-bottom:.5rem}h2{margin-top:2rem}
            dl.metadata{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:.2rem 1rem;color:#444}
            dl.metadata dt{font-weight:600}dl.metadata dd{margin:0}
            p,li,dd,dt,h1,h2,h3,h4,h5,h6,caption,figcaption,th,td{overflow-wrap:break-word}
            table{border-collapse:collapse;margin:1rem 0;width:100%;font-size:.9rem}
            caption{text-align:left;font-weight:600;padding:.3rem 0}
            th,td{border:1px solid #bbb;padding:.3rem .45rem;text-align:left;vertical-align:top}
            th{background:#f0f0f0}td.num{text-align:right;font-variant-numeric:tabular-nums}
            td.suppressed{text-align:center;color:#555}
            .key-figure{border-left:.4rem solid #999;padding:.4rem .8rem;margin:.6rem 0;background:#fafafa}
            .key-figure .value{font-size:1.4rem;font-weight:700;margin:0 .5rem}
            .rag-red{border-color:#c0392b}.rag-amber{border-color:#e07b00}.rag-green{border-color:#2e8540}
            .rag{font-weight:600}.note{color:#555}
            figure.chart{margin:1.5rem 0}figure.chart svg{display:block;width:100%;max-width:44rem;height:auto}
            footer{margin-top:2rem;border-top:1px solid #bbb}
            dl.footnotes dt{float:left;clear:left;font-weight:700;margin-right:.5rem}dl.footnotes dd{margin:0 0 .3rem 2rem}
            @media print{
            @page{size:A4;margin:15mm}
            body{max-width:none;margin:0;padding:0;font-size:9.5pt;color:#000}
            h1,h2,h3,h4,h5,h6{break-after:avoid}
            p,li,dd,dt,caption,figcaption,th,td{overflow-wrap:anywhere}
            th,td{padding:.2rem .3rem}
            thead{display:table-header-group}
            tr,figure,.key-figure,dl.metadata{break-inside:avoid}
            th{background:none}
            .key-figure{background:none;border:1px solid #000;border-left-width:.4rem}
            figure.chart svg{max-width:16cm}
            }
            """;

    /** An HTML renderer. */
    public HtmlRenderer() {}

    @Override
    public String format() {
        return "html";
    }

    @Override
    public String mediaType() {
        return "text/html; charset=UTF-8";
    }

    @Override
    public String fileExtension() {
        return "html";
    }

    @Override
    public void render(ReportDocument document, OutputStream out) throws IOException {
        Objects.requireNonNull(document, "document");
        Writer w = RenderText.utf8(Objects.requireNonNull(out, "out"));
        w.write("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n");
        w.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        w.write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                + "style-src 'unsafe-inline'; img-src data:\">\n");
        w.write("<title>" + Html.escape(document.title()) + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n");
        w.write("<body>\n<header>\n<h1>" + Html.escape(document.title()) + "</h1>\n");
        if (!document.metadata().isEmpty()) {
            w.write("<dl class=\"metadata\">\n");
            for (Metadata m : document.metadata()) {
                w.write("<dt>" + Html.escape(m.key()) + "</dt><dd>" + Html.escape(m.value()) + "</dd>\n");
            }
            w.write("</dl>\n");
        }
        w.write("</header>\n<main>\n");
        blocks(w, document.blocks(), 2);
        w.write("</main>\n");
        if (!document.footnotes().isEmpty()) {
            w.write("<footer>\n<h2>Notes</h2>\n<dl class=\"footnotes\">\n");
            for (Footnote f : document.footnotes()) {
                w.write("<dt>" + Html.escape(f.symbol()) + "</dt><dd>" + Html.escapeLines(f.text()) + "</dd>\n");
            }
            w.write("</dl>\n</footer>\n");
        }
        w.write("</body>\n</html>\n");
        w.flush();
    }

    private void blocks(Writer w, List<Block> blocks, int level) throws IOException {
        for (Block block : blocks) {
            if (block instanceof Section s) {
                int h = Math.min(level, 6);
                w.write("<section>\n<h" + h + ">" + Html.escape(s.heading()) + "</h" + h + ">\n");
                blocks(w, s.blocks(), level + 1);
                w.write("</section>\n");
            } else if (block instanceof Paragraph p) {
                w.write("<p>" + Html.escapeLines(p.text()) + "</p>\n");
            } else if (block instanceof BulletList list) {
                w.write("<ul>\n");
                for (String item : list.items()) {
                    w.write("<li>" + Html.escapeLines(item) + "</li>\n");
                }
                w.write("</ul>\n");
            } else if (block instanceof Table t) {
                table(w, t);
            } else if (block instanceof KeyFigure k) {
                String rag = k.status().name().toLowerCase(Locale.ROOT);
                w.write("<div class=\"key-figure rag-" + rag + "\"><span class=\"label\">" + Html.escape(k.label())
                        + "</span><span class=\"value\">"
                        + Html.escape(k.value().display()) + "</span>");
                if (!k.status().label().isEmpty()) {
                    w.write("<span class=\"rag\">" + k.status().label() + "</span>");
                }
                if (k.note().isPresent()) {
                    w.write(" <span class=\"note\">" + Html.escape(k.note().get()) + "</span>");
                }
                w.write("</div>\n");
            } else if (block instanceof Chart c) {
                chart(w, c);
            }
        }
    }

    private static void table(Writer w, Table t) throws IOException {
        w.write("<table>\n");
        if (!t.caption().isEmpty()) {
            w.write("<caption>" + Html.escape(t.caption()) + "</caption>\n");
        }
        w.write("<thead><tr>");
        for (String column : t.columns()) {
            w.write("<th scope=\"col\">" + Html.escape(column) + "</th>");
        }
        w.write("</tr></thead>\n<tbody>\n");
        for (List<Cell> row : t.rows()) {
            w.write("<tr>");
            for (Cell cell : row) {
                w.write("<td" + cellClass(cell) + ">" + Html.escapeLines(cell.display()) + "</td>");
            }
            w.write("</tr>\n");
        }
        w.write("</tbody>\n</table>\n");
    }

    private static String cellClass(Cell cell) {
        if (cell instanceof Cell.Suppressed) {
            return " class=\"suppressed\"";
        }
        if (cell instanceof Cell.Count
                || cell instanceof Cell.Decimal
                || cell instanceof Cell.Money
                || cell instanceof Cell.Percent) {
            return " class=\"num\"";
        }
        return "";
    }

    private static void chart(Writer w, Chart c) throws IOException {
        w.write("<figure class=\"chart\">\n<figcaption>" + Html.escape(c.title()) + "</figcaption>\n");
        w.write(SvgChart.svg(c));
        // The chart's text alternative: its values as a table, a row per series and a column per
        // category (few: a baseline, targets, dates compared), so it stays narrow.
        List<String> labels = c.labels();
        w.write("<table class=\"chart-data\">\n<caption>Values"
                + (c.unit().isBlank() ? "" : " (" + Html.escape(c.unit()) + ")") + "</caption>\n");
        w.write("<thead><tr><th scope=\"col\">Series</th>");
        for (String label : labels) {
            w.write("<th scope=\"col\">" + Html.escape(label) + "</th>");
        }
        w.write("</tr></thead>\n<tbody>\n");
        for (Series s : c.series()) {
            w.write("<tr><th scope=\"row\">" + Html.escape(s.name()) + "</th>");
            for (String label : labels) {
                String value = s.points().stream()
                        .filter(p -> p.label().equals(label))
                        .map(DataPoint::value)
                        .map(BigDecimal::toPlainString)
                        .findFirst()
                        .orElse("");
                w.write("<td class=\"num\">" + value + "</td>");
            }
            w.write("</tr>\n");
        }
        w.write("</tbody>\n</table>\n</figure>\n");
    }
}
