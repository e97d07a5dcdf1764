package org.concordat.spi.report;

import java.util.List;
import java.util.Objects;

/**
 * A headed part of a report holding further blocks, sections included; its depth in the tree
 * gives its heading level (a top-level section is level 1, under the document title).
 *
 * @param heading the heading text
 * @param blocks what the section holds, in order
 */
public record Section(String heading, List<Block> blocks) implements Block {
    /** Copies the blocks. */
    public Section {
        Objects.requireNonNull(heading, "heading");
        blocks = List.copyOf(Objects.requireNonNull(blocks, "blocks"));
    }

    /** A section of the given blocks. */
    public static Section of(String heading, List<Block> blocks) {
        return new Section(heading, blocks);
    }

    /** A section of the given blocks. */
    public static Section of(String heading, Block... blocks) {
        return new Section(heading, List.of(blocks));
    }
}
