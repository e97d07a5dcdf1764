package org.concordat.evaluation;

import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.stream.Collector;
import org.concordat.agreement.DataSharing;
import org.concordat.calendar.AcademicYear;
import org.concordat.evaluation.effects.RunningStats;
import org.concordat.evaluation.pupils.GapAnalysis;
import org.concordat.evaluation.pupils.GapResult;
import org.concordat.evaluation.pupils.PupilColumns;
import org.concordat.evaluation.pupils.PupilCsv;
import org.concordat.evaluation.pupils.PupilDataException;
import org.concordat.plan.Characteristic;
import org.concordat.plan.Measure;
import org.concordat.plan.Objective;
import org.concordat.plan.PartnershipPlan;
import org.concordat.plan.PupilGroup;
import org.jspecify.annotations.Nullable;

/**
 * Turns pupil records ({@code --pupils}, the CSV layout of docs/evaluation.md) into aggregate
 * observations, in one pass of the byte-level columnar reader ({@link PupilCsv#collectColumns}) on
 * every processor, for every measure at once, whose memory grows with the number of groups, never
 * with the number of pupils (but for the pupil-id fingerprints that find duplicates). For every measure of the plan with an {@code outcome:MEASURE_ID} column: the
 * mean outcome per institution and for the whole partnership, per academic year, for all pupils and
 * for each pupil group the measure's objective names, with n the number of pupils with a recorded
 * outcome; and the gaps between those groups and the other pupils ({@link GapAnalysis}). Pupil-level rows never leave this method; only the aggregates do, and the evaluation
 * applies disclosure control to them.
 *
 * <p>Used by the command line's {@code --pupils}; an embedding application calls {@link #read}
 * the same way.
 */
public final class PupilObservations {
    private PupilObservations() {}

    /**
     * Reads {@code file} and aggregates it for {@code plan}.
     *
     * @param rowsRead told the number of rows of each batch once it is read (from several threads,
     *     one batch at a time each), for a progress display; the total is not known ahead since
     *     the file is read once as it streams (a named pipe works)
     * @throws PupilDataException naming the file, line and column of the first bad row
     * @throws UncheckedIOException when the file cannot be read
     */
    public static Aggregates read(Path file, PartnershipPlan plan, LongConsumer rowsRead) {
        Map<String, Set<PupilGroup>> groupsByMeasure = new LinkedHashMap<>();
        Map<String, Set<Characteristic>> characteristicsByMeasure = new LinkedHashMap<>();
        for (Objective o : plan.objectives()) {
            for (Measure m : o.measures()) {
                Set<PupilGroup> groups = groupsByMeasure.computeIfAbsent(m.id(), k -> new LinkedHashSet<>());
                groups.add(PupilGroup.ALL);
                groups.addAll(o.pupilGroups());
                o.pupilGroups()
                        .forEach(g -> g.characteristic()
                                .ifPresent(c -> characteristicsByMeasure
                                        .computeIfAbsent(m.id(), k -> EnumSet.noneOf(Characteristic.class))
                                        .add(c)));
            }
        }
        List<String> measures = new ArrayList<>(groupsByMeasure.keySet());
        List<GapAnalysis> analyses = new ArrayList<>();
        for (String m : measures) {
            Set<Characteristic> characteristics = characteristicsByMeasure.get(m);
            analyses.add(characteristics == null ? null : GapAnalysis.of(m, characteristics));
        }
        List<List<PupilGroup>> groups = new ArrayList<>();
        groupsByMeasure.values().forEach(g -> groups.add(List.copyOf(g)));
        // A school's pupils count towards the gaps only while the agreement covers its data; its
        // aggregate observations are judged (and reported as left out) by the evaluation itself.
        DataSharing sharing = DataSharing.under(plan.agreement());
        Partial all = PupilCsv.collectColumns(
                file,
                measures,
                BATCH,
                Runtime.getRuntime().availableProcessors(),
                Collector.of(
                        () -> new Partial(measures, analyses, groups, sharing),
                        (partial, batch) -> {
                            rowsRead.accept(batch.size());
                            partial.add(batch);
                        },
                        Partial::combine));
        List<Observation> observations = new ArrayList<>();
        String source = file.getFileName() + " (mean of pupil records)";
        all.stats.forEach((k, s) -> observations.add(Observation.builder()
                .measureId(k.measureId)
                .institution(k.institution)
                .period(k.year.period())
                .group(k.group)
                .value(BigDecimal.valueOf(s.toSummary().mean()).setScale(2, RoundingMode.HALF_UP))
                .n(s.count())
                .source(source)
                .build()));
        List<GapResult> gaps = new ArrayList<>();
        for (GapAnalysis.Accumulator g : all.gaps) {
            if (g != null) {
                gaps.add(g.result());
            }
        }
        return new Aggregates(observations, gaps);
    }

    /** Rows per batch. */
    private static final int BATCH = 4096;

    /**
     * What one pass over pupil records leaves: aggregate observations and group gaps.
     *
     * @param observations the mean outcome per measure, institution (or the partnership), year and
     *     pupil group, with n the pupils with a recorded outcome
     * @param gaps the gaps between each group the plan names and the other pupils, per measure
     */
    public record Aggregates(List<Observation> observations, List<GapResult> gaps) {
        /** Keeps unmodifiable copies. */
        public Aggregates {
            observations = List.copyOf(observations);
            gaps = List.copyOf(gaps);
        }
    }

    /**
     * The running statistics of one part of the file: per measure, institution (or the
     * partnership), year and group, kept in the order the rows first showed them (so the
     * observations come out in the order a single pass over the file gives), and the gap
     * accumulators. Parts combine in file order.
     */
    private static final class Partial {
        private final List<String> measures;
        private final List<List<PupilGroup>> groups;
        /** Per measure and group: the characteristic's shift in the packed codes, −1 for all pupils. */
        private final int[][] shift;
        /** Per measure and group: the index of the group's code, −1 for none that matches. */
        private final int[][] code;

        private final DataSharing sharing;
        /** Whether the agreement covers a school's data at a year's end, by school id and date. */
        private final Map<String, Map<LocalDate, Boolean>> coverage = new java.util.HashMap<>();

        final GapAnalysis.@Nullable Accumulator[] gaps;
        final Map<Key, RunningStats> stats = new LinkedHashMap<>();

        Partial(
                List<String> measures,
                List<@Nullable GapAnalysis> analyses,
                List<List<PupilGroup>> groups,
                DataSharing sharing) {
            this.measures = measures;
            this.groups = groups;
            this.sharing = sharing;
            gaps = new GapAnalysis.Accumulator[measures.size()];
            shift = new int[measures.size()][];
            code = new int[measures.size()][];
            for (int m = 0; m < measures.size(); m++) {
                GapAnalysis a = analyses.get(m);
                gaps[m] = a == null ? null : a.newAccumulator();
                List<PupilGroup> gs = groups.get(m);
                shift[m] = new int[gs.size()];
                code[m] = new int[gs.size()];
                for (int g = 0; g < gs.size(); g++) {
                    PupilGroup group = gs.get(g);
                    Optional<Characteristic> c = group.characteristic();
                    shift[m][g] =
                            group.isAll() || c.isEmpty() ? -1 : 8 * c.get().ordinal();
                    code[m][g] = -1;
                    if (c.isPresent() && !group.isAll()) {
                        List<String> codes = c.get().codes();
                        for (int i = 0; i < codes.size(); i++) {
                            if (codes.get(i).equalsIgnoreCase(group.value())) {
                                code[m][g] = i;
                            }
                        }
                    }
                }
            }
        }

        /** Adds a batch, row by row (the order of first appearance is the order of rows). */
        void add(PupilColumns batch) {
            int years = batch.yearCount();
            int institutions = batch.institutionCount();
            RunningStats[][] local = new RunningStats[measures.size()][];
            RunningStats[][] partnership = new RunningStats[measures.size()][];
            for (int m = 0; m < measures.size(); m++) {
                local[m] = new RunningStats[institutions * years * groups.get(m).size()];
                partnership[m] = new RunningStats[years * groups.get(m).size()];
            }
            for (int r = 0; r < batch.size(); r++) {
                int institution = batch.institutionIndex(r);
                int year = batch.yearIndex(r);
                long packed = batch.packedCodes(r);
                for (int m = 0; m < measures.size(); m++) {
                    double x = batch.outcome(m, r);
                    if (Double.isNaN(x)) {
                        continue;
                    }
                    int n = groups.get(m).size();
                    for (int g = 0; g < n; g++) {
                        int s = shift[m][g];
                        if (s >= 0 && (code[m][g] < 0 || ((packed >>> s) & 0xFF) != code[m][g])) {
                            continue;
                        }
                        int at = (institution * years + year) * n + g;
                        RunningStats own = local[m][at];
                        if (own == null) {
                            own = stats(m, Optional.of(batch.institutionId(institution)), batch.academicYear(year), g);
                            local[m][at] = own;
                        }
                        own.accept(x);
                        RunningStats whole = partnership[m][year * n + g];
                        if (whole == null) {
                            whole = stats(m, Optional.empty(), batch.academicYear(year), g);
                            partnership[m][year * n + g] = whole;
                        }
                        whole.accept(x);
                    }
                }
            }
            addToGaps(batch, institutions, years);
        }

        /**
         * Feeds the gap accumulators the batch's rows whose school the agreement covers at the end
         * of the row's academic year: the whole batch when it covers them all (the usual case), else
         * a copy of the covered rows for each measure.
         */
        private void addToGaps(PupilColumns batch, int institutions, int years) {
            boolean[] covered = new boolean[institutions * years];
            boolean all = true;
            for (int i = 0; i < institutions; i++) {
                for (int y = 0; y < years; y++) {
                    String institution = batch.institutionId(i);
                    LocalDate end = batch.academicYear(y).end();
                    covered[i * years + y] = coverage.computeIfAbsent(institution, k -> new java.util.HashMap<>())
                            .computeIfAbsent(end, e -> sharing.covers(institution, e));
                    all &= covered[i * years + y];
                }
            }
            for (int m = 0; m < gaps.length; m++) {
                GapAnalysis.Accumulator g = gaps[m];
                if (g == null) {
                    continue;
                }
                if (all) {
                    g.add(batch);
                    continue;
                }
                PupilColumns kept = PupilColumns.of(measures.get(m), Math.max(1, batch.size()));
                for (int r = 0; r < batch.size(); r++) {
                    int i = batch.institutionIndex(r);
                    int y = batch.yearIndex(r);
                    if (covered[i * years + y]) {
                        kept.add(
                                kept.institution(batch.institutionId(i)),
                                kept.year(batch.academicYear(y)),
                                batch.packedCodes(r),
                                batch.outcome(m, r));
                    }
                }
                g.add(kept);
            }
        }

        private RunningStats stats(int m, Optional<String> institution, AcademicYear year, int g) {
            return this.stats.computeIfAbsent(
                    new Key(measures.get(m), institution, year, groups.get(m).get(g)), k -> new RunningStats());
        }

        /** Adds a later part: its new keys go after this part's, as a single pass would meet them. */
        Partial combine(Partial later) {
            later.stats.forEach(
                    (k, s) -> stats.computeIfAbsent(k, x -> new RunningStats()).combine(s));
            for (int m = 0; m < gaps.length; m++) {
                GapAnalysis.Accumulator g = gaps[m];
                GapAnalysis.Accumulator h = later.gaps[m];
                if (g != null && h != null) {
                    g.combine(h);
                }
            }
            return this;
        }
    }

    private record Key(String measureId, Optional<String> institution, AcademicYear year, PupilGroup group) {}
}
