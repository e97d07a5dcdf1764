package org.concordat.spi.report;

import java.util.List;
import java.util.Objects;

/**
 * A chart given as data: formats that draw (HTML) draw it, others show the data as a table or
 * list, so no figure is lost.
 *
 * <p>The horizontal axis is categories (each distinct point label, evenly spaced, in first-seen
 * order) unless every point carries a date ({@link DataPoint#date()}): then it is a time axis
 * ({@link #timeAxis()}), and a format that draws places each point in proportion to its date.
 *
 * @param title what the chart shows
 * @param kind bars or lines
 * @param unit the unit of the values, e.g. {@code %} or {@code pupils}; may be empty
 * @param series the series, in legend order
 */
public record Chart(String title, ChartKind kind, String unit, List<Series> series) implements Block {
    /** Checks and copies the parts. */
    public Chart {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(unit, "unit");
        series = List.copyOf(Objects.requireNonNull(series, "series"));
    }

    /** A chart from its parts. */
    public static Chart of(String title, ChartKind kind, String unit, List<Series> series) {
        return new Chart(title, kind, unit, series);
    }

    /**
     * Whether the horizontal axis is time: the chart has at least one point and every point of
     * every series has a date. A chart mixing dated and undated points has categories.
     */
    public boolean timeAxis() {
        boolean any = false;
        for (Series s : series) {
            for (DataPoint p : s.points()) {
                if (p.date().isEmpty()) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /** The labels of every series in first-seen order, without repeats: the chart's categories. */
    public List<String> labels() {
        java.util.LinkedHashSet<String> labels = new java.util.LinkedHashSet<>();
        for (Series s : series) {
            for (DataPoint p : s.points()) {
                labels.add(p.label());
            }
        }
        return List.copyOf(labels);
    }
}
