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
 * with a zero baseline, the extreme values on the axis and a legend. Values are converted to
 * {@code double} for pixel positions only; the exact values are printed in the data table beside
 * the chart and in each mark's tooltip.
 */
final class SvgChart {
    static final List<String> PALETTE = List.of("#1b6ca8", "#e07b00", "#2e8540", "#8e44ad", "#c0392b", "#5d6d7e");
    private static final int WIDTH = 640;
    private static final int HEIGHT = 300;
    private static final int LEFT = 60;
    private static final int RIGHT = 20;
    private static final int TOP = 20;
    private static final int BOTTOM = 70;

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
        double plotHeight = HEIGHT - TOP - BOTTOM;
        double lo = min;
        double hi = max;
        java.util.function.DoubleUnaryOperator y = v -> TOP + plotHeight * (hi - v) / (hi - lo);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"")
                .append(Html.escape(chart.title()))
                .append("\">\n");
        svg.append(line(LEFT, y.applyAsDouble(0), WIDTH - RIGHT, y.applyAsDouble(0), "axis"));
        svg.append(line(LEFT, TOP, LEFT, TOP + plotHeight, "axis"));
        svg.append(text(LEFT - 6, y.applyAsDouble(max) + 4, "end", number(max)));
        svg.append(text(LEFT - 6, y.applyAsDouble(min) + 4, "end", number(min)));
        double slot = labels.isEmpty() ? plotWidth : plotWidth / labels.size();
        for (int i = 0; i < labels.size(); i++) {
            svg.append(text(LEFT + slot * (i + 0.5), HEIGHT - BOTTOM + 16, "middle", labels.get(i)));
        }
        int seriesCount = Math.max(1, chart.series().size());
        for (int s = 0; s < chart.series().size(); s++) {
            Series series = chart.series().get(s);
            String colour = PALETTE.get(s % PALETTE.size());
            if (chart.kind() == ChartKind.BAR) {
                double barWidth = slot * 0.8 / seriesCount;
                for (DataPoint p : series.points()) {
                    int i = labels.indexOf(p.label());
                    double x = LEFT + slot * i + slot * 0.1 + barWidth * s;
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
                    double x = LEFT + slot * (labels.indexOf(p.label()) + 0.5);
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
            double legendX = LEFT + (s % 3) * 190.0;
            double legendY = HEIGHT - BOTTOM + 36 + (s / 3) * 16.0;
            svg.append("<rect x=\"")
                    .append(px(legendX))
                    .append("\" y=\"")
                    .append(px(legendY - 9))
                    .append("\" width=\"10\" height=\"10\" fill=\"")
                    .append(colour)
                    .append("\"/>\n");
            svg.append(text(legendX + 14, legendY, "start", series.name()));
        }
        return svg.append("</svg>\n").toString();
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

    private static String text(double x, double y, String anchor, String text) {
        String shown = text.length() > 40 ? text.substring(0, 39) + "…" : text;
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
