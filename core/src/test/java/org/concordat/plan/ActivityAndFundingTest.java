package org.concordat.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.concordat.money.Money;
import org.junit.jupiter.api.Test;

class ActivityAndFundingTest {
    static Activity.Builder conference() {
        return Activity.builder()
                .id("A1")
                .title("Launch conference")
                .type(ActivityType.CONFERENCE)
                .schedule(Schedule.on(LocalDate.of(2025, 10, 2)))
                .addObjectiveId("O1")
                .cost(Money.parse("1800.00"))
                .fundingSourceId("F1");
    }

    static FundingSource source(String id, String amount) {
        return FundingSource.builder()
                .id(id)
                .name("ENTHUSE")
                .kind(FundingKind.PROGRAMME)
                .amount(Money.parse(amount))
                .build();
    }

    @Test
    void an_activity_is_planned_by_default_and_knows_what_it_serves() {
        Activity a = conference().build();
        assertThat(a.status()).isEqualTo(ActivityStatus.PLANNED);
        assertThat(a.serves("O1")).isTrue();
        assertThat(a.serves("O2")).isFalse();
    }

    @Test
    void rejects_a_negative_cost() {
        assertThatThrownBy(() -> conference().cost(Money.parse("-1.00")).build())
                .hasMessage("activity.cost \"-1.00\": must not be negative");
    }

    @Test
    void rejects_a_participant_twice_and_malformed_references() {
        assertThatThrownBy(() ->
                        conference().addParticipantInstitutionIds("a", "a").build())
                .hasMessageContaining("activity.participantInstitutionIds \"a\": appears more than once");
        assertThatThrownBy(() -> conference().addObjectiveId("O 2").build())
                .hasMessageStartingWith("activity.objectiveIds \"O 2\"");
        assertThatThrownBy(() -> conference().title("").build()).hasMessageContaining("activity.title");
    }

    @Test
    void a_planned_output_refuses_a_negative_count() {
        assertThat(PlannedOutput.of("teachers attending", 30).count()).isEqualTo(30);
        assertThatThrownBy(() -> PlannedOutput.of("teachers attending", -1))
                .hasMessage("plannedOutput.count \"-1\": must not be negative");
    }

    @Test
    void funding_adds_up_sources_allocations_and_spends() {
        Funding f = Funding.builder()
                .addSources(source("F1", "15000.00"), source("F2", "2400.00"))
                .addAllocations(
                        Allocation.of("F1", "A1", Money.parse("1800.00")),
                        Allocation.of("F1", "A3", Money.parse("3000.00")),
                        Allocation.of("F2", "A1", Money.parse("100.00")))
                .addSpend(Spend.builder()
                        .fundingSourceId("F1")
                        .activityId("A1")
                        .date(LocalDate.of(2025, 10, 3))
                        .amount(Money.parse("1745.60"))
                        .build())
                .build();
        assertThat(f.total()).isEqualTo(Money.parse("17400.00"));
        assertThat(f.allocatedFrom("F1")).isEqualTo(Money.parse("4800.00"));
        assertThat(f.allocatedTo("A1")).isEqualTo(Money.parse("1900.00"));
        assertThat(f.spentFrom("F1")).isEqualTo(Money.parse("1745.60"));
        assertThat(f.spentFrom("F2")).isEqualTo(Money.ZERO);
        assertThat(f.source("F2")).isPresent();
        assertThat(Funding.none().total()).isEqualTo(Money.ZERO);
    }

    @Test
    void funding_refuses_negative_money_and_duplicate_sources() {
        assertThatThrownBy(() -> source("F1", "-0.01"))
                .hasMessage("fundingSource.amount \"-0.01\": must not be negative");
        assertThatThrownBy(() -> Allocation.of("F1", "A1", Money.parse("-5")))
                .hasMessage("allocation.amount \"-5.00\": must not be negative");
        assertThatThrownBy(() -> Spend.builder()
                        .fundingSourceId("F1")
                        .date(LocalDate.of(2025, 10, 3))
                        .amount(Money.parse("-5"))
                        .build())
                .hasMessage("spend.amount \"-5.00\": must not be negative");
        assertThatThrownBy(() -> Funding.builder()
                        .addSources(source("F1", "1"), source("F1", "2"))
                        .build())
                .hasMessage("funding.sources \"F1\": appears more than once; each must be unique");
    }
}
