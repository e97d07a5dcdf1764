package org.concordat.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.concordat.evaluation.disclosure.Figure;
import org.concordat.evaluation.effects.Evidence;
import org.concordat.plan.PupilGroup;
import org.jspecify.annotations.Nullable;

/**
 * What evaluation concludes for one measure of one objective, for one institution (or the whole
 * partnership) and pupil group: the value as it may be shown (after disclosure control), the value
 * expected on the trajectory at the date the value describes (and that date), the target, the status with its RAG colour and reason, n, whether
 * the value was suppressed, and the evidence behind it. Ready for report builders.
 */
public final class Finding {
    private final String objectiveId;
    private final String measureId;
    private final @Nullable String institution;
    private final PupilGroup group;
    private final Figure value;
    private final @Nullable BigDecimal expected;
    private final @Nullable LocalDate comparedAt;
    private final @Nullable BigDecimal target;
    private final ProgressStatus status;
    private final String reason;
    private final @Nullable Long n;
    private final boolean suppressed;
    private final Evidence evidence;

    Finding(
            String objectiveId,
            String measureId,
            @Nullable String institution,
            PupilGroup group,
            Figure value,
            @Nullable BigDecimal expected,
            @Nullable LocalDate comparedAt,
            @Nullable BigDecimal target,
            ProgressStatus status,
            String reason,
            @Nullable Long n,
            boolean suppressed,
            Evidence evidence) {
        this.objectiveId = objectiveId;
        this.measureId = measureId;
        this.institution = institution;
        this.group = group;
        this.value = value;
        this.expected = expected;
        this.comparedAt = comparedAt;
        this.target = target;
        this.status = status;
        this.reason = reason;
        this.n = n;
        this.suppressed = suppressed;
        this.evidence = evidence;
    }

    /** The objective's id. */
    public String objectiveId() {
        return objectiveId;
    }

    /** The measure's id. */
    public String measureId() {
        return measureId;
    }

    /** The institution, empty for the whole partnership. */
    public Optional<String> institution() {
        return Optional.ofNullable(institution);
    }

    /** The pupil group. */
    public PupilGroup group() {
        return group;
    }

    /** The latest value as it may be shown: a number, {@code c} (suppressed) or {@code x} (none). */
    public Figure value() {
        return value;
    }

    /**
     * The value expected on the trajectory at the {@linkplain #comparedAt() date the value was
     * compared at}; empty when nothing was compared (no trajectory, no data or data overdue).
     */
    public Optional<BigDecimal> expected() {
        return Optional.ofNullable(expected);
    }

    /**
     * The date the value was compared with the trajectory at: the date the value describes (the
     * end of its period, or the date of the target set for that period), not the as-of date; empty
     * when nothing was compared.
     */
    public Optional<LocalDate> comparedAt() {
        return Optional.ofNullable(comparedAt);
    }

    /** The final target, empty without a trajectory. */
    public Optional<BigDecimal> target() {
        return Optional.ofNullable(target);
    }

    /** The status. */
    public ProgressStatus status() {
        return status;
    }

    /** Why the status was given. */
    public String reason() {
        return reason;
    }

    /** Pupils or respondents behind the value, empty when unknown or there is no value. */
    public Optional<Long> n() {
        return Optional.ofNullable(n);
    }

    /** Whether the value was suppressed by disclosure control. */
    public boolean suppressed() {
        return suppressed;
    }

    /** The design behind the finding and its Maryland level. */
    public Evidence evidence() {
        return evidence;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Finding f
                && f.objectiveId.equals(objectiveId)
                && f.measureId.equals(measureId)
                && Objects.equals(f.institution, institution)
                && f.group.equals(group)
                && f.value.equals(value)
                && Objects.equals(f.expected, expected)
                && Objects.equals(f.comparedAt, comparedAt)
                && Objects.equals(f.target, target)
                && f.status == status
                && f.reason.equals(reason)
                && Objects.equals(f.n, n)
                && f.suppressed == suppressed
                && f.evidence.equals(evidence);
    }

    @Override
    public int hashCode() {
        return Objects.hash(objectiveId, measureId, institution, group, value, status, reason);
    }

    @Override
    public String toString() {
        return "Finding[" + objectiveId + "/" + measureId + ", " + (institution == null ? "partnership" : institution)
                + ", " + group + ", value=" + value + ", " + status + ": " + reason + "]";
    }
}
