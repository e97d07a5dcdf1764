package org.concordat.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.concordat.calendar.AcademicYear;
import org.concordat.calendar.Period;
import org.concordat.evaluation.disclosure.DisclosurePolicy;
import org.concordat.evaluation.disclosure.Figure;
import org.concordat.evaluation.disclosure.Symbol;
import org.concordat.evaluation.effects.Evidence;
import org.concordat.internal.base.DayFormat;
import org.concordat.plan.Cadence;
import org.concordat.plan.Direction;
import org.concordat.plan.EvidenceDesign;
import org.concordat.plan.Measure;
import org.jspecify.annotations.Nullable;

/**
 * Where one measure stands, for one institution (or the partnership) and pupil group, at an "as
 * of" date: the latest observed value against the value expected on the straight trajectory from
 * baseline to target <em>at the date that value describes</em>, with a status, its RAG colour and
 * the reason.
 *
 * <p>Like is compared with like: a value for the year ending 31 August 2026 is compared with where
 * the trajectory stands on 31 August 2026 (or on the date of the target set for exactly that
 * period), whatever the as-of date. The as-of date only decides which observations exist and
 * whether the latest one is overdue; between collections a status does not change because the
 * calendar moved on.
 *
 * <p>Rules, in order: no observation on or before the as-of date → NO_DATA; the latest observation
 * overdue for the measure's {@link Cadence} ({@code nextDueAfter(observed)} before the as-of date)
 * → NO_DATA; the value describes a date before the baseline → NO_DATA; the value at least as good
 * as the final target → ACHIEVED; at least as good as expected at the compared date → ON_TRACK;
 * the compared date is on or after the final target date (the final target was missed) →
 * OFF_TRACK; behind by no more than the {@link ProgressPolicy} tolerance → AT_RISK; otherwise
 * OFF_TRACK. The reason names the compared date and the value expected there, and whether the
 * target set for the value's own period was met. The evidence is monitoring data without a
 * comparison group: it says where the measure stands, not why.
 */
public final class ProgressFinding {
    private static final Evidence EVIDENCE = Evidence.of(EvidenceDesign.BEFORE_AFTER_NO_COMPARISON);

    private final ProgressStatus status;
    private final String reason;
    private final @Nullable Observation latest;
    private final @Nullable LocalDate comparedAt;
    private final @Nullable BigDecimal expected;
    private final Trajectory trajectory;
    private final LocalDate asOf;

    private ProgressFinding(
            ProgressStatus status,
            String reason,
            @Nullable Observation latest,
            @Nullable LocalDate comparedAt,
            Trajectory trajectory,
            LocalDate asOf) {
        this.status = status;
        this.reason = reason;
        this.latest = latest;
        this.comparedAt = comparedAt;
        this.expected = comparedAt == null ? null : trajectory.expectedAt(comparedAt);
        this.trajectory = trajectory;
        this.asOf = asOf;
    }

    private static ProgressFinding noData(
            String reason, @Nullable Observation latest, Trajectory trajectory, LocalDate asOf) {
        return new ProgressFinding(ProgressStatus.NO_DATA, reason, latest, null, trajectory, asOf);
    }

    /**
     * Assesses a measure from its baseline and targets; see {@link #assess(Trajectory, Cadence,
     * List, LocalDate, ProgressPolicy)}.
     *
     * @throws IllegalArgumentException when the measure has no baseline value or no target value
     */
    public static ProgressFinding assess(
            Measure measure, List<Observation> observations, LocalDate asOf, ProgressPolicy policy) {
        return assess(Trajectory.of(measure), measure.cadence(), observations, asOf, policy);
    }

    /**
     * Assesses observations of one measure, institution and pupil group against a trajectory.
     * Observations that describe a date after {@code asOf} (their period ends later) are ignored;
     * the latest one (by period end) is judged at the date it describes.
     */
    public static ProgressFinding assess(
            Trajectory trajectory,
            Cadence cadence,
            List<Observation> observations,
            LocalDate asOf,
            ProgressPolicy policy) {
        Objects.requireNonNull(asOf, "asOf");
        Optional<Observation> found =
                observations.stream().filter(o -> !o.date().isAfter(asOf)).max(Comparator.comparing(Observation::date));
        if (found.isEmpty()) {
            return noData("no observation on or before " + DayFormat.uk(asOf), null, trajectory, asOf);
        }
        Observation latest = found.get();
        Optional<LocalDate> due = cadence.nextDueAfter(latest.date());
        if (due.isPresent() && due.get().isBefore(asOf)) {
            return noData(
                    "data overdue: the latest observation is for " + DayFormat.uk(latest.date())
                            + " and the next was due by " + DayFormat.uk(due.get()) + " ("
                            + cadence.name().toLowerCase(Locale.ROOT).replace('_', '-') + ")",
                    latest,
                    trajectory,
                    asOf);
        }
        Optional<Trajectory.Point> periodTarget = trajectory.targetFor(latest.period());
        LocalDate at = trajectory.comparisonDate(latest.period());
        if (at.isBefore(trajectory.baselineDate())) {
            return noData(
                    "the latest observation describes " + DayFormat.uk(at) + ", before the baseline date "
                            + DayFormat.uk(trajectory.baselineDate()) + ": progress is judged from the baseline on",
                    latest,
                    trajectory,
                    asOf);
        }
        BigDecimal expected = trajectory.expectedAt(at);
        Direction direction = trajectory.direction();
        BigDecimal value = latest.value();
        String compared = "expected " + expectedText(trajectory, at, expected) + " on " + DayFormat.uk(at) + ", "
                + where(latest.period(), at) + ": ";
        String met = periodTarget
                .map(t -> "; " + (direction.isAtLeastAsGood(value, t.value()) ? "met" : "missed") + " "
                        + targetName(latest.period(), t))
                .orElse("");
        ProgressStatus status;
        String core;
        if (direction.isAtLeastAsGood(value, trajectory.finalTarget())) {
            status = ProgressStatus.ACHIEVED;
            core = "the final target of " + trajectory.finalTarget().toPlainString() + " is met";
        } else if (direction.isAtLeastAsGood(value, expected)) {
            status = ProgressStatus.ON_TRACK;
            core = "at or ahead of it";
        } else {
            BigDecimal shortfall = expected.subtract(value).abs();
            if (!at.isBefore(trajectory.finalTargetDate())) {
                status = ProgressStatus.OFF_TRACK;
                core = "behind by " + plain(shortfall) + ", and the final target date "
                        + DayFormat.uk(trajectory.finalTargetDate()) + " has passed without the target "
                        + trajectory.finalTarget().toPlainString();
            } else {
                BigDecimal tolerance = policy.toleranceFor(trajectory);
                boolean within = shortfall.compareTo(tolerance) <= 0;
                status = within ? ProgressStatus.AT_RISK : ProgressStatus.OFF_TRACK;
                core = "behind by " + plain(shortfall) + ", " + (within ? "within" : "beyond") + " the tolerance of "
                        + plain(tolerance);
            }
        }
        return new ProgressFinding(status, compared + core + met, latest, at, trajectory, asOf);
    }

    /** At a point of the trajectory the expected value is that point's value, written as the plan gives it. */
    private static String expectedText(Trajectory trajectory, LocalDate at, BigDecimal expected) {
        return trajectory.pointOn(at).map(p -> p.value().toPlainString()).orElseGet(() -> plain(expected));
    }

    private static String where(Period observed, LocalDate at) {
        if (!at.equals(observed.end())) {
            return "the date of the target for the period the value describes";
        }
        return observed.days() == 1 ? "the date of the observation" : "the end of the period the value describes";
    }

    /** E.g. "the 2025/26 target of 34.0", "the target of 12 for 31 March 2026". */
    private static String targetName(Period observed, Trajectory.Point target) {
        String value = target.value().toPlainString();
        AcademicYear year = AcademicYear.containing(observed.start());
        if (year.period().equals(observed)) {
            return "the " + year + " target of " + value;
        }
        return "the target of " + value + " for "
                + (observed.days() == 1
                        ? DayFormat.uk(observed.end())
                        : DayFormat.uk(observed.start()) + " to " + DayFormat.uk(observed.end()));
    }

    private static String plain(BigDecimal value) {
        BigDecimal v = value.scale() > 2 ? value.setScale(2, RoundingMode.HALF_UP) : value;
        return v.stripTrailingZeros().toPlainString();
    }

    /** The status. */
    public ProgressStatus status() {
        return status;
    }

    /**
     * Why the status was given, naming the date compared at and the value expected there, e.g.
     * "expected 34.0 on 31 August 2026, the end of the period the value describes: behind by 0.5,
     * within the tolerance of 0.7; missed the 2025/26 target of 34.0".
     */
    public String reason() {
        return reason;
    }

    /** The observation judged, empty when there was none. */
    public Optional<Observation> latest() {
        return Optional.ofNullable(latest);
    }

    /**
     * The date the latest value was compared with the trajectory at: the date it describes (see
     * {@link Trajectory#comparisonDate(Period)}); empty when nothing was compared ({@link
     * ProgressStatus#NO_DATA}).
     */
    public Optional<LocalDate> comparedAt() {
        return Optional.ofNullable(comparedAt);
    }

    /**
     * The value expected on the trajectory at the {@linkplain #comparedAt() compared date}; empty
     * when nothing was compared.
     */
    public Optional<BigDecimal> expected() {
        return Optional.ofNullable(expected);
    }

    /** The final target value. */
    public BigDecimal target() {
        return trajectory.finalTarget();
    }

    /** The trajectory judged against. */
    public Trajectory trajectory() {
        return trajectory;
    }

    /** The as-of date. */
    public LocalDate asOf() {
        return asOf;
    }

    /** Monitoring data without a comparison group (before-and-after, Maryland level 2). */
    public Evidence evidence() {
        return EVIDENCE;
    }

    /** Whether the judged value is about fewer pupils than the policy's threshold. */
    public boolean isSuppressed(DisclosurePolicy policy) {
        return latest != null && latest.n().map(policy::isDisclosive).orElse(false);
    }

    /** The latest value as it may be shown: {@code x} when there is none, {@code c} when suppressed. */
    public Figure shownValue(DisclosurePolicy policy) {
        if (latest == null) {
            return Figure.withheld(Symbol.UNAVAILABLE);
        }
        return isSuppressed(policy) ? Figure.withheld(Symbol.CONFIDENTIAL) : Figure.of(latest.value());
    }

    /**
     * Equal when the status, reason, latest observation, comparison date, expected value,
     * trajectory and as-of date are equal.
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof ProgressFinding f
                && f.status == status
                && f.reason.equals(reason)
                && Objects.equals(f.latest, latest)
                && Objects.equals(f.comparedAt, comparedAt)
                && Objects.equals(f.expected, expected)
                && f.trajectory.equals(trajectory)
                && f.asOf.equals(asOf);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, reason, latest, comparedAt, expected, trajectory, asOf);
    }

    @Override
    public String toString() {
        return "ProgressFinding[" + status + ": " + reason + "]";
    }
}
