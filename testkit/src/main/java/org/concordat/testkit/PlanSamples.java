package org.concordat.testkit;

import java.util.List;
import java.util.SplittableRandom;
import org.concordat.calendar.AcademicYear;
import org.concordat.calendar.TermDates;
import org.concordat.plan.PartnershipPlan;
import org.concordat.rules.Rulebook;
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

    private PlanSamples() {}

    /**
     * A plan with no error under the built-in rulebooks, of {@link PlanShape#ofSize size} 0 (two
     * schools, one objective, two activities) to 100 (nine members, six objectives, 27 activities).
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
     * filtering, the built-in ones by construction).
     *
     * @throws IllegalStateException when {@value #ATTEMPTS} seeds in a row give no plan the
     *     rulebook accepts
     */
    public static PartnershipPlan validPlan(Rulebook rulebook, long seed, int size) {
        for (int i = 0; i < ATTEMPTS; i++) {
            PartnershipPlan plan = validPlan(seed + i, size);
            if (rulebook.validate(plan, settingsFor(plan)).isValid()) {
                return plan;
            }
        }
        throw new IllegalStateException("rulebook " + rulebook.name() + ": rejected " + ATTEMPTS
                + " generated plans in a row from seed " + seed + "; its own rules need plans the testkit does"
                + " not build, so adjust the generated plans before validating");
    }

    /** A valid plan of {@code size} with one breaker, chosen by the seed, applied. */
    public static BrokenPlan brokenPlan(long seed, int size) {
        List<Breaker> all = breakers();
        Breaker breaker = all.get(new SplittableRandom(seed).nextInt(all.size()));
        return brokenPlan(breaker, seed, size);
    }

    /** A valid plan of {@code size} with {@code breaker} applied. */
    public static BrokenPlan brokenPlan(Breaker breaker, long seed, int size) {
        PartnershipPlan plan = validPlan(seed, size);
        ValidationSettings settings = breaker.needsTermDates() ? withDefaultTermDates(plan) : settingsFor(plan);
        return new BrokenPlan(breaker.apply(plan), breaker, settings);
    }

    /** Every breaker: at least one per error code of the built-in rules and one per warning code. */
    public static List<Breaker> breakers() {
        return BreakersHolder.ALL;
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
