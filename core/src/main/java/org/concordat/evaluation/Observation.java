package org.concordat.evaluation;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.concordat.calendar.Period;
import org.concordat.internal.base.Checks;
import org.concordat.plan.MeasureValues;
import org.concordat.plan.PupilGroup;
import org.jspecify.annotations.Nullable;

/**
 * An aggregate monitoring value: a measure's value for one institution (or the whole partnership),
 * a period and a pupil group, with the number of pupils or respondents behind it (n) and its
 * source, and for a survey optionally the number of people invited to respond (so that disclosure
 * control can apply a minimum response rate). The value describes the period; it counts as observed
 * on the period's last day. Build one with {@link #builder()}: a field not known (n, the number
 * invited) is left out, never given a placeholder such as {@code -1}. (A hand-written class rather
 * than an Immutables value: the pupil-data paths build millions of them, and it keeps n and the
 * number invited as primitives behind {@code Optional} accessors.)
 */
public final class Observation {
    private final String measureId;
    private final @Nullable String institution;
    private final Period period;
    private final PupilGroup group;
    private final BigDecimal value;
    private final long n;
    private final long invited;
    private final String source;

    private Observation(
            String measureId,
            @Nullable String institution,
            Period period,
            PupilGroup group,
            BigDecimal value,
            long n,
            long invited,
            String source) {
        this.measureId = Checks.requireNonBlank("observation.measureId", measureId);
        this.institution = institution == null ? null : Checks.requireNonBlank("observation.institution", institution);
        this.period = Objects.requireNonNull(period, "period");
        this.group = Objects.requireNonNull(group, "group");
        this.value = MeasureValues.check("observation.value", Objects.requireNonNull(value, "value"));
        this.n = n;
        this.invited = invited;
        this.source = Checks.requireNonBlank("observation.source", source);
        if (n < -1) {
            throw new IllegalArgumentException(Checks.describe("observation.n", n, "must be -1 (unknown) or more"));
        }
        if (invited < -1) {
            throw new IllegalArgumentException(
                    Checks.describe("observation.invited", invited, "must be 0 or more (or not given)"));
        }
        if (invited >= 0 && n > invited) {
            throw new IllegalArgumentException(Checks.describe(
                    "observation.n",
                    n,
                    "must not exceed the number invited (" + invited + "): respondents are among those invited"));
        }
    }

    /** A builder: measure id, period, value and source are required; the rest may be left out. */
    public static Builder builder() {
        return new Builder();
    }

    /** A copy with the number invited to respond (a survey's sample), to judge the response rate. */
    public Observation withInvited(long invited) {
        return new Observation(measureId, institution, period, group, value, n, invited, source);
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

    /** Pupils or respondents behind the value, empty when not given. */
    public Optional<Long> n() {
        return n < 0 ? Optional.empty() : Optional.of(n);
    }

    /**
     * For a survey, the number of people invited to respond, so that n / invited is the response
     * rate; empty when not given.
     */
    public Optional<Long> invited() {
        return invited < 0 ? Optional.empty() : Optional.of(invited);
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
                && x.invited().equals(invited())
                && x.source.equals(source);
    }

    @Override
    public int hashCode() {
        return Objects.hash(measureId, institution, period, group, value, n(), invited(), source);
    }

    @Override
    public String toString() {
        return "Observation[" + measureId + ", " + (institution == null ? "partnership" : institution) + ", " + period
                + ", " + group + ", " + value.toPlainString() + ", n="
                + n().map(String::valueOf).orElse("?")
                + invited().map(i -> " of " + i + " invited").orElse("") + ", "
                + source + "]";
    }

    /**
     * Builds an {@link Observation}. Measure id, period, value and source are required; the
     * institution defaults to the whole partnership, the group to all pupils, n and the number
     * invited to not given. {@link #build()} checks every field.
     */
    public static final class Builder {
        private @Nullable String measureId;
        private Optional<String> institution = Optional.empty();
        private @Nullable Period period;
        private PupilGroup group = PupilGroup.ALL;
        private @Nullable BigDecimal value;
        private long n = -1;
        private long invited = -1;
        private @Nullable String source;

        private Builder() {}

        /** The measure's id (required). */
        public Builder measureId(String measureId) {
            this.measureId = measureId;
            return this;
        }

        /** The institution's id; not calling this means the whole partnership. */
        public Builder institution(String institution) {
            this.institution = Optional.of(institution);
            return this;
        }

        /** The institution, empty for the whole partnership. */
        public Builder institution(Optional<String> institution) {
            this.institution = Objects.requireNonNull(institution, "institution");
            return this;
        }

        /** The period the value describes (required). */
        public Builder period(Period period) {
            this.period = period;
            return this;
        }

        /** The pupil group (default: all pupils). */
        public Builder group(PupilGroup group) {
            this.group = Objects.requireNonNull(group, "group");
            return this;
        }

        /** The value in the measure's unit (required). */
        public Builder value(BigDecimal value) {
            this.value = value;
            return this;
        }

        /** Pupils or respondents behind the value, 0 or more (default: not given). */
        public Builder n(long n) {
            this.n = Checks.requireNonNegative("observation.n", n);
            return this;
        }

        /** For a survey, the number invited to respond, 0 or more (default: not given). */
        public Builder invited(long invited) {
            this.invited = Checks.requireNonNegative("observation.invited", invited);
            return this;
        }

        /** Where the value came from (required). */
        public Builder source(String source) {
            this.source = source;
            return this;
        }

        /**
         * The observation.
         *
         * @throws IllegalArgumentException naming the field when a required field is missing or
         *     blank, the value is outside {@link MeasureValues}' bound, or n exceeds the number
         *     invited
         */
        public Observation build() {
            return new Observation(
                    required("observation.measureId", measureId),
                    institution.orElse(null),
                    required("observation.period", period),
                    group,
                    required("observation.value", value),
                    n,
                    invited,
                    required("observation.source", source));
        }

        private static <T> T required(String field, @Nullable T value) {
            if (value == null) {
                throw new IllegalArgumentException(field + ": required, not given");
            }
            return value;
        }
    }
}
