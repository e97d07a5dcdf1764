package org.concordat.internal.render;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.concordat.spi.ReportRenderer;
import org.concordat.spi.report.Block;
import org.concordat.spi.report.Cell;
import org.concordat.spi.report.Chart;
import org.concordat.spi.report.DataPoint;
import org.concordat.spi.report.ReportDocument;
import org.concordat.spi.report.Section;
import org.concordat.spi.report.Series;
import org.concordat.spi.report.Table;

/**
 * Renders the tables of a report (and the data of its charts, as tables) as CSV, for spreadsheets.
 *
 * <p>Shape: each table in reading order as a title row (one field: the caption), a header row and
 * its data rows; an empty line between tables. A document without tables or charts gives empty
 * output. Text outside tables (paragraphs, key figures) is not written: use another format for
 * the whole report.
 *
 * <p>Encoding (RFC 4180): UTF-8 without a byte order mark (optional, see {@link #CsvRenderer(boolean)}),
 * CRLF after every record, a field quoted with {@code "} when it holds a comma, quote, CR or LF,
 * quotes inside doubled. Typed cells are written in their plain form ({@code 1234.50}, not {@code
 * £1,234.50}) so spreadsheets read them as numbers.
 *
 * <p>Formula injection: a spreadsheet treats a field starting with {@code =}, {@code +}, {@code
 * -}, {@code @}, tab or carriage return as a formula. Every text field (captions, headings, text
 * cells, suppression symbols, chart labels) that starts with one of them is written with a single
 * quote ({@code '}) in front, which spreadsheets show as text and do not evaluate (OWASP's advice).
 * Numbers from typed cells are never changed: a leading minus there is a negative number.
 */
public final class CsvRenderer implements ReportRenderer {
    private static final String CRLF = "\r\n";

    private final boolean byteOrderMark;

    /** A CSV renderer that writes no byte order mark. */
    public CsvRenderer() {
        this(false);
    }

    /**
     * A CSV renderer.
     *
     * @param byteOrderMark whether to start the output with a UTF-8 byte order mark, which older
     *     Excel versions need to read UTF-8 (and {@code £}) correctly
     */
    public CsvRenderer(boolean byteOrderMark) {
        this.byteOrderMark = byteOrderMark;
    }

    @Override
    public String format() {
        return "csv";
    }

    @Override
    public String mediaType() {
        return "text/csv; charset=UTF-8; header=present";
    }

    @Override
    public String fileExtension() {
        return "csv";
    }

    @Override
    public void render(ReportDocument document, OutputStream out) throws IOException {
        Objects.requireNonNull(document, "document");
        Writer w = RenderText.utf8(Objects.requireNonNull(out, "out"));
        if (byteOrderMark) {
            w.write('\uFEFF');
        }
        List<List<List<String>>> tables = new ArrayList<>();
        collect(document.blocks(), tables);
        for (int i = 0; i < tables.size(); i++) {
            if (i > 0) {
                w.write(CRLF);
            }
            for (List<String> record : tables.get(i)) {
                w.write(record(record));
            }
        }
        w.flush();
    }

    private static void collect(List<Block> blocks, List<List<List<String>>> into) {
        for (Block block : blocks) {
            if (block instanceof Section s) {
                collect(s.blocks(), into);
            } else if (block instanceof Table t) {
                List<List<String>> records = new ArrayList<>();
                records.add(List.of(text(t.caption())));
                records.add(t.columns().stream().map(CsvRenderer::text).toList());
                for (List<Cell> row : t.rows()) {
                    records.add(row.stream().map(CsvRenderer::cell).toList());
                }
                into.add(records);
            } else if (block instanceof Chart c) {
                into.add(chart(c));
            }
        }
    }

    private static List<List<String>> chart(Chart c) {
        List<List<String>> records = new ArrayList<>();
        records.add(List.of(text(c.title())));
        List<String> header = new ArrayList<>();
        header.add(text(c.unit()));
        c.series().forEach(s -> header.add(text(s.name())));
        records.add(header);
        for (String label : c.labels()) {
            List<String> row = new ArrayList<>();
            row.add(text(label));
            for (Series s : c.series()) {
                row.add(s.points().stream()
                        .filter(p -> p.label().equals(label))
                        .map(DataPoint::value)
                        .map(BigDecimal::toPlainString)
                        .findFirst()
                        .orElse(""));
            }
            records.add(row);
        }
        return records;
    }

    private static String cell(Cell cell) {
        return cell instanceof Cell.Text || cell instanceof Cell.Suppressed ? text(cell.plain()) : cell.plain();
    }

    /** A text field, neutralised against formula injection (see the class description). */
    static String text(String value) {
        String s = RenderText.wellFormed(value);
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            return "'" + s;
        }
        return s;
    }

    private static String record(List<String> fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(quote(fields.get(i), fields.size() == 1));
        }
        return line.append(CRLF).toString();
    }

    private static String quote(String field, boolean only) {
        boolean needs = field.indexOf(',') >= 0
                || field.indexOf('"') >= 0
                || field.indexOf('\r') >= 0
                || field.indexOf('\n') >= 0
                // A record of one empty field would read as the empty line between tables.
                || (only && field.isEmpty());
        return needs ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}
