package org.concordat.evaluation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.concordat.calendar.Period;
import org.concordat.internal.base.Checks;
import org.concordat.plan.Baseline;
import org.concordat.plan.Direction;
import org.concordat.plan.Measure;
import org.concordat.plan.Target;

/**
 * The straight-line path a measure is expected to follow from its baseline through each target
 * (milestone) to the final one: between two points the expected value is interpolated linearly by
 * days; before the baseline it is the baseline, after the final target the final target.
 *
 * <p>A value is compared with the trajectory at the date it describes ({@link
 * #comparisonDate(Period)}): the end of its period, or the date of the target set for exactly that
 * period.
 */
public final class Trajectory {
    private final List<LocalDate> dates;
    private final List<BigDecimal> values;
    private final List<Optional<Period>> periods;
    private final Direction direction;

    private Trajectory(
            List<LocalDate> dates, List<BigDecimal> values, List<Optional<Period>> periods, Direction direction) {
        this.dates = dates;
        this.values = values;
        this.periods = periods;
        this.direction = direction;
    }

    /**
     * A point the trajectory runs through: its baseline or one of its targets.
     *
     * @param date the baseline's date or the target's date ("by")
     * @param value the value there, in the measure's unit
     * @param period the period a target's value describes, when the plan gives one; empty for the
     *     baseline
     * @param target whether the point is a target (false for the baseline)
     */
    public record Point(LocalDate date, BigDecimal value, Optional<Period> period, boolean target) {
        /** Checks the parts are present. */
        public Point {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(period, "period");
        }
    }

    /**
     * The trajectory from a baseline to one target.
     *
     * @throws IllegalArgumentException when the target date is not after the baseline date
     */
    public static Trajectory of(
            BigDecimal baseline, LocalDate baselineDate, BigDecimal target, LocalDate targetDate, Direction direction) {
        if (!targetDate.isAfter(baselineDate)) {
            throw new IllegalArgumentException(
                    Checks.describe("target date", targetDate, "must be after the baseline date " + baselineDate));
        }
        return new Trajectory(
                List.of(baselineDate, targetDate),
                List.of(baseline, target),
                List.of(Optional.empty(), Optional.empty()),
                direction);
    }

    /**
     * The trajectory of a measure from its baseline through its targets that have values and fall
     * after the baseline.
     *
     * @throws IllegalArgumentException naming the measure when it has no baseline value or no
     *     target value after the baseline
     */
    public static Trajectory of(Measure measure) {
        Baseline baseline = measure.baseline()
                .filter(b -> b.value().isPresent())
                .orElseThrow(() -> new IllegalArgumentException(
                        Checks.describe("measure", measure.id(), "has no baseline value to start a trajectory")));
        List<Target> targets = new ArrayList<>(measure.targets());
        targets.sort(Comparator.comparing(Target::by));
        List<LocalDate> dates = new ArrayList<>(List.of(baseline.date()));
        List<BigDecimal> values = new ArrayList<>(List.of(baseline.value().orElseThrow()));
        List<Optional<Period>> periods = new ArrayList<>(List.of(Optional.empty()));
        for (Target t : targets) {
            if (t.value().isPresent() && t.by().isAfter(dates.get(dates.size() - 1))) {
                dates.add(t.by());
                values.add(t.value().get());
                periods.add(t.period());
            }
        }
        if (dates.size() < 2) {
            throw new IllegalArgumentException(
                    Checks.describe("measure", measure.id(), "has no target value after its baseline"));
        }
        return new Trajectory(List.copyOf(dates), List.copyOf(values), List.copyOf(periods), measure.direction());
    }

    /** The value expected on {@code date}, in the measure's unit (at most 34 significant digits). */
    public BigDecimal expectedAt(LocalDate date) {
        if (!date.isAfter(dates.get(0))) {
            return values.get(0);
        }
        for (int i = 1; i < dates.size(); i++) {
            if (!date.isAfter(dates.get(i))) {
                long span = ChronoUnit.DAYS.between(dates.get(i - 1), dates.get(i));
                long done = ChronoUnit.DAYS.between(dates.get(i - 1), date);
                BigDecimal from = values.get(i - 1);
                BigDecimal change = values.get(i).subtract(from);
                return from.add(change.multiply(BigDecimal.valueOf(done))
                        .divide(BigDecimal.valueOf(span), MathContext.DECIMAL128));
            }
        }
        return finalTarget();
    }

    /**
     * The target set for the period a value describes: a target whose own period is {@code
     * observed}, else a target without a period dated {@code observed.end()}. Only targets on the
     * trajectory count (with a value, after the baseline); when several fit, the latest.
     */
    public Optional<Point> targetFor(Period observed) {
        Objects.requireNonNull(observed, "observed");
        Optional<Point> byDate = Optional.empty();
        Optional<Point> byPeriod = Optional.empty();
        for (Point p : points()) {
            if (!p.target()) {
                continue;
            }
            if (p.period().filter(observed::equals).isPresent()) {
                byPeriod = Optional.of(p);
            } else if (p.period().isEmpty() && p.date().equals(observed.end())) {
                byDate = Optional.of(p);
            }
        }
        return byPeriod.isPresent() ? byPeriod : byDate;
    }

    /**
     * The date at which a value describing {@code observed} is compared with the trajectory: the
     * date of the {@linkplain #targetFor(Period) target set for that period} when there is one (so
     * the value meets exactly that target), else the period's last day. For a value observed on one
     * day, that day.
     */
    public LocalDate comparisonDate(Period observed) {
        return targetFor(observed).map(Point::date).orElse(observed.end());
    }

    /** The points the trajectory runs through, baseline first, then each target in date order. */
    public List<Point> points() {
        List<Point> out = new ArrayList<>();
        for (int i = 0; i < dates.size(); i++) {
            out.add(new Point(dates.get(i), values.get(i), periods.get(i), i > 0));
        }
        return List.copyOf(out);
    }

    /** The point on {@code date}, if the trajectory runs through one then. */
    public Optional<Point> pointOn(LocalDate date) {
        int i = dates.indexOf(date);
        return i < 0 ? Optional.empty() : Optional.of(new Point(date, values.get(i), periods.get(i), i > 0));
    }

    /** The baseline value. */
    public BigDecimal baseline() {
        return values.get(0);
    }

    /** The baseline date. */
    public LocalDate baselineDate() {
        return dates.get(0);
    }

    /** The final target's value. */
    public BigDecimal finalTarget() {
        return values.get(values.size() - 1);
    }

    /** The final target's date. */
    public LocalDate finalTargetDate() {
        return dates.get(dates.size() - 1);
    }

    /** Which way is better. */
    public Direction direction() {
        return direction;
    }

    /** Equal when the points (dates, values and periods) and the direction are equal. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Trajectory t
                && t.dates.equals(dates)
                && t.values.equals(values)
                && t.periods.equals(periods)
                && t.direction == direction;
    }

    @Override
    public int hashCode() {
        return Objects.hash(dates, values, periods, direction);
    }

    @Override
    public String toString() {
        return "Trajectory[" + dates + " -> " + values + ", " + direction + "]";
    }
}
