package org.concordat.testkit.quicktheories;

import org.concordat.plan.PartnershipPlan;
import org.concordat.rules.Rulebook;
import org.concordat.testkit.BrokenPlan;
import org.concordat.testkit.PlanSamples;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of valid plans and of plans broken in exactly one way, for property
 * tests of rulebooks and of code that must only ever produce valid plans. They shrink toward small
 * partnerships and short plans (a failure is reported for the smallest size that shows it) and are
 * built on {@link PlanSamples}, so a failing case can be rebuilt from its seed and size.
 */
public final class RulebookGen {
    /** The largest size {@link #validPlans()} asks {@link PlanSamples#validPlan(long, int)} for. */
    public static final int MAX_SIZE = 100;

    private RulebookGen() {}

    /** Seeds, shrinking toward 0. */
    public static Gen<Long> seeds() {
        return Generate.longRange(0, Long.MAX_VALUE, 0);
    }

    /** Sizes from 0 to {@link #MAX_SIZE}, shrinking toward 0. */
    public static Gen<Integer> sizes() {
        return Generate.range(0, MAX_SIZE, 0);
    }

    /** Plans with no error under the built-in rulebooks, built that way rather than filtered. */
    public static Gen<PartnershipPlan> validPlans() {
        return seeds().zip(sizes(), PlanSamples::validPlan).describedAs(RulebookGen::describe);
    }

    /**
     * Plans with no error under {@code rulebook}: {@link #validPlans()} that {@code rulebook} also
     * accepts (the built-in rules hold by construction; rules you added hold by filtering).
     */
    public static Gen<PartnershipPlan> validPlans(Rulebook rulebook) {
        return validPlans()
                .assuming(p -> rulebook.validate(p, PlanSamples.settingsFor(p)).isValid());
    }

    /** Valid plans with one breaker applied, paired with the code it must trigger. */
    public static Gen<BrokenPlan> brokenPlans() {
        return Generate.pick(PlanSamples.breakers())
                .zip(seeds(), sizes(), PlanSamples::brokenPlan)
                .describedAs(BrokenPlan::toString);
    }

    private static String describe(PartnershipPlan p) {
        return p.partnership().id() + " (" + p.partnership().members().size() + " members, "
                + p.objectives().size() + " objectives, " + p.activities().size() + " activities)";
    }
}
