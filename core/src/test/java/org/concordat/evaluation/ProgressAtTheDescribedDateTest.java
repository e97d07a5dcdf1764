package org.concordat.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.concordat.calendar.AcademicHalfTerm;
import org.concordat.calendar.AcademicTerm;
import org.concordat.calendar.AcademicYear;
import org.concordat.calendar.HalfTerm;
import org.concordat.calendar.Period;
import org.concordat.calendar.Term;
import org.concordat.calendar.TermCalendar;
import org.concordat.internal.base.DayFormat;
import org.concordat.io.Plans;
import org.concordat.plan.Baseline;
import org.concordat.plan.Cadence;
import org.concordat.plan.Direction;
import org.concordat.plan.Measure;
import org.concordat.plan.MeasureKind;
import org.concordat.plan.PartnershipPlan;
import org.concordat.plan.PupilGroup;
import org.concordat.plan.Target;
import org.junit.jupiter.api.Test;

/**
 * Issue 20: a value is judged against the trajectory at the date it describes, so an on-course
 * partnership is not shown amber or red between collections.
 */
class ProgressAtTheDescribedDateTest {
    private static final PartnershipPlan EXAMPLE = Plans.read(Path.of("../examples/plans/first-plan.yaml"));
    private static final PupilGroup DISADVANTAGED = PupilGroup.parse("DISADVANTAGED=Y");
    private static final Period YEAR_2025_26 = Period.parse("2025-09-01/2026-08-31");
    private static final TermCalendar TERMS = TermCalendar.defaults();
    private static final AcademicYear YEAR = AcademicYear.of(2025);

    private static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }

    private static Finding m1(String value, LocalDate asOf) {
        Observation o = Observation.builder()
                .measureId("M1")
                .period(YEAR_2025_26)
                .group(DISADVANTAGED)
                .value(bd(value))
                .n(120)
                .source("2026 GCSE results")
                .build();
        List<Finding> findings = Evaluation.of(EXAMPLE, List.of(o)).asOf(asOf).findings().stream()
                .filter(f -> f.measureId().equals("M1"))
                .toList();
        assertThat(findings).hasSize(1);
        return findings.get(0);
    }

    @Test
    void the_issue_scenario_is_on_track_naming_31_august_2026_and_the_first_year_target() {
        Finding f = m1("34.0", LocalDate.of(2027, 3, 1));

        assertThat(f.status()).isEqualTo(ProgressStatus.ON_TRACK);
        assertThat(f.reason())
                .isEqualTo("expected 34.0 on 31 August 2026, the end of the period the value describes: at or ahead"
                        + " of it; met the 2025/26 target of 34.0");
        assertThat(f.comparedAt()).contains(LocalDate.of(2026, 8, 31));
        assertThat(f.expected().orElseThrow()).isEqualByComparingTo("34.0");
        assertThat(f.target().orElseThrow()).isEqualByComparingTo("38.0");
    }

    @Test
    void the_issue_scenario_keeps_its_status_every_day_until_the_next_value_is_overdue() {
        LocalDate observed = LocalDate.of(2026, 8, 31);
        LocalDate due = LocalDate.of(2027, 8, 31);
        for (LocalDate asOf = observed; !asOf.isAfter(due); asOf = asOf.plusDays(1)) {
            assertThat(m1("34.0", asOf).status()).as("34.0 as of %s", asOf).isEqualTo(ProgressStatus.ON_TRACK);
            Finding amber = m1("33.5", asOf);
            assertThat(amber.status()).as("33.5 as of %s", asOf).isEqualTo(ProgressStatus.AT_RISK);
            assertThat(amber.reason())
                    .isEqualTo("expected 34.0 on 31 August 2026, the end of the period the value describes: behind"
                            + " by 0.5, within the tolerance of 0.7; missed the 2025/26 target of 34.0");
            Finding red = m1("33.0", asOf);
            assertThat(red.status()).as("33.0 as of %s", asOf).isEqualTo(ProgressStatus.OFF_TRACK);
            assertThat(red.reason())
                    .isEqualTo("expected 34.0 on 31 August 2026, the end of the period the value describes: behind"
                            + " by 1, beyond the tolerance of 0.7; missed the 2025/26 target of 34.0");
        }
        Finding overdue = m1("34.0", due.plusDays(1));
        assertThat(overdue.status()).isEqualTo(ProgressStatus.NO_DATA);
        assertThat(overdue.reason()).startsWith("data overdue: the latest observation is for 31 August 2026");
        assertThat(overdue.comparedAt()).isEmpty();
        assertThat(overdue.expected()).isEmpty();
        assertThat(m1("34.0", observed.minusDays(1)).status()).isEqualTo(ProgressStatus.NO_DATA);
    }

    @Test
    void names_an_academic_years_target_met_by_date_when_the_target_gives_no_period() {
        // M2 (lower is better) has targets by 2026-08-31 and 2027-08-31 without periods.
        Observation o = Observation.builder()
                .measureId("M2")
                .period(YEAR_2025_26)
                .value(bd("1.2"))
                .n(300)
                .source("2026 results")
                .build();
        Finding f = Evaluation.of(EXAMPLE, List.of(o)).asOf(LocalDate.of(2027, 1, 15)).findings().stream()
                .filter(x -> x.measureId().equals("M2"))
                .findFirst()
                .orElseThrow();
        assertThat(f.status()).isEqualTo(ProgressStatus.ON_TRACK);
        assertThat(f.reason()).endsWith("; met the 2025/26 target of 1.2");
    }

    private static Measure measure(Cadence cadence, Target... targets) {
        return Measure.builder()
                .id("T1")
                .name("Pupils reading at the expected standard")
                .kind(MeasureKind.QUANTITATIVE)
                .unit("%")
                .baseline(Baseline.of(bd("50"), LocalDate.of(2025, 9, 1), "summer 2025 assessments"))
                .addTargets(targets)
                .cadence(cadence)
                .build();
    }

    private static ProgressFinding assess(Measure m, Period period, BigDecimal value, LocalDate asOf) {
        Observation o = Observation.builder()
                .measureId("T1")
                .period(period)
                .value(value)
                .n(60)
                .source("MIS")
                .build();
        return ProgressFinding.assess(m, List.of(o), asOf, ProgressPolicy.defaults());
    }

    @Test
    void a_termly_value_on_the_trajectory_at_its_terms_end_stays_on_track_until_the_next_is_overdue() {
        Measure m = measure(Cadence.TERMLY, Target.of(bd("62"), LocalDate.of(2026, 8, 31)));
        Trajectory t = Trajectory.of(m);
        for (Term term : Term.values()) {
            Period period = TERMS.periodOf(AcademicTerm.of(YEAR, term));
            // Observations hold at most 18 significant digits: round up, never below the trajectory.
            BigDecimal onCourse = t.expectedAt(period.end()).round(new MathContext(18, RoundingMode.CEILING));
            LocalDate due = period.end().plusMonths(4);
            for (LocalDate asOf = period.end(); !asOf.isAfter(due); asOf = asOf.plusDays(1)) {
                ProgressFinding f = assess(m, period, onCourse, asOf);
                assertThat(f.status()).as("%s as of %s", term, asOf).isEqualTo(ProgressStatus.ON_TRACK);
                assertThat(f.comparedAt()).contains(period.end());
            }
            assertThat(assess(m, period, onCourse, due.plusDays(1)).status()).isEqualTo(ProgressStatus.NO_DATA);
        }
        ProgressFinding spring =
                assess(m, TERMS.periodOf(AcademicTerm.of(YEAR, Term.SPRING)), bd("50"), LocalDate.of(2026, 6, 1));
        // 2025-09-01 to 2026-03-27 is 207 of 364 days: expected 50 + 12 × 207 / 364 = 56.82; tolerance 1.2.
        assertThat(spring.status()).isEqualTo(ProgressStatus.OFF_TRACK);
        assertThat(spring.reason())
                .isEqualTo("expected 56.82 on 27 March 2026, the end of the period the value describes: behind by"
                        + " 6.82, beyond the tolerance of 1.2");
    }

    @Test
    void a_half_termly_value_behind_within_the_tolerance_stays_at_risk_until_the_next_is_overdue() {
        Measure m = measure(Cadence.HALF_TERMLY, Target.of(bd("62"), LocalDate.of(2026, 8, 31)));
        Trajectory t = Trajectory.of(m);
        for (HalfTerm half : HalfTerm.values()) {
            Period period = TERMS.periodOf(AcademicHalfTerm.of(YEAR, half));
            BigDecimal behind =
                    t.expectedAt(period.end()).subtract(bd("1.1")).round(new MathContext(18, RoundingMode.CEILING));
            LocalDate due = period.end().plusMonths(2);
            for (LocalDate asOf = period.end(); !asOf.isAfter(due); asOf = asOf.plusDays(1)) {
                assertThat(assess(m, period, behind, asOf).status())
                        .as("%s as of %s", half, asOf)
                        .isEqualTo(ProgressStatus.AT_RISK);
                assertThat(assess(m, period, behind.subtract(bd("0.2")), asOf).status())
                        .as("%s as of %s", half, asOf)
                        .isEqualTo(ProgressStatus.OFF_TRACK);
            }
            assertThat(assess(m, period, behind, due.plusDays(1)).status()).isEqualTo(ProgressStatus.NO_DATA);
        }
    }

    @Test
    void a_target_set_for_a_term_is_compared_at_its_own_date_and_named() {
        Period autumn = TERMS.periodOf(AcademicTerm.of(YEAR, Term.AUTUMN));
        // The autumn term's target is due when its data is published, in January.
        Target autumnTarget = Target.builder()
                .value(bd("53"))
                .by(LocalDate.of(2026, 1, 16))
                .period(autumn)
                .build();
        Measure m = measure(Cadence.TERMLY, autumnTarget, Target.of(bd("62"), LocalDate.of(2026, 8, 31)));

        ProgressFinding met = assess(m, autumn, bd("53"), LocalDate.of(2026, 2, 1));
        assertThat(met.status()).isEqualTo(ProgressStatus.ON_TRACK);
        assertThat(met.comparedAt()).contains(LocalDate.of(2026, 1, 16));
        assertThat(met.reason())
                .isEqualTo("expected 53 on 16 January 2026, the date of the target for the period the value"
                        + " describes: at or ahead of it; met the target of 53 for 2 September 2025 to 19 December"
                        + " 2025");
        ProgressFinding missed = assess(m, autumn, bd("52.9"), LocalDate.of(2026, 2, 1));
        assertThat(missed.status()).isEqualTo(ProgressStatus.AT_RISK);
        assertThat(missed.reason()).endsWith("; missed the target of 53 for 2 September 2025 to 19 December 2025");
    }

    @Test
    void a_value_describing_a_date_before_the_baseline_is_not_judged() {
        Measure m = measure(Cadence.TERMLY, Target.of(bd("62"), LocalDate.of(2026, 8, 31)));
        Period summer2025 = TERMS.periodOf(AcademicTerm.of(AcademicYear.of(2024), Term.SUMMER));

        ProgressFinding f = assess(m, summer2025, bd("10"), LocalDate.of(2025, 9, 10));

        assertThat(f.status()).isEqualTo(ProgressStatus.NO_DATA);
        assertThat(f.reason())
                .isEqualTo("the latest observation describes " + day(summer2025.end())
                        + ", before the baseline date 1 September 2025: progress is judged from the baseline on");
        assertThat(f.comparedAt()).isEmpty();
        ProgressFinding onBaseline =
                assess(m, Period.ofDay(LocalDate.of(2025, 9, 1)), bd("50"), LocalDate.of(2025, 9, 10));
        assertThat(onBaseline.status()).isEqualTo(ProgressStatus.ON_TRACK);
        assertThat(onBaseline.reason())
                .isEqualTo("expected 50 on 1 September 2025, the date of the observation: at or ahead of it");
    }

    @Test
    void a_value_for_the_final_targets_date_or_later_is_achieved_or_off_track_whatever_the_tolerance() {
        Period finalYear = Period.parse("2026-09-01/2027-08-31");
        Target year1 = Target.builder()
                .value(bd("56"))
                .by(LocalDate.of(2026, 8, 31))
                .period(YEAR_2025_26)
                .build();
        Target year2 = Target.builder()
                .value(bd("62"))
                .by(LocalDate.of(2027, 8, 31))
                .period(finalYear)
                .build();
        Measure m = measure(Cadence.ANNUALLY, year1, year2);

        ProgressFinding met = assess(m, finalYear, bd("62.0"), LocalDate.of(2027, 10, 1));
        assertThat(met.status()).isEqualTo(ProgressStatus.ACHIEVED);
        assertThat(met.reason())
                .isEqualTo("expected 62 on 31 August 2027, the end of the period the value describes: the final"
                        + " target of 62 is met; met the 2026/27 target of 62");
        ProgressFinding missed = assess(m, finalYear, bd("61.9"), LocalDate.of(2027, 10, 1));
        assertThat(missed.status()).isEqualTo(ProgressStatus.OFF_TRACK);
        assertThat(missed.reason())
                .isEqualTo("expected 62 on 31 August 2027, the end of the period the value describes: behind by"
                        + " 0.1, and the final target date 31 August 2027 has passed without the target 62; missed"
                        + " the 2026/27 target of 62");
        ProgressFinding later = assess(m, Period.parse("2027-09-01/2028-08-31"), bd("61.9"), LocalDate.of(2028, 9, 1));
        assertThat(later.status()).isEqualTo(ProgressStatus.OFF_TRACK);
        assertThat(later.expected().orElseThrow()).isEqualByComparingTo("62");
        // The final target met a year early is achieved, and the first year's target is named.
        ProgressFinding early = assess(m, YEAR_2025_26, bd("62"), LocalDate.of(2027, 3, 1));
        assertThat(early.status()).isEqualTo(ProgressStatus.ACHIEVED);
        assertThat(early.reason()).endsWith("; met the 2025/26 target of 56");
    }

    @Test
    void lower_is_better_values_are_compared_at_their_own_date_too() {
        Trajectory down = Trajectory.of(
                bd("20"), LocalDate.of(2025, 9, 1), bd("10"), LocalDate.of(2027, 8, 31), Direction.LOWER_IS_BETTER);
        Observation o = Observation.builder()
                .measureId("M")
                .period(YEAR_2025_26)
                .value(bd("15"))
                .n(40)
                .source("MIS")
                .build();
        for (LocalDate asOf = LocalDate.of(2026, 8, 31);
                !asOf.isAfter(LocalDate.of(2027, 8, 31));
                asOf = asOf.plusMonths(1)) {
            ProgressFinding f =
                    ProgressFinding.assess(down, Cadence.ANNUALLY, List.of(o), asOf, ProgressPolicy.defaults());
            // Expected on 2026-08-31: 20 − 10 × 364/729 = 15.01; 15 is at or ahead.
            assertThat(f.status()).as("as of %s", asOf).isEqualTo(ProgressStatus.ON_TRACK);
            assertThat(f.comparedAt()).contains(LocalDate.of(2026, 8, 31));
        }
    }

    private static String day(LocalDate date) {
        return DayFormat.uk(date);
    }
}
