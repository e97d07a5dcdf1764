package org.concordat.spi.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A report in neutral form, for any {@link org.concordat.spi.ReportRenderer}: a title, facts about
 * the report, a body of {@link Block}s and footnotes. Built by Concordat's report builders (or by
 * anyone), rendered to Markdown, HTML, CSV, JSON or a backend's format.
 *
 * @param title the report's title
 * @param metadata facts about the report as a whole, in order
 * @param blocks the body, in order
 * @param footnotes notes referred to by symbol from cells and text
 */
public record ReportDocument(String title, List<Metadata> metadata, List<Block> blocks, List<Footnote> footnotes) {
    /** Copies the parts. */
    public ReportDocument {
        Objects.requireNonNull(title, "title");
        metadata = List.copyOf(Objects.requireNonNull(metadata, "metadata"));
        blocks = List.copyOf(Objects.requireNonNull(blocks, "blocks"));
        footnotes = List.copyOf(Objects.requireNonNull(footnotes, "footnotes"));
    }

    /** A builder for a report with the given title. */
    public static Builder builder(String title) {
        return new Builder(title);
    }

    /** Every table in the document, sections included, in reading order. */
    public List<Table> tables() {
        List<Table> tables = new ArrayList<>();
        collectTables(blocks, tables);
        return List.copyOf(tables);
    }

    private static void collectTables(List<Block> blocks, List<Table> into) {
        for (Block block : blocks) {
            if (block instanceof Table table) {
                into.add(table);
            } else if (block instanceof Section section) {
                collectTables(section.blocks(), into);
            }
        }
    }

    /** Collects the parts of a {@link ReportDocument}; not thread-safe. */
    public static final class Builder {
        private final String title;
        private final List<Metadata> metadata = new ArrayList<>();
        private final List<Block> blocks = new ArrayList<>();
        private final List<Footnote> footnotes = new ArrayList<>();

        private Builder(String title) {
            this.title = Objects.requireNonNull(title, "title");
        }

        /** Adds a fact about the report. */
        public Builder metadata(String key, String value) {
            metadata.add(Metadata.of(key, value));
            return this;
        }

        /** Adds a block to the body. */
        public Builder add(Block block) {
            blocks.add(Objects.requireNonNull(block, "block"));
            return this;
        }

        /** Adds a footnote. */
        public Builder footnote(String symbol, String text) {
            footnotes.add(Footnote.of(symbol, text));
            return this;
        }

        /** The document. */
        public ReportDocument build() {
            return new ReportDocument(title, metadata, blocks, footnotes);
        }
    }
}
