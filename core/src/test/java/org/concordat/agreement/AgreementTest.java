package org.concordat.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgreementTest {
    static final LocalDate JULY_1 = LocalDate.of(2025, 7, 1);

    static Approval approval(String party, LocalDate date) {
        return Approval.builder()
                .institutionId(party)
                .governingBody("Full governing body")
                .date(date)
                .minuteReference("FGB item 7")
                .build();
    }

    static AgreementVersion.Builder version() {
        return AgreementVersion.builder()
                .number(1)
                .addParties("a", "b")
                .addSection(Section.of(SectionKind.AIMS, "Raise attainment in physics."));
    }

    @Test
    void is_fully_approved_on_the_date_of_the_last_approval() {
        AgreementVersion v = version().build().withApproval(approval("a", JULY_1));
        assertThat(v.awaitingApproval()).containsExactly("b");
        assertThat(v.fullyApprovedOn()).isEmpty();

        AgreementVersion all = v.withApproval(approval("b", JULY_1.plusDays(9)));
        assertThat(all.awaitingApproval()).isEmpty();
        assertThat(all.fullyApprovedOn()).contains(LocalDate.of(2025, 7, 10));
        assertThat(all.approvalOf("a")).isPresent();
    }

    @Test
    void a_version_without_parties_is_never_fully_approved() {
        assertThat(AgreementVersion.builder().number(1).build().fullyApprovedOn())
                .isEmpty();
    }

    @Test
    void an_amendment_is_a_new_draft_whose_approvals_start_again() {
        AgreementVersion approved = version()
                .status(AgreementStatus.IN_FORCE)
                .addApprovals(approval("a", JULY_1), approval("b", JULY_1))
                .build();
        AgreementVersion amended = approved.amended(List.of(Section.of(SectionKind.AIMS, "New aims.")));

        assertThat(amended.number()).isEqualTo(2);
        assertThat(amended.status()).isEqualTo(AgreementStatus.DRAFT);
        assertThat(amended.parties()).containsExactly("a", "b");
        assertThat(amended.approvals()).isEmpty();
        assertThat(amended.fullyApprovedOn()).isEmpty();
    }

    @Test
    void an_agreement_amends_by_appending_a_version_and_keeps_the_one_in_force() {
        Agreement mou = Agreement.builder()
                .id("mou")
                .title("Memorandum of understanding")
                .addVersion(version().status(AgreementStatus.IN_FORCE).build())
                .build();
        Agreement amended = mou.amend(List.of(Section.of(SectionKind.FUNDING, "£15,000.")));

        assertThat(amended.versions()).hasSize(2);
        assertThat(amended.latest().number()).isEqualTo(2);
        assertThat(amended.inForce()).map(AgreementVersion::number).contains(1);
        assertThat(amended.version(2)).isPresent();
        assertThat(amended.version(3)).isEmpty();
        assertThat(amended.version(0)).isEmpty();

        Agreement replaced = amended.withVersion(amended.latest().moveTo(AgreementStatus.CIRCULATED));
        assertThat(replaced.latest().status()).isEqualTo(AgreementStatus.CIRCULATED);
        assertThatThrownBy(() -> amended.withVersion(version().number(5).build()))
                .hasMessage("agreement.versions \"5\": no such version in mou");
    }

    @Test
    void rejects_versions_out_of_sequence_or_none() {
        assertThatThrownBy(() -> Agreement.builder()
                        .id("mou")
                        .title("MOU")
                        .addVersion(version().number(2).build())
                        .build())
                .hasMessage("agreement.versions \"2\": version numbers must run 1, 2, 3, ... in order; expected 1");
        assertThatThrownBy(() -> Agreement.builder().id("mou").title("MOU").build())
                .hasMessage("agreement.versions \"mou\": an agreement needs at least one version");
    }

    @Test
    void rejects_an_approval_by_a_non_party_or_twice_by_one_party() {
        assertThatThrownBy(() -> version().addApproval(approval("c", JULY_1)).build())
                .hasMessage(
                        "agreementVersion.approvals \"c\": approval by an institution that is not a party to version 1");
        assertThatThrownBy(() -> version()
                        .addApprovals(approval("a", JULY_1), approval("a", JULY_1))
                        .build())
                .hasMessage("agreementVersion.approvals \"a\": appears more than once; each must be unique");
    }

    @Test
    void rejects_a_section_kind_twice_except_other() {
        assertThatThrownBy(() -> version()
                        .addSection(Section.of(SectionKind.AIMS, "Again."))
                        .build())
                .hasMessage("agreementVersion.sections \"AIMS\": appears more than once; each must be unique");
        AgreementVersion v = version()
                .addSections(Section.of(SectionKind.OTHER, "One."), Section.of(SectionKind.OTHER, "Two."))
                .build();
        assertThat(v.sections()).hasSize(3);
        assertThat(v.missingSections())
                .doesNotContain(SectionKind.AIMS, SectionKind.OTHER)
                .contains(SectionKind.FUNDING);
        assertThat(v.section(SectionKind.AIMS).map(Section::displayHeading)).contains("Aims");
        assertThat(v.section(SectionKind.FUNDING)).isEmpty();
    }

    @Test
    void rejects_a_version_number_below_one_and_a_party_twice() {
        assertThatThrownBy(() -> version().number(0).build())
                .hasMessage("agreementVersion.number \"0\": must be 1 or more");
        assertThatThrownBy(() -> version().addParty("a").build())
                .hasMessageContaining("agreementVersion.parties \"a\"");
    }

    @Test
    void moves_only_along_the_legal_path() {
        AgreementVersion draft = version().build();
        AgreementVersion inForce = draft.moveTo(AgreementStatus.CIRCULATED)
                .moveTo(AgreementStatus.APPROVED)
                .moveTo(AgreementStatus.IN_FORCE);
        assertThat(inForce.moveTo(AgreementStatus.SUPERSEDED).status().isFinal())
                .isTrue();
        assertThat(AgreementStatus.CIRCULATED.canMoveTo(AgreementStatus.DRAFT)).isTrue();
        assertThat(AgreementStatus.ENDED.canMoveTo(AgreementStatus.DRAFT)).isFalse();
        assertThatThrownBy(() -> draft.moveTo(AgreementStatus.IN_FORCE))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("agreementVersion.status \"DRAFT\": cannot move from DRAFT to IN_FORCE in version 1");
    }

    @Test
    void a_section_uses_its_own_heading_when_given_and_refuses_blank_text() {
        Section s = Section.builder()
                .kind(SectionKind.OTHER)
                .heading("Safeguarding")
                .text("As KCSIE.")
                .build();
        assertThat(s.displayHeading()).isEqualTo("Safeguarding");
        assertThatThrownBy(() -> Section.of(SectionKind.AIMS, " ")).hasMessageContaining("section.text");
        assertThatThrownBy(() -> approval("a", JULY_1).withMinuteReference(""))
                .hasMessageContaining("approval.minuteReference");
    }
}
