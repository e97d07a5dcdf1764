package org.concordat.spi.report;

/**
 * A red/amber/green judgement on a figure, as schools and trusts report progress. Renderers show it
 * in words as well as colour, so it survives black-and-white printing and colour blindness. It is
 * the only colour scale: core maps its own statuses (a measure's progress, an objective's status)
 * to it in one place, {@code org.concordat.event.StatusMapping}.
 */
public enum RagStatus {
    /** Off track: action needed. */
    RED,
    /** At risk: watch closely. */
    AMBER,
    /** On track. */
    GREEN,
    /** Not judged (no target, or not enough data). */
    NONE;

    /** The status in words, e.g. {@code Red}; empty for {@link #NONE}. */
    public String label() {
        return switch (this) {
            case RED -> "Red";
            case AMBER -> "Amber";
            case GREEN -> "Green";
            case NONE -> "";
        };
    }
}
