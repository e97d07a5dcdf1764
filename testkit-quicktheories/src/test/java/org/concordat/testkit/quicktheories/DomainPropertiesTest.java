package org.concordat.testkit.quicktheories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.concordat.agreement.Agreement;
import org.concordat.agreement.AgreementStatus;
import org.concordat.agreement.AgreementVersion;
import org.concordat.calendar.Period;
import org.concordat.money.Money;
import org.concordat.partnership.Partnership;
import org.concordat.partnership.PartnershipStatus;
import org.concordat.plan.FundingSource;
import org.concordat.plan.Schedule;
import org.concordat.school.AgeRange;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class DomainPropertiesTest {
    @Test
    void every_schedule_reads_back_from_its_text() {
        qt().forAll(PlanGen.schedules())
                .checkAssert(s -> assertThat(Schedule.parse(s.toString())).isEqualTo(s));
    }

    @Test
    void occurrences_are_in_order_apart_and_inside_a_recurring_schedules_period() {
        qt().withExamples(300).forAll(PlanGen.schedules()).checkAssert(s -> {
            List<Period> occurrences = s.occurrences();
            if (!s.isRecurring()) {
                assertThat(occurrences).hasSize(1);
            }
            for (int i = 1; i < occurrences.size(); i++) {
                assertThat(occurrences.get(i).start())
                        .isAfter(occurrences.get(i - 1).end());
            }
            if (s instanceof Schedule.EachTerm t) {
                assertThat(occurrences)
                        .allSatisfy(p -> assertThat(t.within().encloses(p)).isTrue());
            }
            if (s instanceof Schedule.EachHalfTerm h) {
                assertThat(occurrences)
                        .allSatisfy(p -> assertThat(h.within().encloses(p)).isTrue());
            }
        });
    }

    @Test
    void a_school_in_england_always_has_a_urn() {
        qt().forAll(PartyGen.institutions())
                .checkAssert(i -> assertThat(!i.isSchoolInEngland() || i.urn().isPresent())
                        .isTrue());
    }

    @Test
    void an_amendment_adds_a_draft_version_with_no_approvals() {
        qt().forAll(PartyGen.agreements(List.of("a", "b", "c"))).checkAssert(agreement -> {
            Agreement amended = agreement.amend(agreement.latest().sections());
            AgreementVersion latest = amended.latest();
            assertThat(amended.versions()).hasSize(agreement.versions().size() + 1);
            assertThat(latest.number()).isEqualTo(amended.versions().size());
            assertThat(latest.status()).isEqualTo(AgreementStatus.DRAFT);
            assertThat(latest.approvals()).isEmpty();
            assertThat(latest.parties()).isEqualTo(agreement.latest().parties());
            assertThat(amended.versions().subList(0, agreement.versions().size()))
                    .isEqualTo(agreement.versions());
        });
    }

    @Test
    void a_partnership_moves_only_where_its_status_allows() {
        qt().forAll(PartyGen.partnerships(List.of("a", "b")), Generate.enumValues(PartnershipStatus.class))
                .checkAssert((p, next) -> {
                    if (next == p.status() || p.status().canMoveTo(next)) {
                        Partnership moved = p.moveTo(next);
                        assertThat(moved.status()).isEqualTo(next);
                        assertThat(Partnership.builder()
                                        .from(moved)
                                        .status(p.status())
                                        .build())
                                .isEqualTo(p);
                    } else {
                        assertThatThrownBy(() -> p.moveTo(next))
                                .isInstanceOf(IllegalStateException.class)
                                .hasMessageContaining(p.status() + " to " + next);
                    }
                });
    }

    @Test
    void members_are_members_exactly_between_joining_and_leaving() {
        qt().forAll(PartyGen.partnerships(List.of("a", "b", "c", "d")), CalendarGen.dates())
                .checkAssert((p, date) -> p.members()
                        .forEach(m -> assertThat(p.memberIdsOn(date).contains(m.institutionId()))
                                .isEqualTo(!date.isBefore(m.joined())
                                        && m.left().map(l -> !date.isAfter(l)).orElse(true))));
    }

    @Test
    void funding_totals_are_exact_sums() {
        qt().forAll(FundingGen.fundings(List.of("A1", "A2"))).checkAssert(f -> {
            long pence = f.sources().stream()
                    .map(FundingSource::amount)
                    .mapToLong(Money::toPence)
                    .sum();
            assertThat(f.total().toPence()).isEqualTo(pence);
        });
    }

    @Test
    void age_ranges_read_back_and_refuse_a_low_above_the_high() {
        qt().forAll(Generate.range(0, 99), Generate.range(0, 99)).checkAssert((a, b) -> {
            if (a <= b) {
                assertThat(AgeRange.parse(AgeRange.of(a, b).toString())).isEqualTo(AgeRange.of(a, b));
            } else {
                assertThatThrownBy(() -> AgeRange.of(a, b)).hasMessageContaining("low age must not be above high age");
            }
        });
    }
}
