package org.concordat.internal.render;

import java.time.LocalDate;
import org.concordat.spi.report.Chart;
import org.concordat.spi.report.DataPoint;
import org.concordat.spi.report.Series;

/**
 * The horizontal scale of a chart over time: a date's x coordinate is in proportion to its days
 * from the chart's earliest date, so the earliest date is at {@code left}, the latest at {@code
 * left + width}, and a chart with a single date has it in the middle. Monotone: a later date is
 * never to the left of an earlier one.
 */
record TimeScale(long first, long last, double left, double width) {
    /** The scale of {@code chart}'s dates (every point must have one) over {@code width} pixels from {@code left}. */
    static TimeScale of(Chart chart, double left, double width) {
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (Series s : chart.series()) {
            for (DataPoint p : s.points()) {
                long day = p.date().orElseThrow().toEpochDay();
                first = Math.min(first, day);
                last = Math.max(last, day);
            }
        }
        return new TimeScale(first, last, left, width);
    }

    /** The x coordinate of {@code date}. */
    double x(LocalDate date) {
        if (first == last) {
            return left + width / 2;
        }
        return left + width * (date.toEpochDay() - first) / (double) (last - first);
    }

    /**
     * The narrowest distance in pixels between two of {@code chart}'s distinct dates (the whole
     * width when it has one date): room for the bars at one date not to cover the next date's.
     */
    double narrowestGap(Chart chart) {
        java.util.TreeSet<LocalDate> dates = new java.util.TreeSet<>();
        chart.series().forEach(s -> s.points().forEach(p -> dates.add(p.date().orElseThrow())));
        double gap = width;
        LocalDate before = null;
        for (LocalDate date : dates) {
            if (before != null) {
                gap = Math.min(gap, x(date) - x(before));
            }
            before = date;
        }
        return gap;
    }
}
