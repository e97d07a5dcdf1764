package org.concordat.testkit.defaults;

import java.util.List;
import java.util.function.UnaryOperator;
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

/** Test helpers over report documents. */
final class Documents {
    private Documents() {}

    /** The document with {@code f} applied to every text in it, structure unchanged. */
    static ReportDocument mapText(ReportDocument doc, UnaryOperator<String> f) {
        return new ReportDocument(
                f.apply(doc.title()),
                doc.metadata().stream()
                        .map(m -> Metadata.of(f.apply(m.key()), f.apply(m.value())))
                        .toList(),
                blocks(doc.blocks(), f),
                doc.footnotes().stream()
                        .map(n -> Footnote.of(f.apply(n.symbol()), f.apply(n.text())))
                        .toList());
    }

    private static List<Block> blocks(List<Block> blocks, UnaryOperator<String> f) {
        return blocks.stream().map(b -> block(b, f)).toList();
    }

    private static Block block(Block b, UnaryOperator<String> f) {
        if (b instanceof Section s) {
            return Section.of(f.apply(s.heading()), blocks(s.blocks(), f));
        } else if (b instanceof Paragraph p) {
            return Paragraph.of(f.apply(p.text()));
        } else if (b instanceof BulletList l) {
            return BulletList.of(l.items().stream().map(f).toList());
        } else if (b instanceof Table t) {
            return Table.of(
                    f.apply(t.caption()),
                    t.columns().stream().map(f).toList(),
                    t.rows().stream()
                            .map(r -> r.stream().map(c -> cell(c, f)).toList())
                            .toList());
        } else if (b instanceof KeyFigure k) {
            return new KeyFigure(
                    f.apply(k.label()), cell(k.value(), f), k.status(), k.note().map(f));
        } else {
            Chart c = (Chart) b;
            return Chart.of(
                    f.apply(c.title()),
                    c.kind(),
                    f.apply(c.unit()),
                    c.series().stream()
                            .map(s -> Series.of(
                                    f.apply(s.name()),
                                    s.points().stream()
                                            .map(p -> new DataPoint(f.apply(p.label()), p.value(), p.date()))
                                            .toList()))
                            .toList());
        }
    }

    private static Cell cell(Cell c, UnaryOperator<String> f) {
        if (c instanceof Cell.Text t) {
            return Cell.text(f.apply(t.text()));
        }
        if (c instanceof Cell.Suppressed s) {
            return Cell.suppressed(f.apply(s.symbol()));
        }
        return c;
    }

    /** Whether any text of the document contains {@code s}. */
    static boolean anyTextContains(ReportDocument doc, String s) {
        boolean[] found = {false};
        mapText(doc, t -> {
            found[0] |= t.contains(s);
            return t;
        });
        return found[0];
    }

    /** The text with lone surrogates replaced by U+FFFD, as every renderer promises. */
    static String wellFormed(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                out.append('\uFFFD');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
