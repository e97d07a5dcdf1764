package org.concordat.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.concordat.plan.PartnershipPlan;
import org.concordat.rules.Rulebook;
import org.concordat.rules.Rulebooks;
import org.concordat.rules.ValidationReport;
import org.concordat.rules.ValidationSettings;
import org.concordat.testkit.PlanSamples;
import org.concordat.testkit.PlanShape;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Full {@code stem-partnership} validation: of a 17-school two-year plan with 300 activities and 40
 * objectives (aim: under 1 ms on one core), of a plan ten times larger (aim: at most twelve times as
 * long), and of a batch of 450 such 17-school plans (a national programme). Plans come from the
 * testkit, so they are valid and realistic; real term dates are given so every rule runs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RulebookBenchmark {
    private final Rulebook rulebook = Rulebooks.stemPartnership();
    private PartnershipPlan large = PlanSamples.validPlan(1, PlanShape.large());
    private ValidationSettings largeSettings = PlanSamples.withDefaultTermDates(large);
    private PartnershipPlan tenTimes =
            PlanSamples.validPlan(2, PlanShape.large().times(10));
    private ValidationSettings tenTimesSettings = PlanSamples.withDefaultTermDates(tenTimes);
    private List<PartnershipPlan> programme = List.of();
    private List<ValidationSettings> programmeSettings = List.of();
    private java.util.Map<PartnershipPlan, ValidationSettings> settingsOf = java.util.Map.of();

    /** Builds the plans once, outside the measurement. */
    @Setup
    public void setUp() {
        large = PlanSamples.validPlan(1, PlanShape.large());
        largeSettings = PlanSamples.withDefaultTermDates(large);
        tenTimes = PlanSamples.validPlan(2, PlanShape.large().times(10));
        tenTimesSettings = PlanSamples.withDefaultTermDates(tenTimes);
        List<PartnershipPlan> plans = new ArrayList<>();
        List<ValidationSettings> settings = new ArrayList<>();
        for (int i = 0; i < 450; i++) {
            PartnershipPlan plan = PlanSamples.validPlan(1000 + i, PlanShape.large());
            plans.add(plan);
            settings.add(PlanSamples.withDefaultTermDates(plan));
        }
        programme = List.copyOf(plans);
        programmeSettings = List.copyOf(settings);
        java.util.Map<PartnershipPlan, ValidationSettings> byPlan = new java.util.IdentityHashMap<>();
        for (int i = 0; i < programme.size(); i++) {
            byPlan.put(programme.get(i), programmeSettings.get(i));
        }
        settingsOf = byPlan;
    }

    /** One 17-school, 40-objective, 300-activity plan. */
    @Benchmark
    public ValidationReport validateLargePlan() {
        return rulebook.validate(large, largeSettings);
    }

    /** One plan ten times that size: 170 members, 400 objectives, 3,000 activities. */
    @Benchmark
    public ValidationReport validateTenTimesLargerPlan() {
        return rulebook.validate(tenTimes, tenTimesSettings);
    }

    /** 450 plans of the large size, one after another, on one thread. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public void validateProgrammeOf450Plans(Blackhole sink) {
        for (int i = 0; i < programme.size(); i++) {
            sink.consume(rulebook.validate(programme.get(i), programmeSettings.get(i)));
        }
    }

    /**
     * The same 450 plans, each validated ten times in a row, so that all but the first of each
     * find the plan in cache: divided by 4,500, the cost of a plan validated alone and hot, averaged
     * over the programme's own plans (which differ in size from {@link #validateLargePlan}'s). Set
     * beside {@link #validateProgrammeOf450Plans} divided by 450, it shows what walking 450
     * different plans adds per plan.
     */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public void validateProgrammePlansEachTenTimes(Blackhole sink) {
        for (int i = 0; i < programme.size(); i++) {
            for (int r = 0; r < 10; r++) {
                sink.consume(rulebook.validate(programme.get(i), programmeSettings.get(i)));
            }
        }
    }

    /**
     * The same 450 plans through {@link Rulebook#validateAll(List, java.util.function.Function)}: in
     * parallel on the calling thread and the common pool, so on every core.
     */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public List<ValidationReport> validateProgrammeOf450PlansInParallel() {
        return rulebook.validateAll(programme, settingsOf::get);
    }
}
