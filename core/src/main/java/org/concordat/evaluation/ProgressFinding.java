package org.concordat.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.concordat.plan.Cadence;
import org.concordat.plan.EvidenceDesign;
import org.concordat.plan.Measure;
import org.jspecify.annotations.Nullable;

/**
 * Where one measure stands, for one institution (or the partnership) and pupil group, at an "as
 * of" date: the latest observed value against the value expected on the straight trajectory from
 * baseline to target at that date, with a status, its RAG colour and the reason.
 *
 * <p>Rules, in order: no observation on or before the as-of date → NO_DATA; the latest observation
 * overdue for the measure's {@link Cadence} ({@code nextDueAfter(observed)} before the as-of date)
 * → NO_DATA; the latest value at least as good as the final target → ACHIEVED; at least as good as
 * expected at the as-of date → ON_TRACK; the final target date passed → OFF_TRACK; behind by no
 * more than the {@link ProgressPolicy} tolerance → AT_RISK; otherwise OFF_TRACK. The evidence is
 * monitoring data without a comparison group: it says where the measure stands, not why.
 */
public final class ProgressFinding {
    private static final Evidence EVIDENCE = Evidence.of(EvidenceDesign.BEFORE_AFTER_NO_COMPARISON);

    private final ProgressStatus status;
    private final String reason;
    private final @Nullable Observation latest;
    private final BigDecimal expected;
    private final Trajectory trajectory;
    private final LocalDate asOf;

    private ProgressFinding(
            ProgressStatus status,
            String reason,
            @Nullable Observation latest,
            BigDecimal expected,
            Trajectory trajectory,
            LocalDate asOf) {
        this.status = status;
        this.reason = reason;
        this.latest = latest;
        this.expected = expected;
        this.trajectory = trajectory;
        this.asOf = asOf;
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
     * Observations after {@code asOf} are ignored; the latest one (by period end) is judged.
     */
    public static ProgressFinding assess(
            Trajectory trajectory,
            Cadence cadence,
            List<Observation> observations,
            LocalDate asOf,
            ProgressPolicy policy) {
        Objects.requireNonNull(asOf, "asOf");
        BigDecimal expected = trajectory.expectedAt(asOf);
        Optional<Observation> found =
                observations.stream().filter(o -> !o.date().isAfter(asOf)).max(Comparator.comparing(Observation::date));
        if (found.isEmpty()) {
            return new ProgressFinding(
                    ProgressStatus.NO_DATA, "no observation on or before " + asOf, null, expected, trajectory, asOf);
        }
        Observation latest = found.get();
        Optional<LocalDate> due = cadence.nextDueAfter(latest.date());
        if (due.isPresent() && due.get().isBefore(asOf)) {
            return new ProgressFinding(
                    ProgressStatus.NO_DATA,
                    "data overdue: the latest observation is for " + latest.date() + " and the next was due by "
                            + due.get() + " (" + cadence + ")",
                    latest,
                    expected,
                    trajectory,
                    asOf);
        }
        var direction = trajectory.direction();
        BigDecimal value = latest.value();
        if (direction.isAtLeastAsGood(value, trajectory.finalTarget())) {
            return new ProgressFinding(
                    ProgressStatus.ACHIEVED,
                    "the final target " + plain(trajectory.finalTarget()) + " is met",
                    latest,
                    expected,
                    trajectory,
                    asOf);
        }
        if (direction.isAtLeastAsGood(value, expected)) {
            return new ProgressFinding(
                    ProgressStatus.ON_TRACK,
                    "at or ahead of the expected " + plain(expected),
                    latest,
                    expected,
                    trajectory,
                    asOf);
        }
        if (asOf.isAfter(trajectory.finalTargetDate())) {
            return new ProgressFinding(
                    ProgressStatus.OFF_TRACK,
                    "the target date " + trajectory.finalTargetDate() + " has passed without the target "
                            + plain(trajectory.finalTarget()),
                    latest,
                    expected,
                    trajectory,
                    asOf);
        }
        BigDecimal shortfall = expected.subtract(value).abs();
        BigDecimal tolerance = policy.toleranceFor(trajectory);
        boolean within = shortfall.compareTo(tolerance) <= 0;
        return new ProgressFinding(
                within ? ProgressStatus.AT_RISK : ProgressStatus.OFF_TRACK,
                "behind the expected " + plain(expected) + " by " + plain(shortfall) + ", "
                        + (within ? "within" : "beyond") + " the tolerance of " + plain(tolerance),
                latest,
                expected,
                trajectory,
                asOf);
    }

    private static String plain(BigDecimal value) {
        BigDecimal v = value.scale() > 2 ? value.setScale(2, RoundingMode.HALF_UP) : value;
        return v.stripTrailingZeros().toPlainString();
    }

    /** The status. */
    public ProgressStatus status() {
        return status;
    }

    /** The status's RAG colour. */
    public Rag rag() {
        return status.rag();
    }

    /** Why the status was given, e.g. "behind the expected 52.5 by 3, within the tolerance of 4". */
    public String reason() {
        return reason;
    }

    /** The observation judged, empty when there was none. */
    public Optional<Observation> latest() {
        return Optional.ofNullable(latest);
    }

    /** The value expected on the trajectory at the as-of date. */
    public BigDecimal expected() {
        return expected;
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

    @Override
    public String toString() {
        return "ProgressFinding[" + status + " (" + rag() + "): " + reason + "]";
    }
}
