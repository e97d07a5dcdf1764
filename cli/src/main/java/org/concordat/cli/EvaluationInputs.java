package org.concordat.cli;

import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.concordat.Concordat;
import org.concordat.evaluation.Evaluation;
import org.concordat.evaluation.EvaluationResult;
import org.concordat.evaluation.Observation;
import org.concordat.evaluation.ObservationCsv;
import org.concordat.evaluation.ObservationFileException;
import org.concordat.evaluation.PupilObservations;
import org.concordat.evaluation.disclosure.DisclosurePolicy;
import org.concordat.evaluation.pupils.GapResult;
import org.concordat.evaluation.pupils.PupilDataException;
import org.concordat.plan.PartnershipPlan;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The monitoring data options of {@code evaluate} and {@code report}, and the evaluation they feed. */
final class EvaluationInputs {
    @Option(
            names = "--observations",
            paramLabel = "FILE",
            description =
                    "Aggregate observations (CSV: measure_id,institution_id,period,group,value,n,source[,invited]).")
    Optional<Path> observations = Optional.empty();

    @Option(
            names = "--pupils",
            paramLabel = "FILE",
            description = "Pseudonymised pupil records (CSV, docs/evaluation.md), aggregated in one pass.")
    Optional<Path> pupils = Optional.empty();

    @Mixin
    AsOfOption asOf = new AsOfOption();

    @Option(
            names = "--progress",
            paramLabel = "MODE",
            defaultValue = "auto",
            description = "Progress over --pupils on standard error: auto (a bar on a terminal, a line"
                    + " every 5 s otherwise), bar, lines or none; default: ${DEFAULT-VALUE}.")
    Progress.Mode progress = Progress.Mode.AUTO;

    @Option(
            names = "--disclosure-threshold",
            paramLabel = "N",
            description = "Suppress figures about fewer than N pupils (default: the library's, 5;"
                    + " surveys: 10 responses).")
    Optional<Integer> threshold = Optional.empty();

    @Option(
            names = "--minimum-response-rate",
            paramLabel = "RATE",
            description = "Withhold a survey value whose response rate (n / invited) is below RATE, or not"
                    + " known, e.g. 50%% or 0.5 (default: none).")
    Optional<String> minimumResponseRate = Optional.empty();

    @Option(
            names = "--updates",
            description = "Also use the approved monitoring updates stored for the plan's partnership"
                    + " (see 'concordat updates'), from --store.")
    boolean updates;

    @Mixin
    StoreOptions store = new StoreOptions();

    /** The evaluation's date: {@code --as-of}, or today. */
    LocalDate date() {
        return asOf.date();
    }

    /**
     * The evaluation of {@code plan} on the observations from both files (aggregate ones first) and,
     * with {@code --updates}, the approved updates in the store, under the plan's agreement (an
     * institution's values count only on dates its data is covered), with the gaps between pupil
     * groups when {@code --pupils} was given.
     */
    EvaluationResult evaluate(PartnershipPlan plan, Environment env) {
        List<Observation> data = new ArrayList<>();
        List<GapResult> gaps = new ArrayList<>();
        observations.ifPresent(f -> data.addAll(readObservations(f)));
        if (updates) {
            try (Concordat concordat = store.open()) {
                data.addAll(store.read(
                        () -> concordat.updates().approved(plan.partnership().id())));
            }
        }
        pupils.ifPresent(f -> {
            PupilObservations.Aggregates aggregates = readPupils(f, plan, progress, env);
            data.addAll(aggregates.observations());
            gaps.addAll(aggregates.gaps());
        });
        // The findings and the gaps go through the evaluation's one disclosure step together.
        // An institution's values count only while the agreement covers its data (docs/monitoring.md).
        return Evaluation.of(plan, data)
                .underAgreement()
                .withDisclosurePolicy(policy())
                .withGaps(gaps)
                .asOf(date());
    }

    /**
     * The library's disclosure policy, with {@code --disclosure-threshold} and {@code
     * --minimum-response-rate} when given.
     */
    DisclosurePolicy policy() {
        DisclosurePolicy policy = DisclosurePolicy.defaults();
        if (threshold.isPresent()) {
            try {
                policy = policy.withThreshold(threshold.get());
            } catch (IllegalArgumentException e) {
                throw new InputException("--disclosure-threshold: " + e.getMessage(), e);
            }
        }
        if (minimumResponseRate.isPresent()) {
            policy = policy.withMinimumResponseRate(rate(minimumResponseRate.get()));
        }
        return policy;
    }

    /** A rate given as a fraction ({@code 0.5}) or a percentage ({@code 50%}). */
    private static BigDecimal rate(String text) {
        String t = text.strip();
        boolean percent = t.endsWith("%");
        try {
            if (t.length() <= 20) {
                BigDecimal r = new BigDecimal(percent ? t.substring(0, t.length() - 1) : t);
                r = percent ? r.movePointLeft(2) : r;
                if (r.signum() >= 0 && r.compareTo(BigDecimal.ONE) <= 0) {
                    return r;
                }
            }
        } catch (NumberFormatException e) {
            // Reported below, with the rule.
        }
        throw new InputException("--minimum-response-rate \"" + (t.length() <= 20 ? t : t.substring(0, 20) + "…")
                + "\": must be a fraction from 0 to 1 or a percentage from 0% to 100%, e.g. 0.5 or 50%");
    }

    /**
     * Every observation in {@code file} ({@code --observations}).
     *
     * @throws InputException naming the file, line and column of the first bad cell
     */
    static List<Observation> readObservations(Path file) {
        try {
            return ObservationCsv.read(file);
        } catch (ObservationFileException e) {
            throw new InputException(String.valueOf(e.getMessage()), e);
        }
    }

    /**
     * Reads and aggregates the pupil records in {@code file} ({@code --pupils}), reporting progress.
     *
     * @throws InputException naming the file, line and column of the first bad row
     */
    static PupilObservations.Aggregates readPupils(
            Path file, PartnershipPlan plan, Progress.Mode mode, Environment env) {
        // The file is read once, as it streams (a named pipe works): the total is not known ahead.
        Progress progress = Progress.start(mode, env, String.valueOf(file.getFileName()), 0);
        PupilObservations.Aggregates aggregates;
        try {
            aggregates = PupilObservations.read(file, plan, progress::advance);
        } catch (PupilDataException e) {
            // The library names the file only; the user knows it by the path they gave.
            throw new InputException(file + ":" + e.line() + ": " + e.detail(), e);
        } catch (UncheckedIOException e) {
            String reason =
                    e.getCause() instanceof NoSuchFileException ? "no such file" : String.valueOf(e.getMessage());
            throw new InputException(file + ": cannot read: " + reason, e);
        }
        progress.done();
        return aggregates;
    }
}
