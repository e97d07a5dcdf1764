package org.concordat.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concordat.rules.RuleFixtures.onlyViolationsOf;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.concordat.agreement.SectionKind;
import org.concordat.calendar.AcademicYear;
import org.concordat.calendar.Period;
import org.concordat.calendar.TermDates;
import org.concordat.money.Money;
import org.concordat.plan.ActivityStatus;
import org.concordat.plan.ActivityType;
import org.concordat.plan.Allocation;
import org.concordat.plan.Schedule;
import org.concordat.plan.Spend;
import org.junit.jupiter.api.Test;

class ScheduleAndMoneyRulesTest {
    private static final ValidationSettings WITH_TERM_DATES = RuleFixtures.SETTINGS.withTermDates(
            TermDates.defaults(AcademicYear.of(2025)), TermDates.defaults(AcademicYear.of(2026)));

    @Test
    void reports_an_activity_outside_the_plan_period() {
        List<Violation> v = onlyViolationsOf(
                Codes.ACTIVITY_OUTSIDE_PLAN,
                p -> Edits.activity(p, "A10", b -> b.schedule(Schedule.on(LocalDate.of(2027, 9, 23)))));
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.path()).isEqualTo("/activities/9/schedule");
            assertThat(x.message())
                    .isEqualTo("Activity A10 \"Celebration conference\" (2027-09-23) falls outside the plan period"
                            + " 2025-09-01/2027-08-31");
        });
    }

    @Test
    void reports_a_participant_that_is_not_a_member() {
        List<Violation> v = onlyViolationsOf(
                Codes.ACTIVITY_PARTICIPANT_NOT_MEMBER,
                p -> Edits.activity(p, "A5", b -> b.addParticipantInstitutionId("aire-engineering")));
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.path()).isEqualTo("/activities/4/participantInstitutionIds/2");
            assertThat(x.subject()).isEqualTo("A5");
        });
    }

    @Test
    void warns_of_a_dated_activity_in_a_school_holiday_only_when_term_dates_are_known() {
        var christmas =
                Edits.activity(RuleFixtures.plan(), "A9", b -> b.schedule(Schedule.on(LocalDate.of(2025, 12, 29))));
        assertThat(RuleFixtures.judge(christmas).violations()).isEmpty();
        List<Violation> v = onlyViolationsOf(Codes.ACTIVITY_IN_SCHOOL_HOLIDAY, p -> christmas, WITH_TERM_DATES);
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.WARNING);
            assertThat(x.message()).endsWith("falls in a school holiday on 2025-12-29");
        });
    }

    @Test
    void a_holiday_activity_in_the_holidays_is_fine() {
        var plan = Edits.activity(
                RuleFixtures.plan(),
                "A9",
                b -> b.type(ActivityType.HOLIDAY_ACTIVITY)
                        .schedule(Schedule.between(Period.parse("2026-08-03/2026-08-07"))));
        assertThat(RuleFixtures.judge(plan, WITH_TERM_DATES).violations()).isEmpty();
    }

    @Test
    void reports_a_funding_source_with_more_allocated_than_it_holds() {
        List<Violation> v = onlyViolationsOf(
                Codes.FUNDING_OVERALLOCATED,
                p -> p.withFunding(p.funding()
                        .withAllocations(Edits.plus(
                                p.funding().allocations(), Allocation.of("F2", "A6", Money.parse("1200.01"))))));
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.path()).isEqualTo("/funding/sources/1");
            assertThat(x.message()).contains("holds £2,400.00 but £2,400.01 is allocated from it");
        });
    }

    @Test
    void warns_of_a_costed_activity_nobody_pays_for() {
        List<Violation> v = onlyViolationsOf(
                Codes.FUNDING_SOURCE_MISSING, p -> Edits.activity(p, "A6", b -> b.cost(Money.parse("300.00"))));
        assertThat(v).singleElement().satisfies(x -> assertThat(x.path()).isEqualTo("/activities/5/cost"));
    }

    @Test
    void reports_every_reference_to_an_unknown_funding_source() {
        List<Violation> v = onlyViolationsOf(Codes.FUNDING_SOURCE_UNKNOWN, p -> {
            var q = Edits.activity(p, "A6", b -> b.fundingSourceId("F9"));
            return q.withFunding(q.funding()
                    .withAllocations(Edits.plus(q.funding().allocations(), Allocation.of("F9", "A6", Money.ZERO)))
                    .withSpends(Edits.plus(
                            q.funding().spends(),
                            Spend.builder()
                                    .fundingSourceId("F9")
                                    .date(LocalDate.of(2025, 11, 1))
                                    .amount(Money.ZERO)
                                    .build())));
        });
        assertThat(v)
                .extracting(Violation::path)
                .containsExactlyInAnyOrder(
                        "/activities/5/fundingSourceId",
                        "/funding/allocations/7/fundingSourceId",
                        "/funding/spends/1/fundingSourceId");
    }

    @Test
    void reports_an_allocation_and_a_spend_for_an_activity_the_plan_does_not_have() {
        List<Violation> v = onlyViolationsOf(
                Codes.FUNDING_ACTIVITY_UNKNOWN,
                p -> p.withFunding(p.funding()
                        .withAllocations(
                                Edits.plus(p.funding().allocations(), Allocation.of("F1", "A98", Money.parse("10.00"))))
                        .withSpends(Edits.plus(
                                p.funding().spends(),
                                Spend.builder()
                                        .fundingSourceId("F1")
                                        .activityId("A99")
                                        .date(LocalDate.of(2025, 11, 3))
                                        .amount(Money.parse("4.50"))
                                        .build()))));
        assertThat(v)
                .extracting(Violation::path)
                .containsExactly("/funding/allocations/7/activityId", "/funding/spends/1/activityId");
        assertThat(v).extracting(Violation::subject).containsExactly("A98", "A99");
        assertThat(v).allSatisfy(x -> assertThat(x.severity()).isEqualTo(Severity.ERROR));
        assertThat(v.get(0).message())
                .isEqualTo("An allocation of £10.00 from funding source F1 is for activity \"A98\", which the plan"
                        + " does not have");
        assertThat(v.get(1).message())
                .isEqualTo("A spend of £4.50 on 2025-11-03 is for activity \"A99\", which the plan does not have");
    }

    @Test
    void an_allocation_to_an_unknown_activity_is_an_error_under_both_rulebooks() {
        var plan = RuleFixtures.plan()
                .withFunding(RuleFixtures.plan()
                        .funding()
                        .withAllocations(Edits.plus(
                                RuleFixtures.plan().funding().allocations(),
                                Allocation.of("F1", "A99", Money.parse("10.00")))));
        for (Rulebook rulebook : List.of(Rulebooks.dfeGuidance(), Rulebooks.stemPartnership())) {
            ValidationReport report = rulebook.validate(plan, RuleFixtures.SETTINGS);
            assertThat(report.isValid()).as(rulebook.name()).isFalse();
            assertThat(report.codes()).as(rulebook.name()).containsExactly(Codes.FUNDING_ACTIVITY_UNKNOWN);
        }
    }

    @Test
    void warns_when_more_is_spent_on_an_activity_than_allocated() {
        List<Violation> v = onlyViolationsOf(
                Codes.SPEND_EXCEEDS_ALLOCATION,
                p -> p.withFunding(p.funding()
                        .withSpends(Edits.plus(
                                p.funding().spends(),
                                Spend.builder()
                                        .fundingSourceId("F1")
                                        .activityId("A1")
                                        .date(LocalDate.of(2025, 10, 10))
                                        .amount(Money.parse("100.00"))
                                        .build()))));
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.path()).isEqualTo("/activities/0");
            assertThat(x.message()).contains("£1,845.60 spent on it but £1,800.00 allocated");
        });
    }

    @Test
    void reports_a_plan_without_an_evaluation_plan() {
        List<Violation> v =
                onlyViolationsOf(Codes.EVALUATION_PLAN_MISSING, p -> p.withEvaluationPlan(Optional.empty()));
        assertThat(v).singleElement().satisfies(x -> assertThat(x.path()).isEmpty());
    }

    @Test
    void reports_pupil_level_measures_without_a_data_protection_section() {
        List<Violation> v = onlyViolationsOf(
                Codes.DATA_SHARING_MISSING,
                p -> Edits.version(
                        p,
                        b -> b.sections(p.agreement().orElseThrow().latest().sections().stream()
                                .filter(s -> s.kind() != SectionKind.DATA_PROTECTION)
                                .toList())));
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.path()).isEqualTo("/agreement/versions/0");
            assertThat(x.subject()).isEqualTo("M1");
            assertThat(x.message())
                    .isEqualTo("Measure M1 and 1 other need pupil-level data about pupil groups, but version 1 of the"
                            + " agreement has no data protection section");
        });
    }

    @Test
    void measures_of_all_pupils_need_no_data_protection_section() {
        var plan = Edits.objective(RuleFixtures.plan(), "O1", b -> b.pupilGroups(List.of()));
        var without = Edits.version(
                plan,
                b -> b.sections(plan.agreement().orElseThrow().latest().sections().stream()
                        .filter(s -> s.kind() != SectionKind.DATA_PROTECTION)
                        .toList()));
        assertThat(RuleFixtures.judge(without).violations()).isEmpty();
    }

    @Test
    void cancelled_activities_are_not_judged_for_their_dates() {
        var plan = Edits.activity(
                RuleFixtures.plan(),
                "A10",
                b -> b.status(ActivityStatus.CANCELLED).schedule(Schedule.on(LocalDate.of(2028, 1, 10))));
        assertThat(RuleFixtures.judge(plan).violations()).isEmpty();
    }
}
