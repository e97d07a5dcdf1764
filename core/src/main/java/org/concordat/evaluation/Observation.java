package org.concordat.evaluation;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.concordat.calendar.Period;
import org.concordat.internal.Checks;
import org.concordat.plan.MeasureValues;
import org.concordat.plan.PupilGroup;
import org.jspecify.annotations.Nullable;

/**
 * An aggregate monitoring value: a measure's value for one institution (or the whole partnership),
 * a period and a pupil group, with the number of pupils or respondents behind it (n) and its
 * source. The value describes the period; it counts as observed on the period's last day.
 */
public final class Observation {
    private final String measureId;
    private final @Nullable String institution;
    private final Period period;
    private final PupilGroup group;
    private final BigDecimal value;
    private final long n;
    private final String source;

    private Observation(
            String measureId,
            @Nullable String institution,
            Period period,
            PupilGroup group,
            BigDecimal value,
            long n,
            String source) {
        this.measureId = Checks.requireNonBlank("observation.measureId", measureId);
        this.institution = institution == null ? null : Checks.requireNonBlank("observation.institution", institution);
        this.period = Objects.requireNonNull(period, "period");
        this.group = Objects.requireNonNull(group, "group");
        this.value = MeasureValues.check("observation.value", Objects.requireNonNull(value, "value"));
        this.n = n;
        this.source = Checks.requireNonBlank("observation.source", source);
        if (n < -1) {
            throw new IllegalArgumentException(Checks.describe("observation.n", n, "must be -1 (unknown) or more"));
        }
    }

    /**
     * An observation for one institution, or for the partnership when {@code institution} is
     * empty; n is the number of pupils or respondents behind the value (−1 when not known).
     *
     * @throws IllegalArgumentException naming the field when an id or the source is blank, n is
     *     below −1 or the value is outside {@link MeasureValues}' bound
     */
    public static Observation of(
            String measureId,
            Optional<String> institution,
            Period period,
            PupilGroup group,
            BigDecimal value,
            long n,
            String source) {
        return new Observation(measureId, institution.orElse(null), period, group, value, n, source);
    }

    /** The measure's id. */
    public String measureId() {
        return measureId;
    }

    /** The institution, empty for the whole partnership. */
    public Optional<String> institution() {
        return Optional.ofNullable(institution);
    }

    /** The period the value describes. */
    public Period period() {
        return period;
    }

    /** The day the value counts as observed: the period's last day. */
    public java.time.LocalDate date() {
        return period.end();
    }

    /** The pupil group. */
    public PupilGroup group() {
        return group;
    }

    /** The value, in the measure's unit. */
    public BigDecimal value() {
        return value;
    }

    /** Pupils or respondents behind the value, empty when not known (given as -1). */
    public Optional<Long> n() {
        return n < 0 ? Optional.empty() : Optional.of(n);
    }

    /** Where the value came from. */
    public String source() {
        return source;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Observation x
                && x.measureId.equals(measureId)
                && Objects.equals(x.institution, institution)
                && x.period.equals(period)
                && x.group.equals(group)
                && x.value.equals(value)
                && x.n().equals(n())
                && x.source.equals(source);
    }

    @Override
    public int hashCode() {
        return Objects.hash(measureId, institution, period, group, value, n(), source);
    }

    @Override
    public String toString() {
        return "Observation[" + measureId + ", " + (institution == null ? "partnership" : institution) + ", " + period
                + ", " + group + ", " + value.toPlainString() + ", n="
                + n().map(String::valueOf).orElse("?") + ", "
                + source + "]";
    }
}
