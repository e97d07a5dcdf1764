package org.concordat.pdf.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
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
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Builds the XHTML page a report is laid out from, as a DOM in memory: every text of the report
 * becomes a text node, never markup, so no text can add an element, an attribute or a style
 * whatever it holds. The page is never serialised, so nothing needs escaping; characters that no
 * PDF text can carry (control characters, lone surrogates) are replaced by U+FFFD.
 */
final class Xhtml {
    static final String NS = "http://www.w3.org/1999/xhtml";

    /** What the PDF's title is when the report's is blank: PDF/UA requires a title. */
    static final String UNTITLED = "Report";

    private static final String STYLE = """
            @page{size:A4;margin:18mm 16mm 20mm 16mm;
              @bottom-right{content:"Page " counter(page) " of " counter(pages);font-family:"Liberation Sans";font-size:8pt;color:#444}}
            html,body{font-family:"Liberation Sans";font-size:10pt;line-height:1.4;color:#111}
            h1{font-size:18pt;margin:0 0 6pt 0}
            h2{font-size:14pt;margin:16pt 0 6pt 0;page-break-after:avoid}
            h3{font-size:12pt;margin:12pt 0 4pt 0;page-break-after:avoid}
            h4,h5,h6{font-size:10pt;margin:10pt 0 4pt 0;page-break-after:avoid}
            p{margin:0 0 6pt 0}
            table{border-collapse:collapse;width:100%;margin:6pt 0 10pt 0;-fs-table-paginate:paginate;table-layout:auto}
            caption{text-align:left;font-weight:bold;padding:0 0 3pt 0}
            th,td{border:0.5pt solid #888;padding:3pt 4pt;text-align:left;vertical-align:top;word-wrap:break-word}
            thead th{background-color:#e8e8e8}
            tr{page-break-inside:avoid}
            td.num{text-align:right}td.suppressed{text-align:center}
            table.metadata{width:auto}table.metadata th,table.metadata td{border:none;padding:1pt 8pt 1pt 0}
            div.key-figure{border:0.5pt solid #888;border-left:4pt solid #888;padding:4pt 6pt;margin:6pt 0;page-break-inside:avoid}
            div.rag-red{border-left-color:#c0392b}div.rag-amber{border-left-color:#e07b00}div.rag-green{border-left-color:#2e8540}
            span.value{font-weight:bold;font-size:12pt;padding:0 6pt}
            span.rag{font-weight:bold}
            div.notes{margin-top:16pt;border-top:0.5pt solid #888}
            """;

    private final Document dom;

    private Xhtml(Document dom) {
        this.dom = dom;
    }

    /** The page for {@code report}, in {@code language} (a BCP 47 tag). */
    static Document of(ReportDocument report, String language) {
        Document dom;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            dom = factory.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML document builder is not available", e);
        }
        new Xhtml(dom).page(report, language);
        return dom;
    }

    /** The title the PDF carries: the report's, or {@link #UNTITLED} when that is blank. */
    static String title(ReportDocument report) {
        String title = clean(report.title()).strip();
        return title.isEmpty() ? UNTITLED : title;
    }

    /** The PDF's subject: the title, then the report's facts, e.g. "MOU; Partnership: North STEM". */
    static String description(ReportDocument report) {
        StringBuilder out = new StringBuilder(title(report));
        for (Metadata m : report.metadata()) {
            out.append("; ")
                    .append(clean(m.key()).strip())
                    .append(": ")
                    .append(clean(m.value()).strip());
        }
        return out.toString();
    }

    private void page(ReportDocument report, String language) {
        Element html = element("html");
        html.setAttribute("lang", language);
        dom.appendChild(html);
        Element head = child(html, "head");
        text(child(head, "title"), title(report));
        // PDF/UA asks for a description (the PDF's subject): the title and the report's facts.
        Element description = child(head, "meta");
        description.setAttribute("name", "subject");
        description.setAttribute("content", description(report));
        text(child(head, "style"), STYLE);
        Element body = child(html, "body");
        text(child(body, "h1"), report.title());
        if (!report.metadata().isEmpty()) {
            Element table = child(body, "table");
            table.setAttribute("class", "metadata");
            Element tbody = child(table, "tbody");
            for (Metadata m : report.metadata()) {
                Element tr = child(tbody, "tr");
                Element th = child(tr, "th");
                th.setAttribute("scope", "row");
                text(th, m.key());
                lines(child(tr, "td"), m.value());
            }
        }
        blocks(body, report.blocks(), 2);
        if (!report.footnotes().isEmpty()) {
            Element notes = child(body, "div");
            notes.setAttribute("class", "notes");
            text(child(notes, "h2"), "Notes");
            Element table = child(notes, "table");
            table.setAttribute("class", "metadata");
            Element tbody = child(table, "tbody");
            for (Footnote f : report.footnotes()) {
                Element tr = child(tbody, "tr");
                Element th = child(tr, "th");
                th.setAttribute("scope", "row");
                text(th, f.symbol());
                lines(child(tr, "td"), f.text());
            }
        }
    }

    private void blocks(Element parent, List<Block> blocks, int level) {
        for (Block block : blocks) {
            if (block instanceof Section s) {
                Element section = child(parent, "div");
                text(child(section, "h" + Math.min(level, 6)), s.heading());
                blocks(section, s.blocks(), level + 1);
            } else if (block instanceof Paragraph p) {
                lines(child(parent, "p"), p.text());
            } else if (block instanceof BulletList list) {
                Element ul = child(parent, "ul");
                for (String item : list.items()) {
                    lines(child(ul, "li"), item);
                }
            } else if (block instanceof Table t) {
                table(parent, t);
            } else if (block instanceof KeyFigure k) {
                keyFigure(parent, k);
            } else if (block instanceof Chart c) {
                chart(parent, c);
            }
        }
    }

    private void table(Element parent, Table t) {
        Element table = child(parent, "table");
        if (!t.caption().isEmpty()) {
            text(child(table, "caption"), t.caption());
        }
        Element headRow = child(child(table, "thead"), "tr");
        for (String column : t.columns()) {
            Element th = child(headRow, "th");
            th.setAttribute("scope", "col");
            text(th, column);
        }
        Element tbody = child(table, "tbody");
        for (List<Cell> row : t.rows()) {
            Element tr = child(tbody, "tr");
            for (Cell cell : row) {
                Element td = child(tr, "td");
                String kind = cellClass(cell);
                if (!kind.isEmpty()) {
                    td.setAttribute("class", kind);
                }
                lines(td, cell.display());
            }
        }
    }

    private static String cellClass(Cell cell) {
        if (cell instanceof Cell.Suppressed) {
            return "suppressed";
        }
        if (cell instanceof Cell.Count
                || cell instanceof Cell.Decimal
                || cell instanceof Cell.Money
                || cell instanceof Cell.Percent) {
            return "num";
        }
        return "";
    }

    private void keyFigure(Element parent, KeyFigure k) {
        Element div = child(parent, "div");
        div.setAttribute("class", "key-figure rag-" + k.status().name().toLowerCase(Locale.ROOT));
        Element label = child(div, "span");
        label.setAttribute("class", "label");
        text(label, k.label());
        Element value = child(div, "span");
        value.setAttribute("class", "value");
        text(value, k.value().display());
        // In words as well as colour: it must survive black-and-white printing.
        if (!k.status().label().isEmpty()) {
            Element rag = child(div, "span");
            rag.setAttribute("class", "rag");
            text(rag, k.status().label());
        }
        if (k.note().isPresent()) {
            div.appendChild(dom.createTextNode(" "));
            Element note = child(div, "span");
            note.setAttribute("class", "note");
            text(note, k.note().get());
        }
    }

    /** A chart as the table of its data: no figure is lost, and a screen reader can read it. */
    private void chart(Element parent, Chart c) {
        Element table = child(parent, "table");
        table.setAttribute("class", "chart-data");
        text(child(table, "caption"), c.title());
        Element headRow = child(child(table, "thead"), "tr");
        Element corner = child(headRow, "th");
        corner.setAttribute("scope", "col");
        text(corner, c.unit());
        for (Series s : c.series()) {
            Element th = child(headRow, "th");
            th.setAttribute("scope", "col");
            text(th, s.name());
        }
        Element tbody = child(table, "tbody");
        for (String label : c.labels()) {
            Element tr = child(tbody, "tr");
            Element th = child(tr, "th");
            th.setAttribute("scope", "row");
            text(th, label);
            for (Series s : c.series()) {
                Element td = child(tr, "td");
                td.setAttribute("class", "num");
                text(
                        td,
                        s.points().stream()
                                .filter(p -> p.label().equals(label))
                                .map(DataPoint::value)
                                .map(BigDecimal::toPlainString)
                                .findFirst()
                                .orElse(""));
            }
        }
    }

    private Element element(String name) {
        return dom.createElementNS(NS, name);
    }

    private Element child(Element parent, String name) {
        Element e = element(name);
        parent.appendChild(e);
        return e;
    }

    private void text(Element e, String text) {
        e.appendChild(dom.createTextNode(clean(text)));
    }

    /** The text with each line break kept as a {@code br}. */
    private void lines(Element e, String text) {
        String[] lines = clean(text).replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                e.appendChild(element("br"));
            }
            e.appendChild(dom.createTextNode(lines[i]));
        }
    }

    /**
     * The text with every character a PDF cannot show as text replaced by U+FFFD: control
     * characters other than tab, line feed and carriage return, the non-characters U+FFFE and U+FFFF,
     * and lone surrogates.
     */
    static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(i + 1));
                i++;
            } else if (Character.isSurrogate(c)
                    || (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r')
                    || c == '\uFFFE'
                    || c == '\uFFFF') {
                out.append('\uFFFD');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
