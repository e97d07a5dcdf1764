package org.concordat.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concordat.rules.RuleFixtures.onlyViolationsOf;

import java.util.List;
import org.concordat.calendar.Period;
import org.concordat.plan.ActivityStatus;
import org.concordat.plan.Measure;
import org.concordat.plan.Objective;
import org.concordat.plan.Schedule;
import org.junit.jupiter.api.Test;

class ProgrammeRulesTest {
    @Test
    void warns_of_a_group_outside_four_to_eight() {
        List<Violation> v = onlyViolationsOf(Codes.PROGRAMME_GROUP_SIZE, p -> {
            var q = Edits.partnership(
                    p, b -> b.members(p.partnership().members().subList(0, 3)));
            q = Edits.activity(q, "A3", b -> b.participantInstitutionIds(List.of()));
            q = Edits.activity(q, "A5", b -> b.participantInstitutionIds(List.of()));
            return Edits.version(
                    q,
                    b -> b.parties(List.of("urn-138001", "urn-138002", "urn-138003"))
                            .approvals(p.agreement()
                                    .orElseThrow()
                                    .latest()
                                    .approvals()
                                    .subList(0, 3)));
        });
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.WARNING);
            assertThat(x.message())
                    .isEqualTo("Aire Valley STEM Partnership has 3 members; ENTHUSE partnerships are groups of 4 to 8");
        });
        assertThat(Rulebooks.dfeGuidance().codes()).doesNotContain(Codes.PROGRAMME_GROUP_SIZE);
    }

    @Test
    void warns_of_a_plan_that_does_not_run_two_academic_years() {
        List<Violation> v = onlyViolationsOf(Codes.PLAN_DURATION, p -> {
            var q = Edits.partnership(p, b -> b.period(Period.parse("2025-09-01/2028-08-31")));
            // Keep champion meetings going in the third year, so only the duration is at issue.
            return Edits.activity(q, "A2", b -> b.schedule(Schedule.eachTerm(Period.parse("2025-09-01/2028-08-31"))));
        });
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.path()).isEqualTo("/partnership/period");
            assertThat(x.message()).isEqualTo("The plan runs 2025-09-01/2028-08-31, not two academic years");
        });
    }

    @Test
    void warns_of_each_term_without_a_champion_meeting() {
        List<Violation> v = onlyViolationsOf(
                Codes.CHAMPION_MEETING_CADENCE,
                p -> Edits.activity(
                        p, "A2", b -> b.schedule(Schedule.eachTerm(Period.parse("2025-09-01/2026-12-31")))));
        assertThat(v).extracting(Violation::subject).containsExactly("2026/27 spring", "2026/27 summer");
        assertThat(v.get(0).message()).isEqualTo("No champion meeting is planned in 2026/27 spring");
    }

    @Test
    void cancelled_champion_meetings_do_not_count() {
        List<Violation> v = onlyViolationsOf(
                Codes.CHAMPION_MEETING_CADENCE, p -> Edits.activity(p, "A2", b -> b.status(ActivityStatus.CANCELLED)));
        assertThat(v).hasSize(6);
    }

    @Test
    void warns_when_neither_teachers_nor_pupils_are_measured_in_the_evaluation() {
        List<Violation> v = onlyViolationsOf(
                Codes.ENGAGEMENT_NOT_EVALUATED,
                p -> p.withObjectives(p.objectives().stream()
                        .map(o -> Objective.builder()
                                .from(o)
                                .measures(o.measures().stream()
                                        .map(m -> Measure.builder()
                                                .from(m)
                                                .name("Measure " + m.id())
                                                .build())
                                        .toList())
                                .build())
                        .toList()));
        assertThat(v).extracting(Violation::subject).containsExactly("pupils", "teachers");
    }
}
