package org.concordat.testkit.quicktheories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.concordat.calendar.Period;
import org.concordat.evaluation.Observation;
import org.concordat.evaluation.ProgressFinding;
import org.concordat.evaluation.ProgressPolicy;
import org.concordat.evaluation.ProgressStatus;
import org.concordat.evaluation.Trajectory;
import org.concordat.plan.Direction;
import org.concordat.plan.Measure;
import org.concordat.plan.MeasureValues;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Issue 20's invariant: a value is judged at the date it describes, so its status does not change
 * while the calendar moves on from that date until the next value is overdue.
 */
class ProgressPropertiesTest {
    /** The last as-of date checked for a measure collected once, which is never overdue. */
    private static final int ONCE_HORIZON_DAYS = 800;

    /** Cases per property that walks the calendar: each checks about 28 as-of dates. */
    private static final int EXAMPLES = 300;

    /** A measure, a period its value describes and a tolerance policy. */
    private record Case(Measure measure, Period period, ProgressPolicy policy) {}

    private static Gen<Case> cases() {
        return ProgressGen.measures()
                .flatMap(m -> ProgressGen.observedPeriods(m)
                        .zip(ProgressGen.policies(), (p, policy) -> new Case(m, p, policy)));
    }

    private static ProgressFinding assess(Case c, BigDecimal value, LocalDate asOf) {
        Observation o = Observation.builder()
                .measureId("M1")
                .period(c.period())
                .value(value)
                .n(100)
                .source("generated")
                .build();
        return ProgressFinding.assess(c.measure(), List.of(o), asOf, c.policy());
    }

    /** Every as-of date from the date the value describes until, and including, the day it falls due. */
    private static List<LocalDate> asOfDates(Case c) {
        LocalDate observed = c.period().end();
        LocalDate last = c.measure().cadence().nextDueAfter(observed).orElse(observed.plusDays(ONCE_HORIZON_DAYS));
        return observed.datesUntil(last.plusDays(1)).toList();
    }

    /**
     * {@code value} as an observation can hold it (at most {@link MeasureValues#MAX_DIGITS}
     * significant digits), rounded toward better or toward worse so that rounding never moves a
     * value across the boundary the property is about.
     */
    private static BigDecimal recordable(Direction direction, BigDecimal value, boolean towardBetter) {
        boolean up = (direction == Direction.HIGHER_IS_BETTER) == towardBetter;
        return value.round(new MathContext(MeasureValues.MAX_DIGITS, up ? RoundingMode.CEILING : RoundingMode.FLOOR));
    }

    private static BigDecimal worse(Direction direction, BigDecimal value, BigDecimal by) {
        return direction == Direction.HIGHER_IS_BETTER ? value.subtract(by) : value.add(by);
    }

    @Test
    void a_value_on_the_trajectory_at_its_own_date_is_on_track_or_achieved_on_every_date_until_overdue() {
        qt().withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
            Trajectory t = Trajectory.of(c.measure());
            LocalDate at = t.comparisonDate(c.period());
            BigDecimal onCourse = recordable(t.direction(), t.expectedAt(at), true);
            ProgressStatus expected =
                    at.isBefore(t.finalTargetDate()) ? ProgressStatus.ON_TRACK : ProgressStatus.ACHIEVED;
            for (LocalDate asOf : asOfDates(c)) {
                ProgressFinding f = assess(c, onCourse, asOf);
                assertThat(f.status()).as("%s as of %s: %s", c, asOf, f).isEqualTo(expected);
                assertThat(f.comparedAt()).contains(at);
                assertThat(f.expected()).contains(t.expectedAt(at));
            }
            c.measure()
                    .cadence()
                    .nextDueAfter(c.period().end())
                    .ifPresent(due -> assertThat(
                                    assess(c, onCourse, due.plusDays(1)).status())
                            .isEqualTo(ProgressStatus.NO_DATA));
        });
    }

    @Test
    void a_value_behind_at_its_own_date_is_at_risk_within_the_tolerance_and_off_track_beyond_it() {
        Gen<Integer> percentOfTolerance = Generate.range(1, 300);
        qt().withExamples(EXAMPLES).forAll(cases(), percentOfTolerance).checkAssert((c, percent) -> {
            Trajectory t = Trajectory.of(c.measure());
            LocalDate at = t.comparisonDate(c.period());
            BigDecimal tolerance = c.policy().toleranceFor(t);
            BigDecimal shortfall = tolerance.multiply(BigDecimal.valueOf(percent, 2));
            boolean within = percent <= 100;
            BigDecimal behind = recordable(t.direction(), worse(t.direction(), t.expectedAt(at), shortfall), within);
            ProgressStatus expected =
                    within && at.isBefore(t.finalTargetDate()) ? ProgressStatus.AT_RISK : ProgressStatus.OFF_TRACK;
            for (LocalDate asOf : asOfDates(c)) {
                ProgressFinding f = assess(c, behind, asOf);
                assertThat(f.status()).as("%s as of %s: %s", c, asOf, f).isEqualTo(expected);
                assertThat(f.reason()).contains(dayOf(at));
            }
        });
    }

    @Test
    void the_reason_names_the_compared_date_and_whether_the_periods_own_target_was_met() {
        qt().forAll(cases(), Generate.range(0, 1)).checkAssert((c, ahead) -> {
            Trajectory t = Trajectory.of(c.measure());
            LocalDate at = t.comparisonDate(c.period());
            BigDecimal value = recordable(
                    t.direction(),
                    ahead == 1 ? t.expectedAt(at) : worse(t.direction(), t.expectedAt(at), new BigDecimal("0.05")),
                    ahead == 1);
            ProgressFinding f = assess(c, value, c.period().end());
            assertThat(f.reason()).startsWith("expected ").contains(" on " + dayOf(at) + ", ");
            Optional<Trajectory.Point> own = t.targetFor(c.period());
            if (own.isPresent()) {
                assertThat(f.reason())
                        .contains((ahead == 1 ? "; met the " : "; missed the "))
                        .contains("target of " + own.get().value().toPlainString());
            } else {
                assertThat(f.reason()).doesNotContain("; met the").doesNotContain("; missed the");
            }
        });
    }

    private static String dayOf(LocalDate date) {
        return date.getDayOfMonth() + " "
                + date.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK) + " "
                + date.getYear();
    }
}
