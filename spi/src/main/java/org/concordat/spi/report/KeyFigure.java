package org.concordat.spi.report;

import java.util.Objects;
import java.util.Optional;

/**
 * A headline number with its judgement, e.g. "Teachers attending CPD: 42 (Green)".
 *
 * @param label what the figure is
 * @param value the figure, typed
 * @param status the judgement on it
 * @param note a short explanation, e.g. "target 40 by July 2027"
 */
public record KeyFigure(String label, Cell value, RagStatus status, Optional<String> note) implements Block {
    /** Checks the parts are present. */
    public KeyFigure {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(note, "note");
    }

    /** A key figure without a note. */
    public static KeyFigure of(String label, Cell value, RagStatus status) {
        return new KeyFigure(label, value, status, Optional.empty());
    }

    /** A key figure with a note. */
    public static KeyFigure of(String label, Cell value, RagStatus status, String note) {
        return new KeyFigure(label, value, status, Optional.of(note));
    }
}
