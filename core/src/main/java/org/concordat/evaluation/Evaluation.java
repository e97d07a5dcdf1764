package org.concordat.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.concordat.plan.Measure;
import org.concordat.plan.Objective;
import org.concordat.plan.PartnershipPlan;
import org.concordat.plan.PupilGroup;

/**
 * The evaluation engine: a pure function of a plan, observations and an "as of" date. {@code
 * Evaluation.of(plan, observations).asOf(date)} judges every measure of every objective, for each
 * institution (or the partnership) and pupil group that has observations, against its trajectory
 * (see {@link ProgressFinding}), applies disclosure control and labels each {@link Finding} with
 * its evidence. A measure with no observation gets one NO_DATA finding per pupil group its
 * objective targets (or for all pupils), so a report shows the gap in monitoring.
 */
public final class Evaluation {
    private static final String WITHHELD = "withheld: the figure is about fewer pupils than the disclosure threshold";

    private final PartnershipPlan plan;
    private final List<Observation> observations;
    private final ProgressPolicy progressPolicy;
    private final DisclosurePolicy disclosurePolicy;

    private Evaluation(
            PartnershipPlan plan,
            List<Observation> observations,
            ProgressPolicy progressPolicy,
            DisclosurePolicy disclosurePolicy) {
        this.plan = plan;
        this.observations = observations;
        this.progressPolicy = progressPolicy;
        this.disclosurePolicy = disclosurePolicy;
    }

    /** An evaluation of {@code plan} from {@code observations}, with the default policies. */
    public static Evaluation of(PartnershipPlan plan, List<Observation> observations) {
        return new Evaluation(
                Objects.requireNonNull(plan, "plan"),
                List.copyOf(observations),
                ProgressPolicy.defaults(),
                DisclosurePolicy.defaults());
    }

    /** A copy using {@code policy} for the amber/red tolerance. */
    public Evaluation withProgressPolicy(ProgressPolicy policy) {
        return new Evaluation(plan, observations, Objects.requireNonNull(policy, "policy"), disclosurePolicy);
    }

    /** A copy using {@code policy} for disclosure control. */
    public Evaluation withDisclosurePolicy(DisclosurePolicy policy) {
        return new Evaluation(plan, observations, progressPolicy, Objects.requireNonNull(policy, "policy"));
    }

    /** The findings as of {@code date}. */
    public EvaluationResult asOf(LocalDate date) {
        Objects.requireNonNull(date, "date");
        List<Finding> findings = new ArrayList<>();
        for (Objective objective : plan.objectives()) {
            for (Measure measure : objective.measures()) {
                findings.addAll(judge(objective, measure, date));
            }
        }
        return new EvaluationResult(date, findings);
    }

    private List<Finding> judge(Objective objective, Measure measure, LocalDate date) {
        Map<List<Object>, List<Observation>> series = new LinkedHashMap<>();
        observations.stream()
                .filter(o -> o.measureId().equals(measure.id()))
                .sorted(Comparator.comparing((Observation o) -> o.institution().orElse(""))
                        .thenComparing(Observation::group))
                .forEach(o -> series.computeIfAbsent(List.of(o.institution(), o.group()), k -> new ArrayList<>())
                        .add(o));
        if (series.isEmpty()) {
            List<PupilGroup> groups = objective.pupilGroups().isEmpty()
                    ? List.of(PupilGroup.ALL)
                    : objective.pupilGroups().stream().sorted().toList();
            for (PupilGroup g : groups) {
                series.put(List.of(Optional.<String>empty(), g), List.of());
            }
        }
        Optional<Trajectory> trajectory = trajectory(measure);
        List<Finding> out = new ArrayList<>();
        series.forEach((key, list) -> {
            @SuppressWarnings("unchecked")
            Optional<String> institution = (Optional<String>) key.get(0);
            PupilGroup group = (PupilGroup) key.get(1);
            out.add(trajectory
                    .map(t -> fromProgress(
                            objective,
                            measure,
                            institution,
                            group,
                            ProgressFinding.assess(t, measure.cadence(), list, date, progressPolicy)))
                    .orElseGet(() -> withoutTrajectory(objective, measure, institution, group, list, date)));
        });
        return out;
    }

    private static Optional<Trajectory> trajectory(Measure measure) {
        try {
            return Optional.of(Trajectory.of(measure));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private Finding fromProgress(
            Objective objective, Measure measure, Optional<String> institution, PupilGroup group, ProgressFinding p) {
        // A status or reason beside a withheld figure would bound it ("at or ahead of the
        // expected 34.16"), and its n is the small count being protected: all go with it.
        boolean suppressed = p.isSuppressed(disclosurePolicy);
        return new Finding(
                objective.id(),
                measure.id(),
                institution.orElse(null),
                group,
                p.shownValue(disclosurePolicy),
                p.expected().orElse(null),
                p.comparedAt().orElse(null),
                p.target(),
                suppressed ? ProgressStatus.NO_DATA : p.status(),
                suppressed ? WITHHELD : p.reason(),
                suppressed ? null : p.latest().flatMap(Observation::n).orElse(null),
                suppressed,
                p.evidence());
    }

    private Finding withoutTrajectory(
            Objective objective,
            Measure measure,
            Optional<String> institution,
            PupilGroup group,
            List<Observation> list,
            LocalDate date) {
        Optional<Observation> latest =
                list.stream().filter(o -> !o.date().isAfter(date)).max(Comparator.comparing(Observation::date));
        boolean suppressed = latest.flatMap(Observation::n)
                .map(disclosurePolicy::isDisclosive)
                .orElse(false);
        Figure value = latest.isEmpty()
                ? Figure.withheld(Symbol.UNAVAILABLE)
                : suppressed
                        ? Figure.withheld(Symbol.CONFIDENTIAL)
                        : Figure.of(latest.get().value());
        return new Finding(
                objective.id(),
                measure.id(),
                institution.orElse(null),
                group,
                value,
                null,
                null,
                null,
                ProgressStatus.NO_DATA,
                "no trajectory: the measure needs a baseline value and a later target value",
                suppressed ? null : latest.flatMap(Observation::n).orElse(null),
                suppressed,
                Evidence.of(org.concordat.plan.EvidenceDesign.BEFORE_AFTER_NO_COMPARISON));
    }

    @Override
    public String toString() {
        return "Evaluation[" + plan.objectives().size() + " objectives, " + observations.size() + " observations]";
    }
}
