package org.concordat.testkit;

import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.concordat.calendar.AcademicYear;
import org.concordat.calendar.TermDates;
import org.concordat.partnership.Member;
import org.concordat.plan.Activity;
import org.concordat.plan.ActivityType;
import org.concordat.plan.FundingSource;
import org.concordat.plan.Objective;
import org.concordat.plan.PartnershipPlan;
import org.concordat.rules.Rulebook;
import org.concordat.rules.ValidationReport;
import org.concordat.rules.ValidationSettings;

/**
 * Seeded, reproducible plans for any test framework or a plain loop: the same seed and size always
 * give the same plan. {@code RulebookGen} in {@code concordat-testkit-quicktheories} wraps these as
 * QuickTheories generators; wrap them the same way for another property-testing library (see
 * docs/testing.md).
 *
 * <p>Valid plans are built to satisfy every built-in rule (of {@code dfe-guidance} and {@code
 * stem-partnership}) by construction, so no time is spent filtering; they may carry warnings
 * (e.g. {@code PROGRAMME_GROUP_SIZE} for a two-school partnership). Validate them with {@link
 * #settingsFor}.
 */
public final class PlanSamples {
    /** How many seeds {@link #validPlan(Rulebook, long, int)} tries before giving up. */
    static final int ATTEMPTS = 1_000;

    private static final String SEED_PREFIX = "partnership-";

    private PlanSamples() {}

    /**
     * A plan with no error under the built-in rulebooks, of {@link PlanShape#ofSize size} 0 (two
     * schools, one objective, two activities) to 100 (nine members, six objectives, 27 activities).
     * Its partnership id is {@code partnership-} and the seed in hex ({@link #seedOf}).
     *
     * @throws IllegalArgumentException when size is negative
     */
    public static PartnershipPlan validPlan(long seed, int size) {
        return validPlan(seed, PlanShape.ofSize(size));
    }

    /** A plan with no error under the built-in rulebooks, of exactly {@code shape}. */
    public static PartnershipPlan validPlan(long seed, PlanShape shape) {
        return ValidPlanFactory.build(seed, shape);
    }

    /**
     * A plan with no error under {@code rulebook}: a built-in valid plan, for the first seed from
     * {@code seed} on that {@code rulebook} also accepts (your own rules are honoured by
     * filtering, the built-in ones by construction). The same as {@link #validPlan(Rulebook,
     * Acceptance, long, PlanShape)} with {@link Acceptance#NO_ERRORS}.
     *
     * @throws IllegalStateException when {@value #ATTEMPTS} seeds in a row give no plan the
     *     rulebook accepts
     */
    public static PartnershipPlan validPlan(Rulebook rulebook, long seed, int size) {
        return validPlan(rulebook, Acceptance.NO_ERRORS, seed, PlanShape.ofSize(size));
    }

    /**
     * A plan of {@code shape} that {@code rulebook} accepts in the sense of {@code acceptance} (no
     * errors, or no warnings either), judged with {@link #settingsFor}: the plan for the first seed
     * from {@code seed} on that is accepted.
     *
     * @throws IllegalStateException when {@value #ATTEMPTS} seeds in a row give no accepted plan
     *     (e.g. {@link Acceptance#NO_WARNINGS} under {@code stem-partnership} for a shape outside
     *     four to eight members, which always warns {@code PROGRAMME_GROUP_SIZE})
     */
    public static PartnershipPlan validPlan(Rulebook rulebook, Acceptance acceptance, long seed, PlanShape shape) {
        ValidationReport last = null;
        for (int i = 0; i < ATTEMPTS; i++) {
            PartnershipPlan plan = validPlan(seed + i, shape);
            last = rulebook.validate(plan, settingsFor(plan));
            if (acceptance.accepts(last)) {
                return plan;
            }
        }
        throw new IllegalStateException("rulebook " + rulebook.name() + ": rejected " + ATTEMPTS
                + " generated plans of shape \"" + shape + "\" in a row from seed " + seed + " under " + acceptance
                + " (the last one reported " + last.codes() + "); its rules need plans the testkit does not build,"
                + " so choose another shape or adjust the generated plans before validating");
    }

    /** A valid plan of {@code size} with one breaker, chosen by the seed, applied. */
    public static BrokenPlan brokenPlan(long seed, int size) {
        List<Breaker> all = breakers();
        Breaker breaker = all.get(new SplittableRandom(seed).nextInt(all.size()));
        return brokenPlan(breaker, seed, size);
    }

    /** A valid plan of {@code size} with {@code breaker} applied. */
    public static BrokenPlan brokenPlan(Breaker breaker, long seed, int size) {
        return brokenPlan(breaker, seed, PlanShape.ofSize(size));
    }

    /**
     * A valid plan of {@code shape} with {@code breaker} applied, and the settings to validate it
     * with (real term dates when the breaker {@link Breaker#needsTermDates() needs them}).
     */
    public static BrokenPlan brokenPlan(Breaker breaker, long seed, PlanShape shape) {
        PartnershipPlan plan = validPlan(seed, shape);
        ValidationSettings settings = breaker.needsTermDates() ? withDefaultTermDates(plan) : settingsFor(plan);
        return new BrokenPlan(breaker.apply(plan), breaker, settings);
    }

    /** Every breaker: at least one per error code of the built-in rules and one per warning code. */
    public static List<Breaker> breakers() {
        return BreakersHolder.ALL;
    }

    /**
     * The breakers that target {@code code}.
     *
     * @throws IllegalArgumentException when no breaker targets {@code code}, listing the codes that
     *     have one
     */
    public static List<Breaker> breakers(String code) {
        List<Breaker> out =
                breakers().stream().filter(b -> b.code().equals(code)).toList();
        if (out.isEmpty()) {
            throw new IllegalArgumentException("breaker code \"" + code + "\": no breaker targets it; codes with one: "
                    + breakers().stream().map(Breaker::code).distinct().sorted().toList());
        }
        return out;
    }

    /**
     * A one-line summary of a plan for a failure message, well under 200 characters for a
     * generated plan: the seed it was built from (read back from its id, {@code partnership-} and
     * the seed in hex), then its counts, e.g. {@code seed 0x2a: 7 members, 1 objective, 2
     * activities, 1 schedule form (partnership-2a)}. For a plan not built by the testkit the seed
     * is {@code unknown}. Rebuild a generated plan with {@code validPlan(seed, shape)}.
     */
    public static String describe(PartnershipPlan plan) {
        String id = plan.partnership().id();
        String seed = seedOf(plan).map(s -> "0x" + Long.toHexString(s)).orElse("unknown");
        long forms = plan.activities().stream()
                .filter(a -> a.type() != ActivityType.CHAMPION_MEETING)
                .map(a -> a.schedule().getClass())
                .distinct()
                .count();
        return "seed " + seed + ": "
                + PlanShape.plural(plan.partnership().members().size(), "member") + ", "
                + PlanShape.plural(plan.objectives().size(), "objective") + ", "
                + PlanShape.plural(plan.activities().size(), "activity") + ", "
                + PlanShape.plural((int) forms, "schedule form") + " (" + abbreviate(id, 60) + ")";
    }

    /**
     * The seed a generated plan was built from, read from its partnership id ({@code
     * partnership-} followed by the seed in hex, as {@link Long#toHexString} writes it); empty for
     * any other id.
     */
    public static Optional<Long> seedOf(PartnershipPlan plan) {
        String id = plan.partnership().id();
        if (!id.startsWith(SEED_PREFIX)
                || id.length() == SEED_PREFIX.length()
                || id.length() > SEED_PREFIX.length() + 16) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseUnsignedLong(id.substring(SEED_PREFIX.length()), 16));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * A compact textual form of a plan for failure messages: one line for the partnership and one
     * per member, objective, activity and funding source, with what tells them apart (kind and
     * phase, dates of joining and leaving, measures, type, schedule, status, cost), leaving out
     * what every generated plan shares (the agreement's sections, people, the evaluation plan).
     * A few hundred characters for a small plan where its {@code toString} runs to thousands.
     * Names no pupil and no person.
     */
    public static String compact(PartnershipPlan plan) {
        StringBuilder b = new StringBuilder();
        var p = plan.partnership();
        b.append(p.id()).append(": ").append(p.period()).append(", lead ").append(p.leadInstitutionId());
        p.deputyLeadInstitutionId().ifPresent(d -> b.append(", deputy ").append(d));
        b.append('\n');
        for (Member m : p.members()) {
            b.append("  member ").append(m.institutionId());
            plan.institution(m.institutionId()).ifPresent(i -> {
                b.append(' ').append(i.kind());
                i.phase().ifPresent(ph -> b.append(' ').append(ph));
                i.urn().ifPresent(u -> b.append(" URN ").append(u));
            });
            if (!m.joined().equals(p.period().start())) {
                b.append(" joins ").append(m.joined());
            }
            m.left().ifPresent(l -> b.append(" leaves ").append(l));
            b.append('\n');
        }
        for (Objective o : plan.objectives()) {
            b.append("  objective ")
                    .append(o.id())
                    .append(": ")
                    .append(PlanShape.plural(o.measures().size(), "measure"))
                    .append('\n');
        }
        for (Activity a : plan.activities()) {
            b.append("  activity ")
                    .append(a.id())
                    .append(' ')
                    .append(a.type())
                    .append(' ')
                    .append(a.schedule())
                    .append(' ')
                    .append(a.status())
                    .append(" for ")
                    .append(a.objectiveIds());
            a.cost().ifPresent(c -> b.append(' ').append(c.format()));
            b.append('\n');
        }
        for (FundingSource f : plan.funding().sources()) {
            b.append("  funding ")
                    .append(f.id())
                    .append(' ')
                    .append(f.amount().format())
                    .append(", ")
                    .append(PlanShape.plural(
                            (int) plan.funding().allocations().stream()
                                    .filter(x -> x.fundingSourceId().equals(f.id()))
                                    .count(),
                            "allocation"))
                    .append(", ")
                    .append(PlanShape.plural(
                            (int) plan.funding().spends().stream()
                                    .filter(x -> x.fundingSourceId().equals(f.id()))
                                    .count(),
                            "spend"))
                    .append('\n');
        }
        return b.toString();
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
    }

    /**
     * The settings generated plans are judged with: as of the first day of the plan, no real term
     * dates (so {@code ACTIVITY_IN_SCHOOL_HOLIDAY} stays quiet).
     */
    public static ValidationSettings settingsFor(PartnershipPlan plan) {
        return ValidationSettings.asOf(plan.partnership().period().start());
    }

    /**
     * {@link #settingsFor} with the default term dates of the plan's years given as if they were a
     * school's real ones, so the holiday rule runs; generated valid plans pass it too.
     */
    public static ValidationSettings withDefaultTermDates(PartnershipPlan plan) {
        AcademicYear first = AcademicYear.containing(plan.partnership().period().start());
        AcademicYear last = AcademicYear.containing(plan.partnership().period().end());
        ValidationSettings s = settingsFor(plan);
        for (AcademicYear y = first; y.compareTo(last) <= 0; y = y.next()) {
            s = s.withTermDates(TermDates.defaults(y));
        }
        return s;
    }

    private static final class BreakersHolder {
        static final List<Breaker> ALL = Breakers.all();
    }
}
