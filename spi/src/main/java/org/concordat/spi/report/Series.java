package org.concordat.spi.report;

import java.util.List;
import java.util.Objects;

/**
 * A named sequence of points in a {@link Chart}, e.g. "Pupils eligible for FSM".
 *
 * @param name the series' name, shown in the legend
 * @param points the points, in order
 */
public record Series(String name, List<DataPoint> points) {
    /** Copies the points. */
    public Series {
        Objects.requireNonNull(name, "name");
        points = List.copyOf(Objects.requireNonNull(points, "points"));
    }

    /** A series from its parts. */
    public static Series of(String name, List<DataPoint> points) {
        return new Series(name, points);
    }
}
