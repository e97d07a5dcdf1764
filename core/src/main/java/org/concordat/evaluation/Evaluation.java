package org.concordat.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.concordat.agreement.DataSharing;
import org.concordat.calendar.AcademicYear;
import org.concordat.calendar.Period;
import org.concordat.evaluation.disclosure.DisclosurePolicy;
import org.concordat.evaluation.disclosure.Figure;
import org.concordat.evaluation.disclosure.LinkedTables;
import org.concordat.evaluation.disclosure.Symbol;
import org.concordat.evaluation.effects.Evidence;
import org.concordat.evaluation.effects.SurveyAgreement;
import org.concordat.evaluation.pupils.GapAnalysis;
import org.concordat.evaluation.pupils.GapResult;
import org.concordat.evaluation.pupils.GroupGap;
import org.concordat.plan.Characteristic;
import org.concordat.plan.Measure;
import org.concordat.plan.Objective;
import org.concordat.plan.PartnershipPlan;
import org.concordat.plan.PupilGroup;
import org.jspecify.annotations.Nullable;

/**
 * The evaluation engine: a pure function of a plan, observations and an "as of" date. {@code
 * Evaluation.of(plan, observations).asOf(date)} judges every measure of every objective, for each
 * institution (or the partnership) and pupil group that has observations, against its trajectory
 * (see {@link ProgressFinding}), applies disclosure control and labels each {@link Finding} with
 * its evidence. A measure with no observation gets one NO_DATA finding per pupil group its
 * objective targets (or for all pupils), so a report shows the gap in monitoring.
 */
public final class Evaluation {
    /** The same words for every withheld figure, so a complement cannot be told from a small one. */
    static final String WITHHELD =
            "withheld by disclosure control: too few pupils or responses, or it would let another"
                    + " withheld figure be worked out";

    /**
     * The one reason of every withheld figure under {@code policy}: it names the response-rate rule
     * when the policy has one, without saying which rule withheld which figure, so a survey value
     * withheld for its response rate cannot be told from a small figure or a complement (saying so
     * would tell an intruder that at least 10 but fewer than half of those invited responded).
     */
    static String withheldReason(DisclosurePolicy policy) {
        return policy.minimumResponseRate()
                .filter(r -> r.signum() > 0)
                .map(r -> "withheld by disclosure control: too few pupils or responses, a survey response rate"
                        + " below " + r.movePointRight(2).stripTrailingZeros().toPlainString()
                        + "%, or it would let another withheld figure be worked out")
                .orElse(WITHHELD);
    }

    /** A figure about pupils whose n is not given cannot be shown to be about enough of them. */
    static final String WITHHELD_NO_N = "withheld by disclosure control: number of pupils not given";

    private final PartnershipPlan plan;
    private final List<Observation> observations;
    private final ProgressPolicy progressPolicy;
    private final DisclosurePolicy disclosurePolicy;
    private final List<GapResult> gaps = new ArrayList<>();
    private final List<EffectFinding> effects = new ArrayList<>();
    private @Nullable DataSharing sharing;
    private @Nullable String audience;

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
        Evaluation e = new Evaluation(plan, observations, Objects.requireNonNull(policy, "policy"), disclosurePolicy);
        e.gaps.addAll(gaps);
        e.effects.addAll(effects);
        e.sharing = sharing;
        e.audience = audience;
        return e;
    }

    /** A copy using {@code policy} for disclosure control. */
    public Evaluation withDisclosurePolicy(DisclosurePolicy policy) {
        Evaluation e = new Evaluation(plan, observations, progressPolicy, Objects.requireNonNull(policy, "policy"));
        e.gaps.addAll(gaps);
        e.effects.addAll(effects);
        e.sharing = sharing;
        e.audience = audience;
        return e;
    }

    /**
     * A copy that also publishes the gaps between pupil groups of {@code gaps} (computed from pupil
     * records by a {@link GapAnalysis}), protected together with the findings: a gap rests on the
     * same figures as the findings for its groups, so both are decided in one place.
     */
    public Evaluation withGaps(List<GapResult> gaps) {
        Evaluation e = new Evaluation(plan, observations, progressPolicy, disclosurePolicy);
        e.gaps.addAll(gaps);
        e.effects.addAll(effects);
        e.sharing = sharing;
        e.audience = audience;
        return e;
    }

    /**
     * A copy that also publishes {@code effects} (effect sizes with their design), protected with
     * the findings: an effect whose groups are figures of this evaluation ({@link
     * EffectFinding#about}) joins their linked tables and is withheld whenever either figure is; one
     * without them is withheld when a group is about fewer pupils than the threshold. The result's
     * {@link EvaluationResult#effects()} is the only way an effect finding is worded for publication.
     */
    public Evaluation withEffects(List<EffectFinding> effects) {
        Evaluation e = new Evaluation(plan, observations, progressPolicy, disclosurePolicy);
        e.gaps.addAll(gaps);
        e.effects.addAll(List.copyOf(effects));
        e.sharing = sharing;
        e.audience = audience;
        return e;
    }

    /**
     * A copy that uses an institution's values only for dates on which the plan's agreement covers
     * its data ({@link DataSharing}): a value describing a day on which the institution is not a
     * party to a version in force with a data protection section and its governing body's approval
     * recorded is left out of every finding (the institution's own and, when the measure combines
     * institution values, the partnership's), and {@link EvaluationResult#dataLeftOut()} says which
     * and why. Values for the partnership as a whole are always used. This is how partnership
     * reports are evaluated; {@link #forInstitution} gives an institution its own findings.
     */
    public Evaluation underAgreement() {
        Evaluation e = withGaps(gaps);
        e.sharing = DataSharing.under(plan.agreement());
        e.audience = null;
        return e;
    }

    /**
     * A copy that judges only {@code institutionId}'s own values, whatever the agreement says: an
     * institution always sees its own findings. Values of other institutions and of the partnership
     * are not used.
     */
    public Evaluation forInstitution(String institutionId) {
        Evaluation e = withGaps(gaps);
        e.sharing = null;
        e.audience = Objects.requireNonNull(institutionId, "institutionId");
        return e;
    }

    /** The observations this evaluation may use, and (under the agreement) those it leaves out, as of {@code date}. */
    private List<Observation> usable(LocalDate date, List<DataLeftOut> leftOut) {
        List<Observation> used = new ArrayList<>();
        for (Observation o : observations) {
            if (audience != null) {
                if (o.institution().filter(audience::equals).isPresent()) {
                    used.add(o);
                }
                continue;
            }
            Optional<org.concordat.agreement.DataSharingGap> gap =
                    sharing == null || o.institution().isEmpty()
                            ? Optional.empty()
                            : sharing.gap(o.institution().get(), o.date());
            if (gap.isEmpty()) {
                used.add(o);
            } else if (!o.date().isAfter(date)) {
                leftOut.add(new DataLeftOut(o.institution().get(), o.measureId(), o.period(), gap.get()));
            }
        }
        return used;
    }

    /**
     * The findings as of {@code date}, after disclosure control. Every figure the result holds —
     * each finding's value and n, each gap — has passed through one step ({@link LinkedTables}):
     * primary suppression (fewer pupils than the threshold, fewer survey responses than the survey
     * threshold for a {@link Measure#survey() survey} measure, or no n for a measure about pupils),
     * then secondary suppression over the linked tables (institutions and partnership per measure,
     * period and group; all pupils and the codes of one characteristic within one institution) with
     * an exact audit, so that no withheld n or value can be computed from what the result shows. A
     * withheld finding is withheld whole and alike whether it is small or a complement: value
     * {@code c}, no n, status NO_DATA, the same reason. Shown n are rounded to the policy's base.
     */
    public EvaluationResult asOf(LocalDate date) {
        Objects.requireNonNull(date, "date");
        List<DataLeftOut> leftOut = new ArrayList<>();
        List<Observation> used = usable(date, leftOut);
        List<Draft> drafts = new ArrayList<>();
        for (Objective objective : plan.objectives()) {
            for (Measure measure : objective.measures()) {
                drafts.addAll(judge(objective, measure, date, used));
            }
        }
        LinkedTables tables = new LinkedTables();
        for (Draft d : drafts) {
            d.latest()
                    .ifPresent(o -> tables.add(
                            key(d.measure().id(), o.period(), d.institution(), d.group()),
                            o.n().orElse(-1L),
                            mustWithhold(d.measure(), o),
                            threshold(d.measure())));
        }
        List<GapDraft> gapDrafts = gapDrafts(tables);
        for (EffectFinding effect : effects) {
            addEffectCell(
                    tables, effect.treatedCell(), effect.effect().treated().count());
            addEffectCell(
                    tables, effect.referenceCell(), effect.effect().reference().count());
        }
        tables.protect(disclosurePolicy.secondarySuppression());
        List<Finding> findings = new ArrayList<>();
        for (Draft d : drafts) {
            findings.add(d.publish(tables, disclosurePolicy));
        }
        List<GapFinding> published = new ArrayList<>();
        for (GapDraft g : gapDrafts) {
            published.add(g.publish(tables, disclosurePolicy));
        }
        List<PublishedEffect> publishedEffects = new ArrayList<>();
        for (EffectFinding effect : effects) {
            publishedEffects.add(publish(effect, tables));
        }
        return new EvaluationResult(date, findings, published, publishedEffects, leftOut, notUsed(leftOut));
    }

    /** An effect's group as a cell of the linked tables, when the effect says which figure it is. */
    private void addEffectCell(LinkedTables tables, Optional<EffectFinding.Cell> cell, long count) {
        cell.ifPresent(c -> {
            long threshold =
                    plan.measure(c.measureId()).map(this::threshold).orElse((long) disclosurePolicy.threshold());
            tables.add(
                    key(c.measureId(), c.period(), c.institution(), c.group()),
                    count,
                    count > 0 && count < threshold,
                    threshold);
        });
    }

    /**
     * An effect as it may be published: withheld whole when either group's figure is withheld (or,
     * for an effect not tied to figures, about fewer pupils than the threshold).
     */
    private PublishedEffect publish(EffectFinding effect, LinkedTables tables) {
        boolean withheld;
        if (effect.treatedCell().isPresent()) {
            withheld = cellWithheld(tables, effect.treatedCell().get())
                    || cellWithheld(tables, effect.referenceCell().orElseThrow());
        } else {
            withheld = disclosurePolicy.isDisclosive(effect.effect().treated().count())
                    || disclosurePolicy.isDisclosive(effect.effect().reference().count());
        }
        return withheld
                ? PublishedEffect.withheld(effect, withheldReason(disclosurePolicy))
                : PublishedEffect.shown(effect, disclosurePolicy);
    }

    private static boolean cellWithheld(LinkedTables tables, EffectFinding.Cell c) {
        return tables.withheld(key(c.measureId(), c.period(), c.institution(), c.group()));
    }

    private List<GapDraft> gapDrafts(LinkedTables tables) {
        List<GapDraft> out = new ArrayList<>();
        for (GapResult r : gaps) {
            Optional<Measure> measure = plan.measure(r.measureId());
            long threshold = measure.map(this::threshold).orElse((long) disclosurePolicy.threshold());
            List<AcademicYear> years = r.years();
            List<GroupGap> list = years.size() > 1 ? r.gapsSince(years.get(0)) : r.gaps();
            for (GroupGap g : list) {
                Characteristic c = g.group().characteristic().orElseThrow();
                for (AcademicYear year : List.of(g.year(), g.baseline().orElse(g.year()))) {
                    for (String code : c.codes()) {
                        PupilGroup cell = PupilGroup.of(c, code);
                        long count = r.summary(g.institution(), year, cell).count();
                        if (count > 0) {
                            tables.add(
                                    key(r.measureId(), year.period(), g.institution(), cell),
                                    count,
                                    count < threshold,
                                    threshold);
                        }
                    }
                }
                out.add(new GapDraft(r.measureId(), g));
            }
        }
        return out;
    }

    private static LinkedTables.Key key(String measureId, Period period, Optional<String> scope, PupilGroup group) {
        return new LinkedTables.Key(measureId, period, scope, group);
    }

    /** The measure's threshold: valid responses for a survey, pupils otherwise. */
    private long threshold(Measure measure) {
        return measure.survey() ? disclosurePolicy.surveyThreshold() : disclosurePolicy.threshold();
    }

    /**
     * Primary suppression of one figure: too few behind it, n not given for a measure about pupils,
     * or, when the policy sets a minimum response rate, a survey's response rate (n / invited)
     * below it or not known (docs/data-protection.md says why).
     */
    private boolean mustWithhold(Measure measure, Observation o) {
        Optional<Long> n = o.n();
        if (n.isEmpty()) {
            return measure.concernsPupils() || !disclosurePolicy.unknownCountShown();
        }
        return (n.get() > 0 && n.get() < threshold(measure)) || responseRateTooLow(measure, n.get(), o.invited());
    }

    /**
     * Whether a survey value fails the policy's minimum response rate: below it, or with no number
     * invited (or none invited) to show that it meets it, as {@link SurveyAgreement} judges too.
     */
    private boolean responseRateTooLow(Measure measure, long n, Optional<Long> invited) {
        Optional<BigDecimal> minimum = disclosurePolicy.minimumResponseRate().filter(r -> r.signum() > 0);
        if (!measure.survey() || minimum.isEmpty()) {
            return false;
        }
        if (invited.isEmpty() || invited.get() == 0) {
            return true;
        }
        return BigDecimal.valueOf(n).compareTo(minimum.get().multiply(BigDecimal.valueOf(invited.get()))) < 0;
    }

    private List<Draft> judge(Objective objective, Measure measure, LocalDate date, List<Observation> used) {
        Map<List<Object>, List<Observation>> series = new LinkedHashMap<>();
        Combining.apply(
                        measure,
                        used.stream()
                                .filter(o -> o.measureId().equals(measure.id()))
                                .toList())
                .stream()
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
        List<Draft> out = new ArrayList<>();
        series.forEach((key, list) -> {
            @SuppressWarnings("unchecked")
            Optional<String> institution = (Optional<String>) key.get(0);
            PupilGroup group = (PupilGroup) key.get(1);
            Optional<ProgressFinding> progress =
                    trajectory.map(t -> ProgressFinding.assess(t, measure.cadence(), list, date, progressPolicy));
            Optional<Observation> latest = progress.isPresent()
                    ? progress.get().latest()
                    : list.stream().filter(o -> !o.date().isAfter(date)).max(Comparator.comparing(Observation::date));
            out.add(new Draft(objective, measure, institution, group, progress, latest));
        });
        return out;
    }

    /**
     * The statements of what was left out: per reason and day, how many institutions, e.g. {@code 2
     * schools' data not used: no data-sharing agreement approved by their governing body on 1 March
     * 2026}.
     */
    private List<String> notUsed(List<DataLeftOut> leftOut) {
        Map<List<Object>, java.util.Set<String>> byReason =
                new java.util.TreeMap<>(Comparator.comparing((List<Object> k) -> (LocalDate) k.get(0))
                        .thenComparing(k -> (org.concordat.agreement.DataSharingGap) k.get(1)));
        for (DataLeftOut d : leftOut) {
            byReason.computeIfAbsent(List.of(d.date(), d.gap()), k -> new java.util.TreeSet<>())
                    .add(d.institutionId());
        }
        List<String> out = new ArrayList<>();
        byReason.forEach((k, ids) -> {
            boolean schools = ids.stream()
                    .allMatch(i -> plan.institution(i)
                            .map(x -> x.kind() == org.concordat.school.InstitutionKind.SCHOOL)
                            .orElse(false));
            String noun = ids.size() == 1
                    ? (schools ? "school's" : "institution's")
                    : (schools ? "schools'" : "institutions'");
            out.add(ids.size() + " " + noun + " data not used: "
                    + ((org.concordat.agreement.DataSharingGap) k.get(1)).describe((LocalDate) k.get(0)));
        });
        return List.copyOf(out);
    }

    private static Optional<Trajectory> trajectory(Measure measure) {
        try {
            return Optional.of(Trajectory.of(measure));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A finding before disclosure control: never leaves this class. */
    private record Draft(
            Objective objective,
            Measure measure,
            Optional<String> institution,
            PupilGroup group,
            Optional<ProgressFinding> progress,
            Optional<Observation> latest) {

        Finding publish(LinkedTables tables, DisclosurePolicy policy) {
            boolean withheld = latest.isPresent()
                    && tables.withheld(key(measure.id(), latest.get().period(), institution, group));
            // A status or reason beside a withheld figure would bound it ("at or ahead of the
            // expected 34.16"), and its n is the count being protected: all go with it, and a
            // complement is withheld exactly like a small figure, so none can be told apart.
            String why = latest.flatMap(Observation::n).isEmpty() ? WITHHELD_NO_N : withheldReason(policy);
            Figure value = latest.isEmpty()
                    ? Figure.withheld(Symbol.UNAVAILABLE)
                    : withheld
                            ? Figure.withheld(Symbol.CONFIDENTIAL)
                            : Figure.of(latest.get().value());
            Long n = withheld
                    ? null
                    : latest.flatMap(Observation::n)
                            .map(policy::roundCount)
                            .flatMap(Figure::value)
                            .map(java.math.BigDecimal::longValueExact)
                            .orElse(null);
            if (progress.isPresent()) {
                ProgressFinding p = progress.get();
                return new Finding(
                        objective.id(),
                        measure.id(),
                        institution.orElse(null),
                        group,
                        value,
                        p.expected().orElse(null),
                        p.comparedAt().orElse(null),
                        p.target(),
                        withheld ? ProgressStatus.NO_DATA : p.status(),
                        withheld ? why : p.reason(),
                        n,
                        withheld,
                        p.evidence());
            }
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
                    withheld ? why : "no trajectory: the measure needs a baseline value and a later target value",
                    n,
                    withheld,
                    Evidence.of(org.concordat.plan.EvidenceDesign.BEFORE_AFTER_NO_COMPARISON));
        }
    }

    /** A gap before disclosure control: never leaves this class. */
    private record GapDraft(String measureId, GroupGap gap) {
        GapFinding publish(LinkedTables tables, DisclosurePolicy policy) {
            Characteristic c = gap.group().characteristic().orElseThrow();
            boolean shown = tables.allCodesShown(measureId, gap.year().period(), gap.institution(), c);
            Optional<AcademicYear> baseline = gap.baseline().filter(b -> !b.equals(gap.year()));
            Figure withheld = Figure.withheld(Symbol.CONFIDENTIAL);
            Figure change = baseline.isEmpty()
                    ? Figure.withheld(Symbol.NOT_APPLICABLE)
                    : shown && tables.allCodesShown(measureId, baseline.get().period(), gap.institution(), c)
                            ? Figure.of(twoPlaces(gap.changeSinceBaseline().orElseThrow()))
                            : withheld;
            return new GapFinding(
                    measureId,
                    gap.institution().orElse(null),
                    gap.year(),
                    gap.group(),
                    shown ? Figure.of(twoPlaces(gap.gap())) : withheld,
                    shown ? policy.roundCount(gap.groupSummary().count()) : withheld,
                    shown ? policy.roundCount(gap.others().count()) : withheld,
                    baseline.orElse(null),
                    change);
        }

        private static java.math.BigDecimal twoPlaces(double v) {
            return java.math.BigDecimal.valueOf(v).setScale(2, java.math.RoundingMode.HALF_UP);
        }
    }

    @Override
    public String toString() {
        return "Evaluation[" + plan.objectives().size() + " objectives, " + observations.size() + " observations]";
    }
}
