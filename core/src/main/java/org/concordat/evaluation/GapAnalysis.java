package org.concordat.evaluation;

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
import org.concordat.internal.Checks;
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

    /** Analyses a stream of records (in parallel if the stream is parallel). */
    public GapResult analyse(Stream<PupilRecord> records) {
        return records.collect(collector());
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

        /** Records usually come sorted by school and year: remember the last cell to skip two lookups. */
        private Cell cellOf(PupilRecord record) {
            String institution = record.institutionId();
            AcademicYear year = record.academicYear();
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
