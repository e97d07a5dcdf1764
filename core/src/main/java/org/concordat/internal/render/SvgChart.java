package org.concordat.internal.render;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.concordat.spi.report.Chart;
import org.concordat.spi.report.ChartKind;
import org.concordat.spi.report.DataPoint;
import org.concordat.spi.report.Series;

/**
 * Draws a {@link Chart} as an inline SVG element: bars grouped by label, or one line per series,
 * with a zero baseline, the extreme values on the axis and a legend in two columns below the plot
 * (the drawing grows with the number of series, so no entry falls outside it). A category label
 * "31 August 2026 (target)" is drawn on two lines, date then tag, so neighbours do not collide.
 *
 * <p>A chart with a time axis ({@link Chart#timeAxis()}) places each point in proportion to its
 * date between the earliest and the latest ({@link TimeScale}), with a tick at every date; a
 * date's label (the first point's label at that date, as the report wrote it, e.g. "31 August
 * 2026 (target)") is drawn under its tick unless it would run into the label drawn before it, in
 * which case only the tick is drawn (every point keeps its label in its tooltip and in the data
 * table). Other charts space their categories evenly.
 * Values are converted to {@code double} for pixel positions only; the exact values are printed in
 * the data table beside the chart (the chart's text alternative) and in each mark's tooltip.
 */
final class SvgChart {
    static final List<String> PALETTE = List.of("#1b6ca8", "#e07b00", "#2e8540", "#8e44ad", "#c0392b", "#5d6d7e");
    private static final int WIDTH = 640;
    private static final int PLOT_HEIGHT = 210;
    private static final int LEFT = 60;
    private static final int RIGHT = 20;
    private static final int TOP = 20;
    /** Room under the plot for two lines of category labels. */
    private static final int LABELS = 44;

    /** Room at each end of a time axis, so that the first and last marks and labels stay inside. */
    private static final int EDGE = 40;
    /** The least distance between the centres of two drawn date labels ("30 September 2026" is ~95 px). */
    private static final int TICK_LABEL_GAP = 100;

    private static final int LEGEND_COLUMNS = 2;
    private static final int LEGEND_ROW = 16;
    private static final int LEGEND_CHARS = 46;

    private SvgChart() {}

    static String svg(Chart chart) {
        List<String> labels = chart.labels();
        double min = 0;
        double max = 0;
        for (Series s : chart.series()) {
            for (DataPoint p : s.points()) {
                min = Math.min(min, value(p));
                max = Math.max(max, value(p));
            }
        }
        if (max == min) {
            max = min + 1;
        }
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = PLOT_HEIGHT;
        int legendRows = (chart.series().size() + LEGEND_COLUMNS - 1) / LEGEND_COLUMNS;
        int height = TOP + PLOT_HEIGHT + LABELS + legendRows * LEGEND_ROW + 8;
        double lo = min;
        double hi = max;
        java.util.function.DoubleUnaryOperator y = v -> TOP + plotHeight * (hi - v) / (hi - lo);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(height)
                .append("\" role=\"img\" aria-label=\"")
                .append(Html.escape(chart.title()))
                .append("\">\n<title>")
                .append(Html.escape(chart.title()))
                .append("</title>\n");
        svg.append(line(LEFT, y.applyAsDouble(0), WIDTH - RIGHT, y.applyAsDouble(0), "axis"));
        svg.append(line(LEFT, TOP, LEFT, TOP + plotHeight, "axis"));
        svg.append(text(LEFT - 6, y.applyAsDouble(max) + 4, "end", number(max)));
        svg.append(text(LEFT - 6, y.applyAsDouble(min) + 4, "end", number(min)));
        double slot = labels.isEmpty() ? plotWidth : plotWidth / labels.size();
        java.util.function.ToDoubleFunction<DataPoint> centre;
        double group;
        if (chart.timeAxis()) {
            TimeScale time = TimeScale.of(chart, LEFT + EDGE, plotWidth - 2 * EDGE);
            centre = p -> time.x(p.date().orElseThrow());
            group = Math.min(slot, time.narrowestGap(chart));
            svg.append(timeTicks(chart, time));
        } else {
            centre = p -> LEFT + slot * (labels.indexOf(p.label()) + 0.5);
            group = slot;
            for (int i = 0; i < labels.size(); i++) {
                svg.append(category(LEFT + slot * (i + 0.5), TOP + PLOT_HEIGHT + 16, labels.get(i)));
            }
        }
        int seriesCount = Math.max(1, chart.series().size());
        for (int s = 0; s < chart.series().size(); s++) {
            Series series = chart.series().get(s);
            String colour = PALETTE.get(s % PALETTE.size());
            if (chart.kind() == ChartKind.BAR) {
                double barWidth = group * 0.8 / seriesCount;
                for (DataPoint p : series.points()) {
                    double x = centre.applyAsDouble(p) - group * 0.4 + barWidth * s;
                    double top = y.applyAsDouble(Math.max(0, value(p)));
                    double bottom = y.applyAsDouble(Math.min(0, value(p)));
                    svg.append("<rect x=\"")
                            .append(px(x))
                            .append("\" y=\"")
                            .append(px(top))
                            .append("\" width=\"")
                            .append(px(barWidth))
                            .append("\" height=\"")
                            .append(px(bottom - top))
                            .append("\" fill=\"")
                            .append(colour)
                            .append("\"><title>")
                            .append(tooltip(series, p, chart.unit()))
                            .append("</title></rect>\n");
                }
            } else {
                StringBuilder points = new StringBuilder();
                StringBuilder marks = new StringBuilder();
                for (DataPoint p : series.points()) {
                    double x = centre.applyAsDouble(p);
                    double yy = y.applyAsDouble(value(p));
                    points.append(px(x)).append(',').append(px(yy)).append(' ');
                    marks.append("<circle cx=\"")
                            .append(px(x))
                            .append("\" cy=\"")
                            .append(px(yy))
                            .append("\" r=\"3\" fill=\"")
                            .append(colour)
                            .append("\"><title>")
                            .append(tooltip(series, p, chart.unit()))
                            .append("</title></circle>\n");
                }
                svg.append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"")
                        .append(colour)
                        .append("\" points=\"")
                        .append(points.toString().strip())
                        .append("\"/>\n")
                        .append(marks);
            }
            double legendX = LEFT + (s % LEGEND_COLUMNS) * ((WIDTH - LEFT - RIGHT) / (double) LEGEND_COLUMNS);
            int legendRow = s / LEGEND_COLUMNS; // whole rows: the legend fills each row before the next
            double legendY = TOP + PLOT_HEIGHT + LABELS + 10 + legendRow * (double) LEGEND_ROW;
            svg.append("<rect x=\"")
                    .append(px(legendX))
                    .append("\" y=\"")
                    .append(px(legendY - 9))
                    .append("\" width=\"10\" height=\"10\" fill=\"")
                    .append(colour)
                    .append("\"/>\n");
            svg.append(text(legendX + 14, legendY, "start", series.name(), LEGEND_CHARS));
        }
        return svg.append("</svg>\n").toString();
    }

    /**
     * A tick under the plot at every date of a time axis, and the date's label under it where it
     * does not run into the label before it.
     */
    private static String timeTicks(Chart chart, TimeScale time) {
        java.util.TreeMap<java.time.LocalDate, String> dates = new java.util.TreeMap<>();
        for (Series s : chart.series()) {
            for (DataPoint p : s.points()) {
                dates.putIfAbsent(p.date().orElseThrow(), p.label());
            }
        }
        StringBuilder ticks = new StringBuilder();
        double bottom = TOP + PLOT_HEIGHT;
        double lastLabel = Double.NEGATIVE_INFINITY;
        for (var date : dates.entrySet()) {
            double x = time.x(date.getKey());
            ticks.append(line(x, bottom, x, bottom + 4, "tick"));
            if (x - lastLabel >= TICK_LABEL_GAP) {
                ticks.append(category(x, bottom + 16, date.getValue()));
                lastLabel = x;
            }
        }
        return ticks.toString();
    }

    /** The point's value as a double, kept finite so that no coordinate becomes NaN. */
    private static double value(DataPoint p) {
        double v = p.value().doubleValue();
        return Math.max(-1e300, Math.min(1e300, v));
    }

    private static String tooltip(Series series, DataPoint p, String unit) {
        return Html.escape(series.name() + ", " + p.label() + ": " + p.value().toPlainString()
                + (unit.isBlank() ? "" : " " + unit));
    }

    private static String line(double x1, double y1, double x2, double y2, String cssClass) {
        return "<line class=\"" + cssClass + "\" x1=\"" + px(x1) + "\" y1=\"" + px(y1) + "\" x2=\"" + px(x2)
                + "\" y2=\"" + px(y2) + "\" stroke=\"#333\"/>\n";
    }

    /** A category label: "date (tag)" on two lines, anything else on one. */
    private static String category(double x, double y, String label) {
        int open = label.indexOf(" (");
        if (open <= 0) {
            return text(x, y, "middle", label);
        }
        return "<text x=\"" + px(x) + "\" y=\"" + px(y) + "\" text-anchor=\"middle\" font-size=\"11\">"
                + "<tspan x=\"" + px(x) + "\">" + Html.escape(shorten(label.substring(0, open), 30)) + "</tspan>"
                + "<tspan x=\"" + px(x) + "\" dy=\"13\">" + Html.escape(shorten(label.substring(open + 1), 30))
                + "</tspan></text>\n";
    }

    private static String shorten(String text, int chars) {
        return text.length() > chars ? text.substring(0, chars - 1) + "…" : text;
    }

    private static String text(double x, double y, String anchor, String text) {
        return text(x, y, anchor, text, 40);
    }

    private static String text(double x, double y, String anchor, String text, int chars) {
        String shown = shorten(text, chars);
        return "<text x=\"" + px(x) + "\" y=\"" + px(y) + "\" text-anchor=\"" + anchor + "\" font-size=\"11\">"
                + Html.escape(shown) + "</text>\n";
    }

    private static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String px(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
