package org.concordat.testkit.quicktheories;

import org.concordat.plan.PartnershipPlan;
import org.concordat.rules.Rulebook;
import org.concordat.testkit.Acceptance;
import org.concordat.testkit.Breaker;
import org.concordat.testkit.BrokenPlan;
import org.concordat.testkit.PlanSamples;
import org.concordat.testkit.PlanShape;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of valid plans and of plans broken in exactly one way, for property
 * tests of rulebooks and of code that must only ever produce valid plans. They are built on {@link
 * PlanSamples}: a plan's shape is drawn dimension by dimension (members, objectives, activities,
 * schedule forms, each shrinking toward its minimum on its own) and its seed separately, so a
 * failing property is reported for the smallest plan that still fails it, summarised by {@link
 * PlanSamples#describe} (seed and counts), and rebuilt with {@code PlanSamples.validPlan(seed,
 * PlanShape.of(...))}.
 */
public final class RulebookGen {
    /** The largest size {@link #sizes()} draws. */
    public static final int MAX_SIZE = 100;

    /** The most members {@link #shapes()} draws (a partnership one past the programme's eight). */
    public static final int MAX_MEMBERS = 9;

    /** The most objectives {@link #shapes()} draws. */
    public static final int MAX_OBJECTIVES = 6;

    /** The most activities {@link #shapes()} draws beyond the fewest a plan's objectives need. */
    public static final int MAX_EXTRA_ACTIVITIES = 20;

    private RulebookGen() {}

    /** Seeds, shrinking toward 0. */
    public static Gen<Long> seeds() {
        return Generate.longRange(0, Long.MAX_VALUE, 0);
    }

    /** Sizes from 0 to {@link #MAX_SIZE}, shrinking toward 0 (see {@link PlanShape#ofSize}). */
    public static Gen<Integer> sizes() {
        return Generate.range(0, MAX_SIZE, 0);
    }

    /**
     * Plan shapes of 2 to {@link #MAX_MEMBERS} members, 1 to {@link #MAX_OBJECTIVES} objectives,
     * one more activity than objectives plus 0 to {@link #MAX_EXTRA_ACTIVITIES}, and 1 to {@value
     * PlanShape#SCHEDULE_FORMS} schedule forms: each dimension drawn on its own, so each shrinks
     * to its minimum independently of the others.
     */
    public static Gen<PlanShape> shapes() {
        return in -> {
            int members = Generate.range(2, MAX_MEMBERS, 2).generate(in);
            int objectives = Generate.range(1, MAX_OBJECTIVES, 1).generate(in);
            int extra = Generate.range(0, MAX_EXTRA_ACTIVITIES, 0).generate(in);
            int forms = Generate.range(1, PlanShape.SCHEDULE_FORMS, 1).generate(in);
            return PlanShape.of(members, objectives, objectives + 1 + extra, forms);
        };
    }

    /**
     * Plans with no error under the built-in rulebooks, built that way rather than filtered, of
     * {@link #shapes()}; described by {@link PlanSamples#describe}.
     */
    public static Gen<PartnershipPlan> validPlans() {
        return validPlans(shapes());
    }

    /** Plans with no error under the built-in rulebooks, of the shapes {@code shapes} draws. */
    public static Gen<PartnershipPlan> validPlans(Gen<PlanShape> shapes) {
        return seeds().zip(shapes, PlanSamples::validPlan).describedAs(PlanSamples::describe);
    }

    /**
     * Plans with no error under {@code rulebook}: {@link #validPlans()} that {@code rulebook} also
     * accepts (the built-in rules hold by construction; rules you added hold by filtering).
     */
    public static Gen<PartnershipPlan> validPlans(Rulebook rulebook) {
        return validPlans(rulebook, Acceptance.NO_ERRORS);
    }

    /**
     * Plans {@code rulebook} accepts in the sense of {@code acceptance}: with {@link
     * Acceptance#NO_WARNINGS} under {@code stem-partnership}, only plans of four to eight members
     * pass, so most draws of a wider shape are discarded.
     */
    public static Gen<PartnershipPlan> validPlans(Rulebook rulebook, Acceptance acceptance) {
        return validPlans()
                .assuming(p -> acceptance.accepts(rulebook.validate(p, PlanSamples.settingsFor(p))))
                .describedAs(PlanSamples::describe);
    }

    /** Valid plans with one breaker, any of them, applied; described by the breaker and the plan. */
    public static Gen<BrokenPlan> brokenPlans() {
        return Generate.pick(PlanSamples.breakers())
                .zip(seeds(), shapes(), PlanSamples::brokenPlan)
                .describedAs(RulebookGen::describe);
    }

    /** Valid plans with {@code breaker} applied. */
    public static Gen<BrokenPlan> brokenPlans(Breaker breaker) {
        return seeds().zip(shapes(), (seed, shape) -> PlanSamples.brokenPlan(breaker, seed, shape))
                .describedAs(RulebookGen::describe);
    }

    /**
     * Valid plans broken so that they trigger {@code code}: one of the breakers targeting it
     * ({@link PlanSamples#breakers(String)}) applied.
     *
     * @throws IllegalArgumentException when no breaker targets {@code code}
     */
    public static Gen<BrokenPlan> brokenPlans(String code) {
        return Generate.pick(PlanSamples.breakers(code))
                .zip(seeds(), shapes(), PlanSamples::brokenPlan)
                .describedAs(RulebookGen::describe);
    }

    private static String describe(BrokenPlan broken) {
        return broken.breaker() + " in " + PlanSamples.describe(broken.plan());
    }
}
