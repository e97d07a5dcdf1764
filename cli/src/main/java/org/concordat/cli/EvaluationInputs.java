package org.concordat.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.concordat.evaluation.DisclosurePolicy;
import org.concordat.evaluation.Evaluation;
import org.concordat.evaluation.EvaluationResult;
import org.concordat.evaluation.Observation;
import org.concordat.plan.PartnershipPlan;
import picocli.CommandLine.Option;

/** The monitoring data options of {@code evaluate} and {@code report}, and the evaluation they feed. */
final class EvaluationInputs {
    @Option(
            names = "--observations",
            paramLabel = "FILE",
            description = "Aggregate observations (CSV: measure_id,institution_id,period,group,value,n,source).")
    Optional<Path> observations = Optional.empty();

    @Option(
            names = "--pupils",
            paramLabel = "FILE",
            description = "Pseudonymised pupil records (CSV, docs/evaluation.md), aggregated in one pass.")
    Optional<Path> pupils = Optional.empty();

    @Option(
            names = "--as-of",
            paramLabel = "DATE",
            description = "Evaluate as on this date (YYYY-MM-DD); default: today.")
    Optional<LocalDate> asOf = Optional.empty();

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

    LocalDate date() {
        return asOf.orElseGet(LocalDate::now);
    }

    /** The observations from both files, aggregate ones first. */
    List<Observation> read(PartnershipPlan plan, Environment env) {
        List<Observation> all = new ArrayList<>();
        observations.ifPresent(f -> all.addAll(ObservationCsv.read(f)));
        pupils.ifPresent(f -> all.addAll(PupilObservations.read(f, plan, progress, env)));
        return all;
    }

    /** The evaluation of {@code plan} on the observations, with the default policies. */
    EvaluationResult evaluate(PartnershipPlan plan, Environment env) {
        List<Observation> data = read(plan, env);
        return Evaluation.of(plan, data).withDisclosurePolicy(policy()).asOf(date());
    }

    /** The library's disclosure policy, with {@code --disclosure-threshold} when given. */
    DisclosurePolicy policy() {
        if (threshold.isEmpty()) {
            return DisclosurePolicy.defaults();
        }
        try {
            return DisclosurePolicy.defaults().withThreshold(threshold.get());
        } catch (IllegalArgumentException e) {
            throw new InputException("--disclosure-threshold: " + e.getMessage(), e);
        }
    }
}
