package org.concordat.spi.report;

import java.util.Objects;

/**
 * A note at the end of a report, referred to by its symbol, e.g. a suppression symbol
 * ("{@code *}: fewer than 10 pupils; figure withheld") or an evidence note ("{@code [1]}:
 * teachers' self-report").
 *
 * @param symbol how cells and text refer to the note, e.g. {@code *} or {@code [1]}
 * @param text the note
 */
public record Footnote(String symbol, String text) {
    /** Checks the parts are present. */
    public Footnote {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(text, "text");
    }

    /** A footnote from its parts. */
    public static Footnote of(String symbol, String text) {
        return new Footnote(symbol, text);
    }
}
