package org.concordat.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.concordat.calendar.Period;
import org.junit.jupiter.api.Test;

class PartnershipTest {
    static final LocalDate JOINED = LocalDate.of(2025, 7, 14);

    static Partnership.Builder partnership() {
        return Partnership.builder()
                .id("aire-valley-stem")
                .name("Aire Valley STEM Partnership")
                .leadInstitutionId("urn-138001")
                .addMembers(Member.of("urn-138001", JOINED), Member.of("urn-138002", JOINED))
                .period(Period.parse("2025-09-01/2027-08-31"));
    }

    @Test
    void starts_forming_with_no_focus() {
        Partnership p = partnership().build();
        assertThat(p.status()).isEqualTo(PartnershipStatus.FORMING);
        assertThat(p.focus()).isEqualTo(Focus.none());
    }

    @Test
    void moves_forming_agreed_active_ended() {
        Partnership p = partnership().build();
        Partnership ended = p.moveTo(PartnershipStatus.AGREED)
                .moveTo(PartnershipStatus.ACTIVE)
                .moveTo(PartnershipStatus.ENDED);
        assertThat(ended.status()).isEqualTo(PartnershipStatus.ENDED);
        assertThat(ended.moveTo(PartnershipStatus.ENDED)).isSameAs(ended);
    }

    @Test
    void refuses_an_illegal_move_naming_both_statuses() {
        Partnership active = partnership().status(PartnershipStatus.ACTIVE).build();
        assertThatThrownBy(() -> active.moveTo(PartnershipStatus.FORMING))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("partnership.status \"ACTIVE\": cannot move from ACTIVE to FORMING in aire-valley-stem");
        assertThatThrownBy(() -> partnership().build().moveTo(PartnershipStatus.ACTIVE))
                .hasMessageContaining("FORMING to ACTIVE");
    }

    @Test
    void knows_the_legal_moves() {
        assertThat(PartnershipStatus.FORMING.canMoveTo(PartnershipStatus.AGREED))
                .isTrue();
        assertThat(PartnershipStatus.FORMING.canMoveTo(PartnershipStatus.ENDED)).isTrue();
        assertThat(PartnershipStatus.AGREED.canMoveTo(PartnershipStatus.FORMING))
                .isFalse();
        assertThat(PartnershipStatus.ENDED.canMoveTo(PartnershipStatus.ENDED)).isFalse();
        assertThat(PartnershipStatus.ENDED.canMoveTo(PartnershipStatus.FORMING)).isFalse();
    }

    @Test
    void rejects_a_member_listed_twice() {
        assertThatThrownBy(() ->
                        partnership().addMember(Member.of("urn-138001", JOINED)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("partnership.members \"urn-138001\": appears more than once; each must be unique");
    }

    @Test
    void rejects_a_deputy_lead_that_is_the_lead() {
        assertThatThrownBy(() ->
                        partnership().deputyLeadInstitutionId("urn-138001").build())
                .hasMessage(
                        "partnership.deputyLeadInstitutionId \"urn-138001\": the deputy lead must differ from the lead");
    }

    @Test
    void tells_members_on_a_date_from_joining_and_leaving() {
        Partnership p = partnership()
                .addMember(Member.builder()
                        .institutionId("urn-138003")
                        .joined(JOINED)
                        .left(LocalDate.of(2026, 8, 31))
                        .build())
                .build();
        assertThat(p.memberIdsOn(LocalDate.of(2026, 8, 31))).contains("urn-138003");
        assertThat(p.memberIdsOn(LocalDate.of(2026, 9, 1))).containsExactly("urn-138001", "urn-138002");
        assertThat(p.memberIdsOn(JOINED.minusDays(1))).isEmpty();
        assertThat(p.member("urn-138003")).isPresent();
        assertThat(p.member("nobody")).isEmpty();
    }

    @Test
    void rejects_a_member_leaving_before_joining() {
        assertThatThrownBy(() -> Member.builder()
                        .institutionId("urn-138003")
                        .joined(JOINED)
                        .left(JOINED.minusDays(1))
                        .build())
                .hasMessage("member.left \"2025-07-13\": leaving date is before joining date 2025-07-14 of urn-138003");
    }
}
