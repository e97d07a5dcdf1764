package org.concordat.evaluation.pupils;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.concordat.calendar.AcademicYear;
import org.concordat.internal.base.Checks;
import org.concordat.plan.Characteristic;

/**
 * A batch of pupil rows for one or more outcome measures held as primitive columns: the fast input of a
 * {@link GapAnalysis}. An adopter fills a batch from their MIS (or {@link PupilCsv#readColumns}
 * fills it from a CSV file), hands it to {@link GapAnalysis.Accumulator#add(PupilColumns)}, then
 * {@link #clear() clears} and refills it: memory stays proportional to the batch's capacity and
 * the number of groups, never to the number of pupils.
 *
 * <p>Each row holds an institution index and an academic-year index (into this batch's
 * dictionaries, see {@link #institution(String)} and {@link #year(AcademicYear)}), the pupil's
 * characteristic codes packed into one {@code long} ({@link #codes(Map)}: 8 bits per {@link
 * Characteristic} by ordinal, the index of the code in {@link Characteristic#codes()}, {@code
 * 0xFF} when not known) and one outcome value per measure as a {@code double}, NaN when not
 * recorded. A batch of several measures ({@link #of(List, int)}) carries every outcome of a row
 * once, so one read of a file feeds an analysis of each measure.
 *
 * <p>The read accessors ({@link #institutionIndex(int)}, {@link #outcome(int, int)} …) let an
 * adopter compute aggregates of their own from a batch.
 *
 * <p>Mutable and not thread-safe: one batch per thread. Clearing keeps the dictionaries, so
 * indices stay valid from one fill to the next.
 */
public final class PupilColumns {
    /** The packed codes of a pupil with no known characteristic. */
    public static final long NO_CODES = -1L;

    private static final Characteristic[] CHARACTERISTICS = Characteristic.values();

    private final List<String> measureIds;
    private final List<String> institutions = new ArrayList<>();
    private final Map<String, Integer> institutionIndex = new HashMap<>();
    private final List<AcademicYear> years = new ArrayList<>();
    private final Map<AcademicYear, Integer> yearIndex = new HashMap<>();
    final int[] institution;
    final int[] year;
    final long[] codes;
    /** [measure][row]. */
    final double[][] outcomes;

    int size;

    private PupilColumns(List<String> measureIds, int capacity) {
        this.measureIds = measureIds;
        this.institution = new int[capacity];
        this.year = new int[capacity];
        this.codes = new long[capacity];
        this.outcomes = new double[measureIds.size()][capacity];
    }

    /**
     * An empty batch of up to {@code capacity} rows for the outcome {@code measureId}.
     *
     * @throws IllegalArgumentException when the measure id is blank or the capacity is below 1
     */
    public static PupilColumns of(String measureId, int capacity) {
        Checks.requireNonBlank("measure id", measureId);
        if (capacity < 1) {
            throw new IllegalArgumentException(Checks.describe("capacity", capacity, "must be at least 1"));
        }
        return new PupilColumns(List.of(measureId), capacity);
    }

    /**
     * An empty batch of up to {@code capacity} rows carrying the outcomes of every one of {@code
     * measureIds}, in that order (none: the rows' institutions, years and codes only, e.g. to check
     * a file).
     *
     * @throws IllegalArgumentException when a measure id is blank or repeated, or the capacity is
     *     below 1
     */
    public static PupilColumns of(List<String> measureIds, int capacity) {
        if (new java.util.HashSet<>(measureIds).size() != measureIds.size()) {
            throw new IllegalArgumentException(
                    Checks.describe("measure ids", measureIds, "must name each measure once"));
        }
        measureIds.forEach(m -> Checks.requireNonBlank("measure id", m));
        if (capacity < 1) {
            throw new IllegalArgumentException(Checks.describe("capacity", capacity, "must be at least 1"));
        }
        return new PupilColumns(List.copyOf(measureIds), capacity);
    }

    /**
     * Packs characteristic codes into the {@code long} a row holds.
     *
     * @throws IllegalArgumentException when a code is not one of its characteristic's codes
     */
    public static long codes(Map<Characteristic, String> codes) {
        long packed = NO_CODES;
        for (Map.Entry<Characteristic, String> e : codes.entrySet()) {
            Characteristic c = e.getKey();
            int index = c.codes().indexOf(c.requireValue(e.getValue()));
            int shift = 8 * c.ordinal();
            packed = (packed & ~(0xFFL << shift)) | ((long) index << shift);
        }
        return packed;
    }

    /**
     * The (first) outcome's measure id.
     *
     * @throws IllegalStateException when the batch carries no outcome
     */
    public String measureId() {
        if (measureIds.isEmpty()) {
            throw new IllegalStateException("pupil batch carries no outcome");
        }
        return measureIds.get(0);
    }

    /** The measure ids whose outcomes the batch carries, in column order. */
    public List<String> measureIds() {
        return measureIds;
    }

    /** The position of {@code measureId} in {@link #measureIds()}, −1 when the batch does not carry it. */
    public int measureIndex(String measureId) {
        return measureIds.indexOf(measureId);
    }

    /**
     * The index of an institution in this batch's dictionary, adding it when new.
     *
     * @throws IllegalArgumentException when the id is blank
     */
    public int institution(String institutionId) {
        Integer i = institutionIndex.get(institutionId);
        if (i != null) {
            return i;
        }
        Checks.requireNonBlank("institution id", institutionId);
        institutions.add(institutionId);
        institutionIndex.put(institutionId, institutions.size() - 1);
        return institutions.size() - 1;
    }

    /** The index of an academic year in this batch's dictionary, adding it when new. */
    public int year(AcademicYear academicYear) {
        Integer i = yearIndex.get(academicYear);
        if (i != null) {
            return i;
        }
        years.add(academicYear);
        yearIndex.put(academicYear, years.size() - 1);
        return years.size() - 1;
    }

    /**
     * Adds one row.
     *
     * @param institutionIndex from {@link #institution(String)}
     * @param yearIndex from {@link #year(AcademicYear)}
     * @param packedCodes from {@link #codes(Map)} or {@link #NO_CODES}
     * @param value the outcome, NaN when not recorded
     * @throws IllegalStateException when the batch is full or carries several measures (add a
     *     {@link PupilRecord} to such a batch)
     * @throws IllegalArgumentException when an index is not in the dictionaries, a packed code is
     *     out of range for its characteristic or the value is infinite
     */
    public void add(int institutionIndex, int yearIndex, long packedCodes, double value) {
        if (measureIds.size() != 1) {
            throw new IllegalStateException("pupil batch carries " + measureIds.size() + " measures " + measureIds
                    + ": add pupil records to it");
        }
        if (size == capacity()) {
            throw new IllegalStateException("pupil batch is full: " + size + " rows; clear it first");
        }
        if (institutionIndex < 0 || institutionIndex >= institutions.size()) {
            throw new IllegalArgumentException(
                    Checks.describe("institution index", institutionIndex, "must come from institution(String)"));
        }
        if (yearIndex < 0 || yearIndex >= years.size()) {
            throw new IllegalArgumentException(
                    Checks.describe("year index", yearIndex, "must come from year(AcademicYear)"));
        }
        if (Math.abs(value) > PupilRecord.MAX_OUTCOME) {
            throw new IllegalArgumentException(
                    Checks.describe("outcome", value, "must be NaN (not recorded) or between -10^15 and 10^15"));
        }
        requireCodes(packedCodes);
        institution[size] = institutionIndex;
        year[size] = yearIndex;
        codes[size] = packedCodes;
        outcomes[0][size] = value;
        size++;
    }

    /**
     * Adds one pupil record: its institution, year, codes and this batch's outcomes.
     *
     * @throws IllegalStateException when the batch is full
     */
    public void add(PupilRecord record) {
        if (size == capacity()) {
            throw new IllegalStateException("pupil batch is full: " + size + " rows; clear it first");
        }
        institution[size] = institution(record.institutionId());
        year[size] = year(record.academicYear());
        codes[size] = record.packedCodes();
        for (int m = 0; m < outcomes.length; m++) {
            outcomes[m][size] = record.outcomeAsDouble(measureIds.get(m));
        }
        size++;
    }

    /** The institution index of row {@code row} (see {@link #institutionId(int)}). */
    public int institutionIndex(int row) {
        return institution[Objects.checkIndex(row, size)];
    }

    /** The academic-year index of row {@code row} (see {@link #academicYear(int)}). */
    public int yearIndex(int row) {
        return year[Objects.checkIndex(row, size)];
    }

    /** The packed characteristic codes of row {@code row} (see {@link #codes(Map)}). */
    public long packedCodes(int row) {
        return codes[Objects.checkIndex(row, size)];
    }

    /** The outcome of row {@code row} for the measure at {@code measureIndex}, NaN when not recorded. */
    public double outcome(int measureIndex, int row) {
        return outcomes[Objects.checkIndex(measureIndex, outcomes.length)][Objects.checkIndex(row, size)];
    }

    /** The institution id at {@code index} in this batch's dictionary. */
    public String institutionId(int index) {
        return institutions.get(index);
    }

    /** The academic year at {@code index} in this batch's dictionary. */
    public AcademicYear academicYear(int index) {
        return years.get(index);
    }

    /** How many institutions the dictionary holds. */
    public int institutionCount() {
        return institutions.size();
    }

    /** How many academic years the dictionary holds. */
    public int yearCount() {
        return years.size();
    }

    private static void requireCodes(long packed) {
        if (packed == NO_CODES) {
            return;
        }
        for (Characteristic c : CHARACTERISTICS) {
            int code = (int) (packed >>> (8 * c.ordinal())) & 0xFF;
            if (code != 0xFF && code >= c.codes().size()) {
                throw new IllegalArgumentException(Checks.describe(
                        "packed codes", Long.toHexString(packed), c + " code index " + code + " is out of range"));
            }
        }
        if (packed >>> (8 * CHARACTERISTICS.length) != (-1L >>> (8 * CHARACTERISTICS.length))) {
            throw new IllegalArgumentException(
                    Checks.describe("packed codes", Long.toHexString(packed), "unused high bytes must be 0xFF"));
        }
    }

    /** How many rows the batch holds. */
    public int size() {
        return size;
    }

    /** How many rows the batch can hold. */
    public int capacity() {
        return codes.length;
    }

    /** Whether the batch holds as many rows as it can. */
    public boolean isFull() {
        return size == codes.length;
    }

    /** Removes every row; the dictionaries stay. */
    public void clear() {
        size = 0;
    }

    String institutionAt(int index) {
        return institutions.get(index);
    }

    AcademicYear yearAt(int index) {
        return years.get(index);
    }

    @Override
    public String toString() {
        return "PupilColumns[" + String.join(", ", measureIds) + ", " + size + " of " + capacity() + " rows, "
                + institutions.size() + " institutions, years " + years + "]";
    }
}
