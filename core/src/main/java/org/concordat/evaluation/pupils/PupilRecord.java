package org.concordat.evaluation.pupils;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.concordat.calendar.AcademicYear;
import org.concordat.calendar.YearGroup;
import org.concordat.internal.base.Checks;
import org.concordat.plan.Characteristic;
import org.jspecify.annotations.Nullable;

/**
 * One pupil's outcomes in one academic year: a pseudonymised pupil id (never a UPN), the
 * institution, the academic year and year group, census characteristics and outcome values by
 * measure id. Pupil records feed aggregate findings and never leave the school un-aggregated.
 */
public final class PupilRecord {

    private final String pupilId;
    private final String institutionId;
    private final AcademicYear academicYear;
    private final YearGroup yearGroup;
    private final Map<Characteristic, String> characteristics;
    private final Map<String, BigDecimal> outcomes;
    /**
     * Index of each characteristic's code in {@link Characteristic#codes()}, 8 bits per
     * characteristic by ordinal, 0xFF when unknown: read by the streaming aggregations without
     * touching the map.
     */
    private final long packedCodes;
    /** The outcomes again as parallel arrays, so aggregations avoid hash lookups and BigDecimal. */
    private final String[] measureIds;

    private final double[] outcomeValues;

    private static final Characteristic[] CHARACTERISTICS = Characteristic.values();

    /**
     * The largest magnitude an outcome may have, 10¹⁵: beyond it the squares a running variance
     * keeps could overflow, and no school outcome comes near it.
     */
    public static final double MAX_OUTCOME = 1e15;

    /** The rule an outcome out of range breaks, as error messages state it. */
    static final String OUTCOME_RANGE = "must be a finite decimal number between -10^15 and 10^15";

    private static final BigDecimal MAX_OUTCOME_DECIMAL = BigDecimal.valueOf(MAX_OUTCOME);

    /** Whether {@code value} is within ±{@link #MAX_OUTCOME}. */
    static boolean isOutcomeInRange(BigDecimal value) {
        return value.abs().compareTo(MAX_OUTCOME_DECIMAL) <= 0;
    }

    private PupilRecord(Builder b) {
        this.pupilId =
                requirePseudonym(Checks.requireNonBlank("pupil id", Objects.requireNonNull(b.pupilId, "pupil id")));
        this.institutionId =
                Checks.requireNonBlank("institution id", Objects.requireNonNull(b.institutionId, "institution id"));
        this.academicYear = Objects.requireNonNull(b.academicYear, "academic year");
        this.yearGroup = Objects.requireNonNull(b.yearGroup, "year group");
        this.characteristics = Collections.unmodifiableMap(new EnumMap<>(b.characteristics));
        this.outcomes = Collections.unmodifiableMap(new HashMap<>(b.outcomes));
        long packed = -1L;
        for (Characteristic c : CHARACTERISTICS) {
            String code = b.characteristics.get(c);
            if (code != null) {
                int shift = 8 * c.ordinal();
                packed = (packed & ~(0xFFL << shift)) | ((long) c.codes().indexOf(code) << shift);
            }
        }
        this.packedCodes = packed;
        this.measureIds = new String[b.outcomes.size()];
        this.outcomeValues = new double[b.outcomes.size()];
        int i = 0;
        for (Map.Entry<String, BigDecimal> e : b.outcomes.entrySet()) {
            measureIds[i] = e.getKey();
            outcomeValues[i++] = e.getValue().doubleValue();
        }
    }

    /** A builder; pupil id, institution id, academic year and year group are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** The pseudonymised pupil id. */
    public String pupilId() {
        return pupilId;
    }

    /** The institution's id (e.g. its URN), as text. */
    public String institutionId() {
        return institutionId;
    }

    /** The academic year the outcomes belong to. */
    public AcademicYear academicYear() {
        return academicYear;
    }

    /** The pupil's year group in that year. */
    public YearGroup yearGroup() {
        return yearGroup;
    }

    /** The census characteristics known for the pupil, by characteristic; codes are upper case. */
    public Map<Characteristic, String> characteristics() {
        return characteristics;
    }

    /** The pupil's code for {@code characteristic}, empty when not known. */
    public Optional<String> characteristic(Characteristic characteristic) {
        return Optional.ofNullable(characteristics.get(characteristic));
    }

    /** Outcome values by measure id. */
    public Map<String, BigDecimal> outcomes() {
        return outcomes;
    }

    /** The outcome for {@code measureId}, empty when not recorded. */
    public Optional<BigDecimal> outcome(String measureId) {
        return Optional.ofNullable(outcomes.get(measureId));
    }

    /** The index of the pupil's code in {@code characteristic.codes()}, −1 when not known. */
    int codeIndex(Characteristic characteristic) {
        int index = (int) (packedCodes >>> (8 * characteristic.ordinal())) & 0xFF;
        return index == 0xFF ? -1 : index;
    }

    /** The characteristic codes packed as in {@link PupilColumns}: 8 bits per ordinal, 0xFF unknown. */
    long packedCodes() {
        return packedCodes;
    }

    /** The outcome for {@code measureId} as a double, NaN when not recorded. */
    double outcomeAsDouble(String measureId) {
        for (int i = 0; i < measureIds.length; i++) {
            if (measureIds[i].equals(measureId)) {
                return outcomeValues[i];
            }
        }
        return Double.NaN;
    }

    /** Allocation-free lookup for the streaming aggregations. */
    @Nullable
    String characteristicOrNull(Characteristic characteristic) {
        return characteristics.get(characteristic);
    }

    /** Allocation-free lookup for the streaming aggregations. */
    @Nullable
    BigDecimal outcomeOrNull(String measureId) {
        return outcomes.get(measureId);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PupilRecord p
                && p.pupilId.equals(pupilId)
                && p.institutionId.equals(institutionId)
                && p.academicYear.equals(academicYear)
                && p.yearGroup == yearGroup
                && p.characteristics.equals(characteristics)
                && p.outcomes.equals(outcomes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(pupilId, institutionId, academicYear, yearGroup, characteristics, outcomes);
    }

    /** The record without its pupil id: a pupil id must never be printed next to that pupil's values. */
    @Override
    public String toString() {
        return "PupilRecord[" + institutionId + ", " + academicYear + " " + yearGroup + ", " + characteristics + ", "
                + outcomes + "]";
    }

    static String requirePseudonym(String id) {
        if (looksLikeUpn(id)) {
            // Never quote it: the value is the pupil's UPN.
            throw new IllegalArgumentException(
                    "pupil id: a value shaped like a UPN: pupil ids must be pseudonymised, never the UPN itself");
        }
        return id;
    }

    /** The shape of a UPN (ASCII letter, 11 digits, digit or letter), checked without a regex. */
    static boolean looksLikeUpn(String id) {
        if (id.length() != 13 || !isAsciiLetter(id.charAt(0))) {
            return false;
        }
        for (int i = 1; i < 12; i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        char last = id.charAt(12);
        return (last >= '0' && last <= '9') || isAsciiLetter(last);
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    /** Builds a {@link PupilRecord}. */
    public static final class Builder {
        private @Nullable String pupilId;
        private @Nullable String institutionId;
        private @Nullable AcademicYear academicYear;
        private @Nullable YearGroup yearGroup;
        private final Map<Characteristic, String> characteristics = new EnumMap<>(Characteristic.class);
        private final Map<String, BigDecimal> outcomes = new HashMap<>();

        private Builder() {}

        /** The pseudonymised pupil id; a UPN-shaped id is refused when built. */
        public Builder pupilId(String pupilId) {
            this.pupilId = pupilId;
            return this;
        }

        /** The institution's id. */
        public Builder institutionId(String institutionId) {
            this.institutionId = institutionId;
            return this;
        }

        /** The academic year. */
        public Builder academicYear(AcademicYear academicYear) {
            this.academicYear = academicYear;
            return this;
        }

        /** The year group. */
        public Builder yearGroup(YearGroup yearGroup) {
            this.yearGroup = yearGroup;
            return this;
        }

        /**
         * The pupil's code for a characteristic, normalised to upper case.
         *
         * @throws IllegalArgumentException when the code is not one of the characteristic's codes
         */
        public Builder characteristic(Characteristic characteristic, String code) {
            characteristics.put(characteristic, characteristic.requireValue(code));
            return this;
        }

        /** Sets a code already normalised and checked by {@link Characteristic#requireValue}. */
        Builder checkedCharacteristic(Characteristic characteristic, String code) {
            characteristics.put(characteristic, code);
            return this;
        }

        /**
         * An outcome value for a measure.
         *
         * @throws IllegalArgumentException when the measure id is blank or the value is beyond ±{@link
         *     #MAX_OUTCOME}
         */
        public Builder outcome(String measureId, BigDecimal value) {
            Checks.requireNonBlank("measure id", measureId);
            if (!isOutcomeInRange(Objects.requireNonNull(value, "value"))) {
                throw new IllegalArgumentException(Checks.describe("outcome " + measureId, value, OUTCOME_RANGE));
            }
            outcomes.put(measureId, value);
            return this;
        }

        /**
         * The record.
         *
         * @throws IllegalArgumentException when the pupil id looks like a UPN or an id is blank
         * @throws NullPointerException naming a required field that was not set
         */
        public PupilRecord build() {
            return new PupilRecord(this);
        }
    }
}
