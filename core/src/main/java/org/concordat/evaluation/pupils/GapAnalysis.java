package org.concordat.evaluation.pupils;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collector;
import java.util.stream.Stream;
import org.concordat.calendar.AcademicYear;
import org.concordat.evaluation.effects.RunningStats;
import org.concordat.evaluation.effects.Summary;
import org.concordat.internal.base.Checks;
import org.concordat.plan.Characteristic;
import org.jspecify.annotations.Nullable;

/**
 * Gaps in one outcome between pupil groups, for chosen characteristics, per institution, for the
 * whole partnership and per academic year, computed in one streaming pass over pupil records.
 *
 * <p>The pass keeps one {@link RunningStats} per institution, year, characteristic and code: memory
 * grows with the number of groups, never with the number of pupils. Accumulators {@link
 * Accumulator#combine combine} associatively and commutatively (up to floating-point rounding), so
 * the same analysis runs sequentially, in a parallel stream ({@link #collector()}) or over shards
 * whose accumulators are combined. With {@link #withDisadvantageGapIndex()} it also keeps a
 * histogram of outcome values per institution and year for the {@link DisadvantageGapIndex}.
 *
 * <p>The fast path takes rows as primitive columns instead of records: {@link
 * Accumulator#add(PupilColumns)} (filled by an adopter or by {@link PupilCsv#readColumns}) gives the
 * same result up to floating-point rounding, and its accumulators combine with the record path's.
 *
 * <p>A record without the outcome is skipped; a record without a code for a characteristic counts
 * for neither that characteristic's group nor its others.
 */
public final class GapAnalysis {
    private final String measureId;
    private final Characteristic[] characteristics;
    private final boolean gapIndex;

    private GapAnalysis(String measureId, Characteristic[] characteristics, boolean gapIndex) {
        this.measureId = measureId;
        this.characteristics = characteristics;
        this.gapIndex = gapIndex;
    }

    /**
     * An analysis of the outcome {@code measureId} by each of {@code characteristics}.
     *
     * @throws IllegalArgumentException when the measure id is blank or no characteristic is given
     */
    public static GapAnalysis of(String measureId, Set<Characteristic> characteristics) {
        Checks.requireNonBlank("measure id", measureId);
        if (characteristics.isEmpty()) {
            throw new IllegalArgumentException(
                    Checks.describe("characteristics", characteristics, "name at least one characteristic"));
        }
        return new GapAnalysis(measureId, EnumSet.copyOf(characteristics).toArray(new Characteristic[0]), false);
    }

    /** A copy that also computes the disadvantage gap index (needs {@link Characteristic#DISADVANTAGED}). */
    public GapAnalysis withDisadvantageGapIndex() {
        return new GapAnalysis(measureId, characteristics, true);
    }

    /** The outcome's measure id. */
    public String measureId() {
        return measureId;
    }

    /** The characteristics analysed. */
    public Set<Characteristic> characteristics() {
        return EnumSet.copyOf(List.of(characteristics));
    }

    /** A fresh, empty accumulator for one thread or shard. */
    public Accumulator newAccumulator() {
        return new Accumulator();
    }

    /** A collector for sequential or parallel streams of records. */
    public Collector<PupilRecord, Accumulator, GapResult> collector() {
        return Collector.of(
                this::newAccumulator,
                Accumulator::accept,
                Accumulator::combine,
                Accumulator::result,
                Collector.Characteristics.UNORDERED);
    }

    /**
     * A collector of columnar batches, for {@link PupilCsv#collectColumns}: one accumulator per
     * part of the file, combined in file order.
     */
    public Collector<PupilColumns, Accumulator, GapResult> columnCollector() {
        return Collector.of(this::newAccumulator, Accumulator::add, Accumulator::combine, Accumulator::result);
    }

    /** Analyses a stream of records (in parallel if the stream is parallel). */
    public GapResult analyse(Stream<PupilRecord> records) {
        return records.collect(collector());
    }

    /**
     * Analyses one batch of primitive columns (the fast path; equal to analysing the same rows as
     * records up to floating-point rounding).
     *
     * @throws IllegalArgumentException when the batch is for another measure
     */
    public GapResult analyse(PupilColumns batch) {
        return newAccumulator().add(batch).result();
    }

    /** Analyses any iterable of records in one pass. */
    public GapResult analyse(Iterable<PupilRecord> records) {
        Accumulator acc = newAccumulator();
        records.forEach(acc);
        return acc.result();
    }

    /**
     * The mutable partial result of a {@link GapAnalysis}: feed it records, combine it with others,
     * then take the immutable {@link #result()}. Not thread-safe: one per thread or shard.
     */
    public final class Accumulator implements Consumer<PupilRecord> {
        private final Map<String, Map<AcademicYear, Cell>> cells = new HashMap<>();
        private @Nullable Cell last;
        private @Nullable String lastInstitution;
        private @Nullable AcademicYear lastYear;

        private Accumulator() {}

        /** Adds one pupil record. */
        @Override
        public void accept(PupilRecord record) {
            double x = record.outcomeAsDouble(measureId);
            if (Double.isNaN(x)) {
                return;
            }
            Cell cell = cellOf(record);
            for (int i = 0; i < characteristics.length; i++) {
                int code = record.codeIndex(characteristics[i]);
                if (code >= 0) {
                    cell.stats[i][code].accept(x);
                }
            }
            if (gapIndex) {
                String d = record.characteristicOrNull(Characteristic.DISADVANTAGED);
                if (d != null) {
                    cell.histogram.computeIfAbsent(x, k -> new long[2])[d.equals("Y") ? 0 : 1]++;
                }
            }
        }

        /**
         * Adds every row of a batch of primitive columns: the fast path. Per batch, each group's
         * count, sum and sum of squares of (x − K) are accumulated in one flat primitive array, K
         * being the batch's mean outcome; they become a count, mean and M2 (M2 = Σd² − (Σd)²/n) that
         * merges into the group's running statistics by the Chan et al. update. Shifting by K keeps
         * the cancellation in Σd² − (Σd)²/n small: its rounding error is about n·ε·(σ² + (μ − K)²)
         * where μ − K is bounded by the batch's range of outcomes, instead of n·ε·μ² unshifted.
         *
         * @return this accumulator
         * @throws IllegalArgumentException when the batch is for another measure
         */
        public Accumulator add(PupilColumns batch) {
            int m = batch.measureIndex(measureId);
            if (m < 0) {
                throw new IllegalArgumentException(Checks.describe(
                        "pupil batch",
                        batch.measureIds().size() == 1 ? batch.measureId() : String.valueOf(batch.measureIds()),
                        "cannot feed an analysis of " + measureId));
            }
            int n = batch.size;
            double[] out = batch.outcomes[m];
            double shift = 0;
            int valid = 0;
            for (int r = 0; r < n; r++) {
                double x = out[r];
                if (!Double.isNaN(x)) {
                    shift += x;
                    valid++;
                }
            }
            if (valid == 0) {
                return this;
            }
            shift /= valid;
            int k = characteristics.length;
            int[] shifts = new int[k];
            int[] offsets = new int[k];
            int slots = 0;
            for (int i = 0; i < k; i++) {
                shifts[i] = 8 * characteristics[i].ordinal();
                offsets[i] = slots;
                slots += characteristics[i].codes().size();
            }
            int years = batch.yearCount();
            int[] local = new int[batch.institutionCount() * years];
            java.util.Arrays.fill(local, -1);
            List<Cell> touched = new java.util.ArrayList<>();
            double[] acc = new double[3 * slots * 4];
            int[] inst = batch.institution;
            int[] yr = batch.year;
            long[] codes = batch.codes;
            for (int r = 0; r < n; r++) {
                double x = out[r];
                if (Double.isNaN(x)) {
                    continue;
                }
                int key = inst[r] * years + yr[r];
                int c = local[key];
                if (c < 0) {
                    c = touched.size();
                    local[key] = c;
                    touched.add(cellOf(batch.institutionAt(inst[r]), batch.yearAt(yr[r])));
                    if (acc.length < 3 * slots * touched.size()) {
                        acc = java.util.Arrays.copyOf(acc, 2 * acc.length);
                    }
                }
                int base = c * slots;
                double d = x - shift;
                double dd = d * d;
                long p = codes[r];
                for (int i = 0; i < k; i++) {
                    int code = (int) (p >>> shifts[i]) & 0xFF;
                    if (code != 0xFF) {
                        int s = 3 * (base + offsets[i] + code);
                        acc[s] += 1;
                        acc[s + 1] += d;
                        acc[s + 2] += dd;
                    }
                }
            }
            for (int c = 0; c < touched.size(); c++) {
                RunningStats[][] stats = touched.get(c).stats;
                for (int i = 0; i < k; i++) {
                    for (int j = 0; j < stats[i].length; j++) {
                        int s = 3 * (c * slots + offsets[i] + j);
                        long count = (long) acc[s];
                        if (count > 0) {
                            double m2 = acc[s + 2] - acc[s + 1] * acc[s + 1] / count;
                            stats[i][j].add(count, shift + acc[s + 1] / count, count == 1 ? 0.0 : Math.max(0.0, m2));
                        }
                    }
                }
            }
            if (gapIndex) {
                histogram(batch, out);
            }
            return this;
        }

        private void histogram(PupilColumns batch, double[] out) {
            int shift = 8 * Characteristic.DISADVANTAGED.ordinal();
            for (int r = 0; r < batch.size; r++) {
                double x = out[r];
                int code = (int) (batch.codes[r] >>> shift) & 0xFF;
                if (!Double.isNaN(x) && code != 0xFF) {
                    cellOf(batch.institutionAt(batch.institution[r]), batch.yearAt(batch.year[r]))
                            .histogram
                            .computeIfAbsent(x, v -> new long[2])[code]++;
                }
            }
        }

        private Cell cellOf(PupilRecord record) {
            return cellOf(record.institutionId(), record.academicYear());
        }

        /** Records usually come sorted by school and year: remember the last cell to skip two lookups. */
        private Cell cellOf(String institution, AcademicYear year) {
            if (last != null && institution.equals(lastInstitution) && year.equals(lastYear)) {
                return last;
            }
            Cell cell = cells.computeIfAbsent(institution, k -> new HashMap<>()).computeIfAbsent(year, k -> new Cell());
            last = cell;
            lastInstitution = institution;
            lastYear = year;
            return cell;
        }

        /**
         * Adds everything {@code other} has seen; returns this accumulator.
         *
         * @throws IllegalArgumentException when {@code other} belongs to a different analysis
         */
        public Accumulator combine(Accumulator other) {
            if (!analysis().equals(other.analysis())) {
                throw new IllegalArgumentException(
                        Checks.describe("accumulator", other.analysis(), "cannot combine with one of " + analysis()));
            }
            other.cells.forEach((institution, years) ->
                    years.forEach((year, cell) -> cells.computeIfAbsent(institution, k -> new HashMap<>())
                            .computeIfAbsent(year, k -> new Cell())
                            .add(cell)));
            return this;
        }

        private GapAnalysis analysis() {
            return GapAnalysis.this;
        }

        /** The immutable result of the records seen so far. */
        public GapResult result() {
            Map<String, Map<AcademicYear, Summary[][]>> summaries = new HashMap<>();
            Map<String, Map<AcademicYear, Map<Double, long[]>>> histograms = new HashMap<>();
            cells.forEach((institution, years) -> years.forEach((year, cell) -> {
                summaries.computeIfAbsent(institution, k -> new HashMap<>()).put(year, cell.summaries());
                if (gapIndex) {
                    histograms
                            .computeIfAbsent(institution, k -> new HashMap<>())
                            .put(year, cell.histogramCopy());
                }
            }));
            return new GapResult(measureId, characteristics.clone(), summaries, histograms, gapIndex);
        }
    }

    /** Running statistics of one institution and year: [characteristic][code]. */
    private final class Cell {
        final RunningStats[][] stats = new RunningStats[characteristics.length][];
        final Map<Double, long[]> histogram = new HashMap<>();

        Cell() {
            for (int i = 0; i < characteristics.length; i++) {
                stats[i] = new RunningStats[characteristics[i].codes().size()];
                for (int j = 0; j < stats[i].length; j++) {
                    stats[i][j] = new RunningStats();
                }
            }
        }

        void add(Cell other) {
            for (int i = 0; i < stats.length; i++) {
                for (int j = 0; j < stats[i].length; j++) {
                    stats[i][j].combine(other.stats[i][j]);
                }
            }
            other.histogram.forEach((value, counts) -> {
                long[] mine = histogram.computeIfAbsent(value, k -> new long[2]);
                mine[0] += counts[0];
                mine[1] += counts[1];
            });
        }

        Summary[][] summaries() {
            Summary[][] s = new Summary[stats.length][];
            for (int i = 0; i < stats.length; i++) {
                s[i] = new Summary[stats[i].length];
                for (int j = 0; j < stats[i].length; j++) {
                    s[i][j] = stats[i][j].toSummary();
                }
            }
            return s;
        }

        Map<Double, long[]> histogramCopy() {
            Map<Double, long[]> copy = new HashMap<>();
            histogram.forEach((k, v) -> copy.put(k, v.clone()));
            return copy;
        }
    }

    @Override
    public String toString() {
        return "GapAnalysis[" + measureId + " by " + List.of(characteristics) + (gapIndex ? ", gap index" : "") + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GapAnalysis g
                && g.measureId.equals(measureId)
                && java.util.Arrays.equals(g.characteristics, characteristics)
                && g.gapIndex == gapIndex;
    }

    @Override
    public int hashCode() {
        return Objects.hash(measureId, java.util.Arrays.hashCode(characteristics), gapIndex);
    }
}
