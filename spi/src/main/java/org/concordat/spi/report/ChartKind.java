package org.concordat.spi.report;

/** How a {@link Chart} draws its series. */
public enum ChartKind {
    /** Bars side by side for each label: comparing schools or groups. */
    BAR,
    /** A line per series across the labels in order: a trend over terms or years. */
    LINE
}
