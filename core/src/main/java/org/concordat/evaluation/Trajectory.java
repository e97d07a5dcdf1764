package org.concordat.evaluation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.concordat.internal.Checks;
import org.concordat.plan.Baseline;
import org.concordat.plan.Direction;
import org.concordat.plan.Measure;
import org.concordat.plan.Target;

/**
 * The straight-line path a measure is expected to follow from its baseline through each target
 * (milestone) to the final one: between two points the expected value is interpolated linearly by
 * days; before the baseline it is the baseline, after the final target the final target.
 */
public final class Trajectory {
    private final List<LocalDate> dates;
    private final List<BigDecimal> values;
    private final Direction direction;

    private Trajectory(List<LocalDate> dates, List<BigDecimal> values, Direction direction) {
        this.dates = dates;
        this.values = values;
        this.direction = direction;
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
        return new Trajectory(List.of(baselineDate, targetDate), List.of(baseline, target), direction);
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
        for (Target t : targets) {
            if (t.value().isPresent() && t.by().isAfter(dates.get(dates.size() - 1))) {
                dates.add(t.by());
                values.add(t.value().get());
            }
        }
        if (dates.size() < 2) {
            throw new IllegalArgumentException(
                    Checks.describe("measure", measure.id(), "has no target value after its baseline"));
        }
        return new Trajectory(List.copyOf(dates), List.copyOf(values), measure.direction());
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

    @Override
    public String toString() {
        return "Trajectory[" + dates + " -> " + values + ", " + direction + "]";
    }
}
