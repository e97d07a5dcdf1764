package org.concordat.cli;

import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.concordat.agreement.DataSharing;
import org.concordat.calendar.AcademicYear;
import org.concordat.evaluation.GapAnalysis;
import org.concordat.evaluation.GapResult;
import org.concordat.evaluation.Observation;
import org.concordat.evaluation.PupilCsv;
import org.concordat.evaluation.PupilDataException;
import org.concordat.evaluation.PupilRecord;
import org.concordat.evaluation.RunningStats;
import org.concordat.plan.Characteristic;
import org.concordat.plan.Measure;
import org.concordat.plan.Objective;
import org.concordat.plan.PartnershipPlan;
import org.concordat.plan.PupilGroup;

/**
 * Turns pupil records ({@code --pupils}, the CSV layout of docs/evaluation.md) into aggregate
 * observations, in one streaming pass whose memory grows with the number of groups, never with the
 * number of pupils. For every measure of the plan with an {@code outcome:MEASURE_ID} column: the
 * mean outcome per institution and for the whole partnership, per academic year, for all pupils and
 * for each pupil group the measure's objective names, with n the number of pupils with a recorded
 * outcome; and the gaps between those groups and the other pupils ({@link GapAnalysis}). Pupil-level rows never leave this method; only the aggregates do, and the evaluation
 * applies disclosure control to them.
 */
final class PupilObservations {
    private PupilObservations() {}

    /**
     * Reads {@code file} and aggregates it for {@code plan}, reporting progress.
     *
     * @throws InputException naming the file, line and column of the first bad row
     */
    static Aggregates read(Path file, PartnershipPlan plan, Progress.Mode mode, Environment env) {
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
        // The gaps between the groups the objectives name, in the same pass (for the report).
        List<GapAnalysis.Accumulator> gaps = new ArrayList<>();
        characteristicsByMeasure.forEach((measureId, characteristics) ->
                gaps.add(GapAnalysis.of(measureId, characteristics).newAccumulator()));
        Map<Key, RunningStats> stats = new LinkedHashMap<>();
        // The file is read once, as it streams (a named pipe works): the total is not known ahead.
        Progress progress = Progress.start(mode, env, String.valueOf(file.getFileName()), 0);
        // A school's pupils count towards the gaps only while the agreement covers its data; its
        // aggregate observations are judged (and reported as left out) by the evaluation itself.
        DataSharing sharing = DataSharing.under(plan.agreement());
        try (Stream<PupilRecord> records = PupilCsv.read(file)) {
            records.forEach(r -> {
                progress.step();
                add(r, groupsByMeasure, stats);
                if (sharing.covers(r.institutionId(), r.academicYear().end())) {
                    gaps.forEach(g -> g.accept(r));
                }
            });
        } catch (PupilDataException e) {
            // The library names the file only; the user knows it by the path they gave.
            String message = String.valueOf(e.getMessage());
            String name = String.valueOf(file.getFileName());
            throw new InputException(message.startsWith(name) ? file + message.substring(name.length()) : message, e);
        } catch (UncheckedIOException e) {
            throw new InputException(file + ": cannot read: " + reason(e), e);
        }
        progress.done();
        List<Observation> observations = new ArrayList<>();
        String source = file.getFileName() + " (mean of pupil records)";
        stats.forEach((k, s) -> observations.add(Observation.of(
                k.measureId,
                k.institution,
                k.year.period(),
                k.group,
                BigDecimal.valueOf(s.toSummary().mean()).setScale(2, RoundingMode.HALF_UP),
                s.count(),
                source)));
        return new Aggregates(
                observations, gaps.stream().map(GapAnalysis.Accumulator::result).toList());
    }

    private static String reason(UncheckedIOException e) {
        return e.getCause() instanceof NoSuchFileException ? "no such file" : String.valueOf(e.getMessage());
    }

    /** What one pass over pupil records leaves: aggregate observations and group gaps. */
    record Aggregates(List<Observation> observations, List<GapResult> gaps) {}

    private static void add(PupilRecord r, Map<String, Set<PupilGroup>> groupsByMeasure, Map<Key, RunningStats> stats) {
        groupsByMeasure.forEach((measureId, groups) -> {
            Optional<BigDecimal> outcome = r.outcome(measureId);
            if (outcome.isEmpty()) {
                return;
            }
            double value = outcome.get().doubleValue();
            for (PupilGroup g : groups) {
                if (!in(r, g)) {
                    continue;
                }
                for (Optional<String> institution : List.of(Optional.of(r.institutionId()), Optional.<String>empty())) {
                    stats.computeIfAbsent(new Key(measureId, institution, r.academicYear(), g), k -> new RunningStats())
                            .accept(value);
                }
            }
        });
    }

    private static boolean in(PupilRecord r, PupilGroup g) {
        return g.isAll()
                || g.characteristic()
                        .flatMap(r::characteristic)
                        .map(v -> v.equalsIgnoreCase(g.value()))
                        .orElse(false);
    }

    private record Key(String measureId, Optional<String> institution, AcademicYear year, PupilGroup group) {}
}
