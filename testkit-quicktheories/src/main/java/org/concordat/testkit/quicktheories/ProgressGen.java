package org.concordat.testkit.quicktheories;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.concordat.calendar.AcademicYear;
import org.concordat.calendar.Period;
import org.concordat.calendar.TermCalendar;
import org.concordat.evaluation.ProgressPolicy;
import org.concordat.plan.Baseline;
import org.concordat.plan.Cadence;
import org.concordat.plan.Direction;
import org.concordat.plan.Measure;
import org.concordat.plan.MeasureKind;
import org.concordat.plan.Target;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for judging progress against a trajectory: measures whose targets
 * improve step by step on the way to the final one, the periods a value of each {@link Cadence}
 * describes (academic years, terms and half-terms of the default term dates, calendar months, or a
 * single day), and tolerance policies. Years fall between 2000/01 and 2090/91.
 */
public final class ProgressGen {
    private static final TermCalendar TERMS = TermCalendar.defaults();

    private ProgressGen() {}

    /**
     * Quantitative measures with a baseline value (0 to 100, one decimal place) dated in an
     * academic year between 2000/01 and 2090/91, and 1 to 4 targets, each better than the one
     * before (by {@code direction}) by 0.1 to 20: about half are academic-year targets with the
     * year as their period (due at the year's end or up to 60 days later), the others dated 30 to
     * 500 days after the previous point without a period. Any direction and cadence.
     */
    public static Gen<Measure> measures() {
        return in -> {
            Draw d = new Draw(in);
            Direction direction = d.one(Generate.enumValues(Direction.class));
            Cadence cadence = d.one(Generate.enumValues(Cadence.class));
            AcademicYear first = AcademicYear.of(d.between(2000, 2090));
            LocalDate baselineDate = first.start().plusDays(d.between(0, 300));
            BigDecimal value = BigDecimal.valueOf(d.between(0, 1000), 1);
            Measure.Builder b = Measure.builder()
                    .id("M1")
                    .name("A measure")
                    .kind(MeasureKind.QUANTITATIVE)
                    .direction(direction)
                    .cadence(cadence)
                    .baseline(Baseline.of(value, baselineDate, "generated"));
            LocalDate last = baselineDate;
            int targets = d.between(1, 4);
            for (int i = 0; i < targets; i++) {
                BigDecimal step = BigDecimal.valueOf(d.between(1, 200), 1);
                value = direction == Direction.HIGHER_IS_BETTER ? value.add(step) : value.subtract(step);
                AcademicYear year = AcademicYear.containing(last).next();
                if (d.chance(50)) {
                    LocalDate by = year.end().plusDays(d.chance(50) ? 0 : d.between(1, 60));
                    b.addTargets(Target.builder()
                            .value(value)
                            .by(by)
                            .period(year.period())
                            .build());
                    last = by;
                } else {
                    last = last.plusDays(d.between(30, 500));
                    b.addTargets(Target.of(value, last));
                }
            }
            return b.build();
        };
    }

    /**
     * The period a value collected {@code cadence} describes, containing {@code date}: the academic
     * year (annually), the term or half-term it is planned in by the default term dates, the
     * calendar month, or (once) the day itself.
     */
    public static Period periodFor(Cadence cadence, LocalDate date) {
        return switch (cadence) {
            case ANNUALLY -> AcademicYear.containing(date).period();
            case TERMLY -> TERMS.periodOf(TERMS.planningTermOf(date));
            case HALF_TERMLY -> TERMS.periodOf(TERMS.planningHalfTermOf(date));
            case MONTHLY -> {
                YearMonth month = YearMonth.from(date);
                yield Period.of(month.atDay(1), month.atEndOfMonth());
            }
            case ONCE -> Period.ofDay(date);
        };
    }

    /**
     * Periods a value of {@code measure} may describe: about one time in five a single day (a
     * dated observation), otherwise the {@linkplain #periodFor(Cadence, LocalDate) period of its
     * cadence} around a date from its baseline to a year after its final target. Every period
     * ends on or after the baseline date.
     */
    public static Gen<Period> observedPeriods(Measure measure) {
        LocalDate from = measure.baseline().orElseThrow().date();
        LocalDate to = measure.targets().stream()
                .map(Target::by)
                .max(LocalDate::compareTo)
                .orElse(from)
                .plusYears(1);
        return in -> {
            Draw d = new Draw(in);
            LocalDate date = from.plusDays(d.between(0, (int) (to.toEpochDay() - from.toEpochDay())));
            Period period = d.chance(20) ? Period.ofDay(date) : periodFor(measure.cadence(), date);
            return period.end().isBefore(from) ? Period.ofDay(date) : period;
        };
    }

    /**
     * Tolerance policies: the default, a fraction of the planned change from 1% to 50%, or an
     * absolute amount from 0.1 to 5.
     */
    public static Gen<ProgressPolicy> policies() {
        List<Gen<ProgressPolicy>> kinds = new ArrayList<>();
        kinds.add(in -> ProgressPolicy.defaults());
        kinds.add(Generate.range(1, 50).map(p -> ProgressPolicy.relative(BigDecimal.valueOf(p, 2))));
        kinds.add(Generate.range(1, 50).map(a -> ProgressPolicy.absolute(BigDecimal.valueOf(a, 1))));
        return in -> new Draw(in).pick(kinds).generate(in);
    }
}
