package org.concordat.spi.report;

import java.util.Objects;

/**
 * Running text. Line breaks in the text are kept where the format allows.
 *
 * @param text the text, never interpreted as markup
 */
public record Paragraph(String text) implements Block {
    /** Checks the text is present. */
    public Paragraph {
        Objects.requireNonNull(text, "text");
    }

    /** A paragraph of the text. */
    public static Paragraph of(String text) {
        return new Paragraph(text);
    }
}
