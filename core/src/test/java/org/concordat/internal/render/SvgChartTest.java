package org.concordat.internal.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concordat.spi.report.Chart;
import org.concordat.spi.report.ChartKind;
import org.concordat.spi.report.DataPoint;
import org.concordat.spi.report.Series;
import org.junit.jupiter.api.Test;

/** The SVG drawing of a chart: where its marks are placed, read back from the SVG. */
class SvgChartTest {
    private static final Pattern CIRCLE = Pattern.compile("<circle cx=\"([0-9.-]+)\"");
    private static final Pattern TICK = Pattern.compile("<line class=\"tick\" x1=\"([0-9.-]+)\"");

    @Test
    void places_points_on_a_time_axis_in_proportion_to_their_dates() {
        LocalDate baseline = LocalDate.of(2024, 6, 1);
        LocalDate september = LocalDate.of(2025, 9, 1);
        LocalDate october = LocalDate.of(2025, 10, 2);
        Chart chart = Chart.of(
                "Attainment",
                ChartKind.LINE,
                "%",
                List.of(Series.of(
                        "Expected",
                        List.of(
                                DataPoint.of("1 June 2024 (baseline)", new BigDecimal("30"), baseline),
                                DataPoint.of("1 September 2025 (compared)", new BigDecimal("33"), september),
                                DataPoint.of("2 October 2025 (compared)", new BigDecimal("34"), october)))));

        List<Double> x = xs(CIRCLE, SvgChart.svg(chart));

        assertThat(x).hasSize(3);
        // 457 days from the baseline to September, 31 more to October: evenly spaced points would
        // put September half-way; by date it is 457/488 of the way.
        double across = x.get(2) - x.get(0);
        assertThat(across).isGreaterThan(400);
        assertThat((x.get(1) - x.get(0)) / across).isCloseTo(457.0 / 488.0, within(0.001));
        assertThat(x.get(2) - x.get(1)).isCloseTo(across * 31 / 488.0, within(0.2));
        assertThat(xs(TICK, SvgChart.svg(chart))).containsExactlyElementsOf(x);
    }

    @Test
    void draws_a_date_label_only_where_it_does_not_run_into_the_one_before() {
        Chart chart = Chart.of(
                "Attainment",
                ChartKind.LINE,
                "",
                List.of(Series.of(
                        "s",
                        List.of(
                                DataPoint.of("1 June 2024 (baseline)", BigDecimal.ONE, LocalDate.of(2024, 6, 1)),
                                DataPoint.of("1 September 2025 (compared)", BigDecimal.ONE, LocalDate.of(2025, 9, 1)),
                                DataPoint.of("2 October 2025 (target)", BigDecimal.ONE, LocalDate.of(2025, 10, 2))))));

        String svg = SvgChart.svg(chart);

        assertThat(svg).contains(">1 June 2024</tspan>", ">1 September 2025</tspan>");
        assertThat(svg)
                .as("a month after the label before: the tick only; the label stays in the tooltip")
                .doesNotContain(">2 October 2025</tspan>")
                .contains("<title>s, 2 October 2025 (target): 1</title>");
    }

    @Test
    void spaces_categories_evenly_when_points_have_no_dates() {
        Chart chart = Chart.of(
                "Attainment",
                ChartKind.LINE,
                "",
                List.of(Series.of(
                        "s",
                        List.of(
                                DataPoint.of("2024", BigDecimal.ONE),
                                DataPoint.of("2025", BigDecimal.TEN),
                                DataPoint.of("2025 again", BigDecimal.ONE)))));

        List<Double> x = xs(CIRCLE, SvgChart.svg(chart));

        assertThat(x.get(1) - x.get(0)).isCloseTo(x.get(2) - x.get(1), within(0.2));
        assertThat(SvgChart.svg(chart)).doesNotContain("class=\"tick\"");
    }

    @Test
    void x_is_monotone_in_date_on_a_time_axis() {
        qt().withExamples(300)
                .forAll(lists().of(integers().between(0, 3000)).ofSizeBetween(1, 12))
                .checkAssert(offsets -> {
                    LocalDate start = LocalDate.of(2023, 9, 1);
                    List<DataPoint> points = new ArrayList<>();
                    for (int i = 0; i < offsets.size(); i++) {
                        LocalDate date = start.plusDays(offsets.get(i));
                        points.add(DataPoint.of("point " + i, BigDecimal.valueOf(i), date));
                    }
                    Chart chart = Chart.of("t", ChartKind.LINE, "", List.of(Series.of("s", points)));

                    List<Double> x = xs(CIRCLE, SvgChart.svg(chart));

                    assertThat(x).hasSameSizeAs(points);
                    List<Integer> byDate = new ArrayList<>();
                    for (int i = 0; i < points.size(); i++) {
                        byDate.add(i);
                    }
                    byDate.sort(Comparator.comparing(i -> points.get(i).date().orElseThrow()));
                    for (int k = 1; k < byDate.size(); k++) {
                        int earlier = byDate.get(k - 1);
                        int later = byDate.get(k);
                        assertThat(x.get(later)).isGreaterThanOrEqualTo(x.get(earlier));
                        if (points.get(later).date().equals(points.get(earlier).date())) {
                            assertThat(x.get(later)).isEqualTo(x.get(earlier));
                        }
                    }
                    assertThat(x).allSatisfy(v -> assertThat(v).isBetween(0.0, 640.0));
                });
    }

    private static List<Double> xs(Pattern pattern, String svg) {
        List<Double> x = new ArrayList<>();
        Matcher m = pattern.matcher(svg);
        while (m.find()) {
            x.add(Double.parseDouble(m.group(1)));
        }
        return x;
    }
}
