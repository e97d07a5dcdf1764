package org.concordat.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.concordat.evaluation.Finding;
import org.concordat.evaluation.Trajectory;
import org.concordat.plan.Measure;
import org.concordat.plan.Objective;
import org.concordat.plan.PartnershipPlan;
import org.concordat.spi.report.Chart;
import org.concordat.spi.report.ChartKind;
import org.concordat.spi.report.DataPoint;
import org.concordat.spi.report.Series;

/**
 * The evaluation report's progress charts, as data: for each measure of an objective with a
 * judged, shown value, a line chart whose first series is the trajectory (baseline, each target,
 * and its expected value at every compared date) and whose other series each mark one finding's
 * value at the date it was compared at, named for whom it describes ("Partnership, Disadvantaged
 * pupils"). Every point carries its date, so the chart has a time axis and formats that draw place
 * points by date; labels are those dates written for people, in order, tagged {@code (baseline)},
 * {@code (target)} and {@code (compared)}, so formats that show charts as tables keep the marker.
 * A withheld value is left out: a point on a chart would show it.
 */
final class ProgressChart {
    /** The name of the trajectory series. */
    static final String TRAJECTORY = "Expected (trajectory)";

    private ProgressChart() {}

    /** The charts for {@code objective}'s measures, in measure order; none for a measure without a compared value. */
    static List<Chart> of(PartnershipPlan plan, Objective objective, List<Finding> findings, Labels labels) {
        List<Chart> charts = new ArrayList<>();
        for (Measure measure : objective.measures()) {
            List<Finding> compared = findings.stream()
                    .filter(f -> f.measureId().equals(measure.id()))
                    .filter(f -> f.comparedAt().isPresent() && f.value().isShown())
                    .filter(f -> f.value().value().isPresent())
                    .toList();
            Optional<Trajectory> trajectory = trajectory(measure);
            if (compared.isEmpty() || trajectory.isEmpty()) {
                continue;
            }
            charts.add(chart(plan, measure, trajectory.get(), compared, labels));
        }
        return List.copyOf(charts);
    }

    private static Chart chart(
            PartnershipPlan plan, Measure measure, Trajectory t, List<Finding> compared, Labels labels) {
        Map<LocalDate, TreeSet<String>> tags = new TreeMap<>();
        for (Trajectory.Point p : t.points()) {
            tags.computeIfAbsent(p.date(), d -> new TreeSet<>()).add(p.target() ? "target" : "baseline");
        }
        for (Finding f : compared) {
            tags.computeIfAbsent(f.comparedAt().orElseThrow(), d -> new TreeSet<>())
                    .add("compared");
        }
        List<DataPoint> expected = new ArrayList<>();
        tags.forEach((date, tagged) ->
                expected.add(DataPoint.of(label(date, tagged, labels), twoPlaces(t.expectedAt(date)), date)));
        List<Series> series = new ArrayList<>(List.of(Series.of(TRAJECTORY, expected)));
        for (Finding f : compared) {
            LocalDate at = f.comparedAt().orElseThrow();
            series.add(Series.of(
                    who(plan, f, labels),
                    List.of(DataPoint.of(
                            label(at, tags.get(at), labels), f.value().value().orElseThrow(), at))));
        }
        return Chart.of(
                measure.id() + ": " + measure.name() + ": each value against the trajectory at the date it describes",
                ChartKind.LINE,
                measure.unit().orElse(""),
                series);
    }

    private static Optional<Trajectory> trajectory(Measure measure) {
        try {
            return Optional.of(Trajectory.of(measure));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** E.g. {@code 31 August 2026 (target, compared)}; tags in a fixed order: baseline, compared, target. */
    private static String label(LocalDate date, java.util.SortedSet<String> tags, Labels labels) {
        return labels.day(date) + " (" + String.join(", ", tags) + ")";
    }

    private static String who(PartnershipPlan plan, Finding f, Labels labels) {
        return f.institution().map(i -> ReportText.institution(plan, i)).orElse("Partnership") + ", "
                + labels.of(f.group());
    }

    private static BigDecimal twoPlaces(BigDecimal value) {
        return value.scale() > 2 ? value.setScale(2, RoundingMode.HALF_UP) : value;
    }
}
