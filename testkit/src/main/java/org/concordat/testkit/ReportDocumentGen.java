package org.concordat.testkit;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of arbitrary {@link ReportDocument}s for renderer tests: every block and cell kind,
 * sections nested up to three deep, and texts drawn from ordinary words, random Unicode (lone
 * surrogates and control characters included) and {@link #hostileTexts()} — markup, script,
 * spreadsheet formulas, CSV and Markdown metacharacters, newlines.
 */
public final class ReportDocumentGen {
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

    private ReportDocumentGen() {}

    /** The hostile texts every generator mixes in, each a known attack on some format. */
    public static List<String> hostileTexts() {
        return HOSTILE;
    }

    /** Texts: hostile ones, random Unicode of up to 30 characters, and plain words. */
    public static Gen<String> texts() {
        return Generate.frequency(List.of(
                org.quicktheories.api.Pair.of(3, Generate.pick(HOSTILE)),
                org.quicktheories.api.Pair.of(
                        3, strings().basicMultilingualPlaneAlphabet().ofLengthBetween(0, 30)),
                org.quicktheories.api.Pair.of(1, strings().allPossible().ofLengthBetween(0, 10)),
                org.quicktheories.api.Pair.of(
                        3,
                        Generate.pick(List.of(
                                "Autumn term",
                                "Year 9",
                                "STEM champions",
                                "Pupils eligible for FSM",
                                "Bede Academy")))));
    }

    /** Decimals with up to four decimal places, positive and negative. */
    public static Gen<BigDecimal> decimals() {
        return longs().between(-1_000_000_000_000L, 1_000_000_000_000L)
                .zip(integers().between(0, 4), BigDecimal::valueOf);
    }

    /** Cells of every kind. */
    public static Gen<Cell> cells() {
        Gen<Cell> text = texts().map(t -> Cell.text(t));
        Gen<Cell> count = longs().all().map(Cell::count);
        Gen<Cell> decimal = decimals().map(Cell::decimal);
        Gen<Cell> money = longs().between(-100_000_000_00L, 100_000_000_00L).map(Cell::money);
        Gen<Cell> date = longs().between(
                        LocalDate.of(1990, 1, 1).toEpochDay(),
                        LocalDate.of(2100, 12, 31).toEpochDay())
                .map(d -> Cell.date(LocalDate.ofEpochDay(d)));
        Gen<Cell> percent = decimals().map(d -> Cell.percent(d.movePointLeft(8)));
        Gen<Cell> suppressed =
                Generate.pick(List.of("*", "c", "x", "[z]", "-", "=")).map(Cell::suppressed);
        Gen<Cell> empty = Generate.constant(Cell.empty());
        return oneOf(List.of(text, count, decimal, money, date, percent, suppressed, empty));
    }

    /** Tables of one to five columns and up to six rows. */
    public static Gen<Table> tables() {
        return in -> {
            int width = integers().between(1, 5).generate(in);
            int height = integers().between(0, 6).generate(in);
            List<String> columns = lists().of(texts()).ofSize(width).generate(in);
            List<List<Cell>> rows = new ArrayList<>();
            for (int r = 0; r < height; r++) {
                rows.add(lists().of(cells()).ofSize(width).generate(in));
            }
            return Table.of(texts().generate(in), columns, rows);
        };
    }

    /**
     * Bar and line charts of up to four series of up to six points, labels possibly repeated; half
     * of them over time (every point dated, dates possibly repeated and out of order), half of
     * categories.
     */
    public static Gen<Chart> charts() {
        Gen<DataPoint> undated = texts().zip(decimals(), DataPoint::of);
        Gen<LocalDate> days = longs().between(
                        LocalDate.of(2000, 1, 1).toEpochDay(),
                        LocalDate.of(2040, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
        Gen<DataPoint> dated = texts().zip(decimals(), days, DataPoint::of);
        return in -> {
            Gen<DataPoint> points = Generate.booleans().generate(in) ? dated : undated;
            Gen<Series> series = texts().zip(lists().of(points).ofSizeBetween(0, 6), Series::of);
            return Chart.of(
                    texts().generate(in),
                    Generate.enumValues(ChartKind.class).generate(in),
                    Generate.pick(List.of("", "%", "pupils", "£", "<b>unit</b>"))
                            .generate(in),
                    lists().of(series).ofSizeBetween(0, 4).generate(in));
        };
    }

    /** Key figures of every status. */
    public static Gen<KeyFigure> keyFigures() {
        return in -> new KeyFigure(
                texts().generate(in),
                cells().generate(in),
                Generate.enumValues(RagStatus.class).generate(in),
                texts().toOptionals(50).generate(in));
    }

    /** Blocks of every kind, sections nesting at most {@code depth} levels. */
    public static Gen<Block> blocks(int depth) {
        Gen<Block> paragraph = texts().map(t -> Paragraph.of(t));
        Gen<Block> list = lists().of(texts()).ofSizeBetween(0, 5).map(items -> BulletList.of(items));
        Gen<Block> table = tables().map(t -> t);
        Gen<Block> keyFigure = keyFigures().map(k -> k);
        Gen<Block> chart = charts().map(c -> c);
        if (depth <= 0) {
            return oneOf(List.of(paragraph, list, table, keyFigure, chart));
        }
        Gen<Block> section = in -> Section.of(
                texts().generate(in),
                lists().of(blocks(depth - 1)).ofSizeBetween(0, 3).generate(in));
        return oneOf(List.of(paragraph, list, table, keyFigure, chart, section));
    }

    /** Picks one of the generators evenly, then draws from it. */
    private static <T> Gen<T> oneOf(List<Gen<T>> gens) {
        Gen<Integer> index = integers().between(0, gens.size() - 1);
        return in -> gens.get(index.generate(in)).generate(in);
    }

    /** Whole documents: title, up to four metadata entries, up to six blocks, up to four footnotes. */
    public static Gen<ReportDocument> documents() {
        Gen<Metadata> metadata = texts().zip(texts(), Metadata::of);
        Gen<Footnote> footnotes = texts().zip(texts(), Footnote::of);
        return in -> new ReportDocument(
                texts().generate(in),
                lists().of(metadata).ofSizeBetween(0, 4).generate(in),
                lists().of(blocks(3)).ofSizeBetween(0, 6).generate(in),
                lists().of(footnotes).ofSizeBetween(0, 4).generate(in));
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
