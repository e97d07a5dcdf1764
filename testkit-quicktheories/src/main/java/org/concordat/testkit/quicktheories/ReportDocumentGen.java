package org.concordat.testkit.quicktheories;

import java.math.BigDecimal;
import java.util.List;
import org.concordat.spi.report.Block;
import org.concordat.spi.report.Cell;
import org.concordat.spi.report.Chart;
import org.concordat.spi.report.KeyFigure;
import org.concordat.spi.report.ReportDocument;
import org.concordat.spi.report.Table;
import org.concordat.testkit.ReportDocuments;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators of arbitrary {@link ReportDocument}s for renderer tests: the samples of
 * the neutral {@link ReportDocuments}, drawn through QuickTheories so a failing document shrinks
 * (fewer blocks, shorter texts, the first kind of each choice).
 */
public final class ReportDocumentGen {
    private ReportDocumentGen() {}

    /** The hostile texts every generator mixes in, each a known attack on some format. */
    public static List<String> hostileTexts() {
        return ReportDocuments.hostileTexts();
    }

    /** Texts: hostile ones, random Unicode of up to 30 characters, and plain words. */
    public static Gen<String> texts() {
        return SourceChoices.gen(ReportDocuments::text);
    }

    /** Decimals with up to four decimal places, positive and negative. */
    public static Gen<BigDecimal> decimals() {
        return SourceChoices.gen(ReportDocuments::decimal);
    }

    /** Cells of every kind. */
    public static Gen<Cell> cells() {
        return SourceChoices.gen(ReportDocuments::cell);
    }

    /** Tables of one to five columns and up to six rows. */
    public static Gen<Table> tables() {
        return SourceChoices.gen(ReportDocuments::table);
    }

    /** Bar and line charts of up to four series of up to six points, labels possibly repeated. */
    public static Gen<Chart> charts() {
        return SourceChoices.gen(ReportDocuments::chart);
    }

    /** Key figures of every status. */
    public static Gen<KeyFigure> keyFigures() {
        return SourceChoices.gen(ReportDocuments::keyFigure);
    }

    /** Blocks of every kind, sections nesting at most {@code depth} levels. */
    public static Gen<Block> blocks(int depth) {
        return SourceChoices.gen(c -> ReportDocuments.block(c, depth));
    }

    /** Whole documents: title, up to four metadata entries, up to six blocks, up to four footnotes. */
    public static Gen<ReportDocument> documents() {
        return SourceChoices.gen(ReportDocuments::document);
    }

    /** {@link ReportDocuments#hostileDocument()}. */
    public static ReportDocument hostileDocument() {
        return ReportDocuments.hostileDocument();
    }

    /** {@link ReportDocuments#sampleDocument()}. */
    public static ReportDocument sampleDocument() {
        return ReportDocuments.sampleDocument();
    }
}
