package org.concordat.internal.render;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
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
 * Renders a report as CommonMark with GitHub-style tables. Every text is escaped: the characters
 * Markdown gives meaning to anywhere ({@code \ ` * _ [ ] < > # | ! ~ &}) get a backslash, and a
 * line that would start a list, heading or block ({@code - + = >}, {@code 1.}) has its first
 * mark escaped too, so no text can become a link, image, raw HTML, heading or table cell break.
 * Charts become tables of their data.
 */
public final class MarkdownRenderer implements ReportRenderer {
    private static final String SPECIAL = "\\`*_[]<>#|!~&";

    /** A Markdown renderer. */
    public MarkdownRenderer() {}

    @Override
    public String format() {
        return "markdown";
    }

    @Override
    public String mediaType() {
        return "text/markdown; charset=UTF-8";
    }

    @Override
    public String fileExtension() {
        return "md";
    }

    @Override
    public void render(ReportDocument document, OutputStream out) throws IOException {
        Objects.requireNonNull(document, "document");
        Writer w = RenderText.utf8(Objects.requireNonNull(out, "out"));
        w.write("# " + inline(document.title()) + "\n\n");
        for (Metadata m : document.metadata()) {
            w.write("- **" + inline(m.key()) + ":** " + inline(m.value()) + "\n");
        }
        if (!document.metadata().isEmpty()) {
            w.write("\n");
        }
        blocks(w, document.blocks(), 2);
        if (!document.footnotes().isEmpty()) {
            w.write("---\n\n");
            for (Footnote f : document.footnotes()) {
                w.write("- " + leading(f.symbol()) + " " + inline(f.text()) + "\n");
            }
            w.write("\n");
        }
        w.flush();
    }

    private void blocks(Writer w, List<Block> blocks, int level) throws IOException {
        for (Block block : blocks) {
            if (block instanceof Section s) {
                if (level <= 6) {
                    w.write("#".repeat(level) + " " + inline(s.heading()) + "\n\n");
                } else {
                    w.write("**" + inline(s.heading()) + "**\n\n");
                }
                blocks(w, s.blocks(), level + 1);
            } else if (block instanceof Paragraph p) {
                String text = paragraph(p.text());
                if (!text.isEmpty()) {
                    w.write(text + "\n\n");
                }
            } else if (block instanceof BulletList list) {
                for (String item : list.items()) {
                    w.write("- " + leading(item) + "\n");
                }
                w.write("\n");
            } else if (block instanceof Table t) {
                table(
                        w,
                        t.caption(),
                        t.columns(),
                        t.rows().stream()
                                .map(row -> row.stream().map(Cell::display).toList())
                                .toList());
            } else if (block instanceof KeyFigure k) {
                StringBuilder line = new StringBuilder(
                        "**" + inline(k.label()) + ":** " + inline(k.value().display()));
                if (!k.status().label().isEmpty()) {
                    line.append(" (").append(k.status().label()).append(')');
                }
                k.note().ifPresent(note -> line.append(" — ").append(inline(note)));
                w.write(line + "\n\n");
            } else if (block instanceof Chart c) {
                chart(w, c);
            }
        }
    }

    private void chart(Writer w, Chart c) throws IOException {
        List<String> labels = c.labels();
        List<String> columns = new java.util.ArrayList<>();
        columns.add(c.unit().isBlank() ? "" : c.unit());
        c.series().forEach(s -> columns.add(s.name()));
        List<List<String>> rows = new java.util.ArrayList<>();
        for (String label : labels) {
            List<String> row = new java.util.ArrayList<>();
            row.add(label);
            for (Series s : c.series()) {
                row.add(s.points().stream()
                        .filter(p -> p.label().equals(label))
                        .map(DataPoint::value)
                        .map(java.math.BigDecimal::toPlainString)
                        .findFirst()
                        .orElse(""));
            }
            rows.add(row);
        }
        table(
                w,
                c.title() + " (" + (c.kind() == org.concordat.spi.report.ChartKind.BAR ? "bar" : "line") + " chart)",
                columns,
                rows);
    }

    private void table(Writer w, String caption, List<String> columns, List<List<String>> rows) throws IOException {
        if (!caption.isBlank()) {
            w.write("**" + inline(caption) + "**\n\n");
        }
        w.write(row(columns));
        w.write("|" + " --- |".repeat(columns.size()) + "\n");
        for (List<String> r : rows) {
            w.write(row(r));
        }
        w.write("\n");
    }

    private static String row(List<String> cells) {
        StringBuilder line = new StringBuilder("|");
        for (String cell : cells) {
            line.append(' ').append(inline(cell)).append(" |");
        }
        return line.append('\n').toString();
    }

    /**
     * One line of escaped text inside a line (a table cell, a heading): newlines become spaces,
     * leading and trailing space is dropped.
     */
    static String inline(String text) {
        return escape(flat(text), false);
    }

    /** One line of escaped text that starts a block's content (a list item): a leading mark is escaped too. */
    static String leading(String text) {
        return escape(flat(text), true);
    }

    private static String flat(String text) {
        return RenderText.unixNewlines(RenderText.wellFormed(text))
                .replace('\n', ' ')
                .replace('\t', ' ')
                .strip();
    }

    /** Escaped lines of a paragraph, each kept on its own line with a hard break between them. */
    static String paragraph(String text) {
        String[] lines = RenderText.unixNewlines(RenderText.wellFormed(text)).split("\n", -1);
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            String escaped = escape(line.replace('\t', ' ').strip(), true);
            if (escaped.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                out.append("\\\n");
            }
            out.append(escaped);
        }
        return out.toString();
    }

    private static String escape(String line, boolean atLineStart) {
        StringBuilder out = new StringBuilder(line.length() + 8);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isISOControl(c)) {
                out.append(RenderText.REPLACEMENT);
            } else {
                if (SPECIAL.indexOf(c) >= 0 || (atLineStart && i == 0 && "-+=>".indexOf(c) >= 0)) {
                    out.append('\\');
                }
                out.append(c);
            }
        }
        // "1. text" or "1) text" at the start of a line would begin an ordered list.
        if (!atLineStart) {
            return out.toString();
        }
        int digits = 0;
        while (digits < out.length() && Character.isDigit(out.charAt(digits))) {
            digits++;
        }
        if (digits > 0 && digits < out.length() && (out.charAt(digits) == '.' || out.charAt(digits) == ')')) {
            out.insert(digits, '\\');
        }
        return out.toString();
    }
}
