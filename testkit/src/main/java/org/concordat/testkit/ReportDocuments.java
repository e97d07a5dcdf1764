package org.concordat.testkit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.concordat.spi.report.Block;
import org.concordat.spi.report.BulletList;
import org.concordat.spi.report.Cell;
import org.concordat.spi.report.Chart;
import org.concordat.spi.report.ChartKind;
import org.concordat.spi.report.DataPoint;
import org.concordat.spi.report.Footnote;
import org.concordat.spi.report.KeyFigure;
import org.concordat.spi.report.Metadata;
import org.concordat.spi.report.Paragraph;
import org.concordat.spi.report.RagStatus;
import org.concordat.spi.report.ReportDocument;
import org.concordat.spi.report.Section;
import org.concordat.spi.report.Series;
import org.concordat.spi.report.Table;

/**
 * Arbitrary {@link ReportDocument}s for renderer tests, drawn from any {@link Choices}: every block
 * and cell kind, sections nested up to three deep, and texts drawn from ordinary words, random
 * Unicode (lone surrogates and control characters included) and {@link #hostileTexts()} — markup,
 * script, spreadsheet formulas, CSV and Markdown metacharacters, newlines. {@code
 * document(Choices.seeded(seed))} rebuilds the same document from the same seed; the QuickTheories
 * module's {@code ReportDocumentGen} draws the same shapes through QuickTheories so they shrink.
 */
public final class ReportDocuments {
    private static final List<String> HOSTILE = List.of(
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "\"><svg onload=alert(1)>",
            "</td></tr></table><h1>forged</h1>",
            "&amp; &lt; &#60; &",
            "=HYPERLINK(\"http://evil.example\",\"click\")",
            "=1+2",
            "+44 20 7946 0000",
            "-2+3",
            "@SUM(A1:A9)",
            "\t=cmd|' /C calc'!A0",
            "\r=1",
            "a,b,\"c\"",
            "line one\r\nline two\nline three\rfour",
            "| pipe | table |",
            "# not a heading",
            "* not a bullet",
            "1. not a list",
            "[link](javascript:alert(1))",
            "![img](http://evil.example/x.png)",
            "`code` **bold** _em_ ~~strike~~ \\backslash",
            "    indented code",
            "---",
            "]]> <!-- comment --> <![CDATA[x]]>",
            "{\"json\": true}",
            "\u0000\u0001\u0007\u001b[31mred\u001b[0m",
            "\u202Eright-to-left override",
            "emoji \uD83C\uDF93 and \u00A3 pound and \u00E9",
            "lone \uD800 surrogate and \uDC00 low",
            "",
            " ",
            "'quoted'",
            "x".repeat(300));

    private static final List<String> WORDS =
            List.of("Autumn term", "Year 9", "STEM champions", "Pupils eligible for FSM", "Bede Academy");

    private ReportDocuments() {}

    /** The hostile texts every sample mixes in, each a known attack on some format. */
    public static List<String> hostileTexts() {
        return HOSTILE;
    }

    /**
     * A text: hostile ones (3 in 10), random Basic Multilingual Plane text of up to 30 characters (3
     * in 10), any code points including lone surrogates of up to 10 (1 in 10), plain words (3 in 10).
     */
    public static String text(Choices c) {
        int kind = c.between(0, 9);
        if (kind < 3) {
            return c.pick(HOSTILE);
        }
        if (kind < 6) {
            return chars(c, 30, 0xFFFF);
        }
        if (kind < 7) {
            return chars(c, 10, Character.MAX_CODE_POINT);
        }
        return c.pick(WORDS);
    }

    private static String chars(Choices c, int maxLength, int maxCodePoint) {
        int n = c.between(0, maxLength);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.appendCodePoint(c.between(0, maxCodePoint));
        }
        return b.toString();
    }

    /** A decimal with up to four decimal places, positive or negative. */
    public static BigDecimal decimal(Choices c) {
        return BigDecimal.valueOf(c.between(-1_000_000_000_000L, 1_000_000_000_000L), c.between(0, 4));
    }

    /** A cell of any kind. */
    public static Cell cell(Choices c) {
        switch (c.between(0, 7)) {
            case 0:
                return Cell.text(text(c));
            case 1:
                return Cell.count(c.between(Long.MIN_VALUE, Long.MAX_VALUE));
            case 2:
                return Cell.decimal(decimal(c));
            case 3:
                return Cell.money(c.between(-100_000_000_00L, 100_000_000_00L));
            case 4:
                return Cell.date(LocalDate.ofEpochDay(c.between(
                        LocalDate.of(1990, 1, 1).toEpochDay(),
                        LocalDate.of(2100, 12, 31).toEpochDay())));
            case 5:
                return Cell.percent(decimal(c).movePointLeft(8));
            case 6:
                return Cell.suppressed(c.pick(List.of("*", "c", "x", "[z]", "-", "=")));
            default:
                return Cell.empty();
        }
    }

    /** A table of one to five columns and up to six rows. */
    public static Table table(Choices c) {
        int width = c.between(1, 5);
        int height = c.between(0, 6);
        List<String> columns = list(c, width, width, ReportDocuments::text);
        List<List<Cell>> rows = new ArrayList<>();
        for (int r = 0; r < height; r++) {
            rows.add(list(c, width, width, ReportDocuments::cell));
        }
        return Table.of(text(c), columns, rows);
    }

    /**
     * A bar or line chart of up to four series of up to six points, labels possibly repeated; half
     * of them over time (every point dated, dates possibly repeated and out of order), half of
     * categories.
     */
    public static Chart chart(Choices c) {
        String title = text(c);
        ChartKind kind = c.pick(List.of(ChartKind.values()));
        String unit = c.pick(List.of("", "%", "pupils", "£", "<b>unit</b>"));
        boolean dated = c.chance(50);
        return Chart.of(title, kind, unit, list(c, 0, 4, s -> Series.of(text(s), list(s, 0, 6, p -> point(p, dated)))));
    }

    private static DataPoint point(Choices c, boolean dated) {
        String label = text(c);
        BigDecimal value = decimal(c);
        return dated
                ? DataPoint.of(
                        label,
                        value,
                        LocalDate.ofEpochDay(c.between(
                                LocalDate.of(2000, 1, 1).toEpochDay(),
                                LocalDate.of(2040, 12, 31).toEpochDay())))
                : DataPoint.of(label, value);
    }

    /** A key figure of any status. */
    public static KeyFigure keyFigure(Choices c) {
        return new KeyFigure(
                text(c),
                cell(c),
                c.pick(List.of(RagStatus.values())),
                c.chance(50) ? Optional.of(text(c)) : Optional.empty());
    }

    /** A block of any kind, sections nesting at most {@code depth} levels. */
    public static Block block(Choices c, int depth) {
        switch (c.between(0, depth <= 0 ? 4 : 5)) {
            case 0:
                return Paragraph.of(text(c));
            case 1:
                return BulletList.of(list(c, 0, 5, ReportDocuments::text));
            case 2:
                return table(c);
            case 3:
                return keyFigure(c);
            case 4:
                return chart(c);
            default:
                return Section.of(text(c), list(c, 0, 3, s -> block(s, depth - 1)));
        }
    }

    /** A whole document: title, up to four metadata entries, up to six blocks, up to four footnotes. */
    public static ReportDocument document(Choices c) {
        return new ReportDocument(
                text(c),
                list(c, 0, 4, m -> Metadata.of(text(m), text(m))),
                list(c, 0, 6, b -> block(b, 3)),
                list(c, 0, 4, f -> Footnote.of(text(f), text(f))));
    }

    private static <T> List<T> list(Choices c, int min, int max, Function<Choices, T> item) {
        int n = c.between(min, max);
        List<T> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(item.apply(c));
        }
        return out;
    }

    /**
     * One document that puts every hostile text in every place a text can go: title, metadata,
     * headings, paragraphs, list items, captions, column headings, text cells, suppression symbols,
     * key figures, chart titles, units, series names, point labels and footnotes.
     */
    public static ReportDocument hostileDocument() {
        ReportDocument.Builder doc = ReportDocument.builder(String.join(" ", HOSTILE));
        List<Block> inner = new ArrayList<>();
        for (String h : HOSTILE) {
            doc.metadata(h, h).footnote(h, h);
            inner.add(Paragraph.of(h));
            inner.add(KeyFigure.of(h, Cell.text(h), RagStatus.RED, h));
        }
        inner.add(BulletList.of(HOSTILE));
        List<List<Cell>> rows = new ArrayList<>();
        for (String h : HOSTILE) {
            rows.add(List.of(Cell.text(h), Cell.suppressed(h), Cell.money(-1234)));
        }
        inner.add(Table.of(HOSTILE.get(0), List.of(HOSTILE.get(1), HOSTILE.get(5), HOSTILE.get(12)), rows));
        List<DataPoint> points = new ArrayList<>();
        for (String h : HOSTILE) {
            points.add(DataPoint.of(h, new BigDecimal("-12.5")));
        }
        inner.add(Chart.of(HOSTILE.get(0), ChartKind.BAR, HOSTILE.get(1), List.of(Series.of(HOSTILE.get(2), points))));
        inner.add(Chart.of(HOSTILE.get(3), ChartKind.LINE, "", List.of(Series.of(HOSTILE.get(0), points))));
        Section section = Section.of(HOSTILE.get(0), inner);
        doc.add(section)
                .add(Section.of(
                        HOSTILE.get(1),
                        Section.of(
                                HOSTILE.get(2),
                                Section.of(
                                        HOSTILE.get(3),
                                        Section.of(
                                                HOSTILE.get(4),
                                                Section.of(HOSTILE.get(5), Section.of(HOSTILE.get(6), section)))))));
        return doc.build();
    }

    /** A small document of the kind a partnership report holds, with one of every block kind. */
    public static ReportDocument sampleDocument() {
        return ReportDocument.builder("North Tyneside STEM Partnership: action plan")
                .metadata("Partnership", "NT-STEM-2026")
                .metadata("As of", "2027-03-01")
                .add(Section.of(
                        "Objectives",
                        Paragraph.of("Raise interest in physics among pupils eligible for free school meals."),
                        KeyFigure.of("Teachers attending CPD", Cell.count(42), RagStatus.GREEN, "target 40"),
                        Table.of(
                                "Attainment by school",
                                List.of("School", "Pupils", "Grade 4+", "Budget", "Reviewed"),
                                List.of(
                                        List.of(
                                                Cell.text("Bede Academy"),
                                                Cell.count(120),
                                                Cell.percent(new BigDecimal("61.5")),
                                                Cell.money(250000),
                                                Cell.date(LocalDate.of(2027, 2, 14))),
                                        List.of(
                                                Cell.text("St Mary's RC Primary"),
                                                Cell.suppressed("*"),
                                                Cell.suppressed("*"),
                                                Cell.money(0),
                                                Cell.empty()))),
                        Chart.of(
                                "Grade 4+ in physics",
                                ChartKind.LINE,
                                "%",
                                List.of(Series.of(
                                        "FSM",
                                        List.of(
                                                DataPoint.of("2025", new BigDecimal("38.0")),
                                                DataPoint.of("2026", new BigDecimal("44.5"))))))))
                .add(Section.of("Activities", BulletList.of("CPD: forces and motion", "Champion meeting")))
                .add(new KeyFigure("Spend to date", Cell.money(1234550), RagStatus.AMBER, Optional.empty()))
                .footnote("*", "Fewer than 10 pupils: figure withheld.")
                .build();
    }
}
