package org.concordat;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.concordat.agreement.Agreement;
import org.concordat.agreement.AgreementStatus;
import org.concordat.agreement.AgreementVersion;
import org.concordat.agreement.Approval;
import org.concordat.agreement.DataSharing;
import org.concordat.agreement.DataSharingGap;
import org.concordat.agreement.SectionKind;
import org.concordat.calendar.Period;
import org.concordat.evaluation.DataLeftOut;
import org.concordat.evaluation.Evaluation;
import org.concordat.evaluation.EvaluationResult;
import org.concordat.evaluation.Finding;
import org.concordat.evaluation.Observation;
import org.concordat.internal.render.MarkdownRenderer;
import org.concordat.plan.PartnershipPlan;
import org.concordat.report.EvaluationReport;
import org.junit.jupiter.api.Test;

/** Whose data an evaluation under the agreement uses, on the example plan's MOU changed one way at a time. */
class DataSharingGatingTest {
    private static final PartnershipPlan EXAMPLE = Fixtures.example();
    private static final AgreementVersion V1 = EXAMPLE.agreement().orElseThrow().latest();
    private static final LocalDate AUTUMN_END = LocalDate.of(2025, 12, 19);
    private static final LocalDate SPRING_END = LocalDate.of(2026, 3, 1);

    /** V1 with {@code school}'s approval moved to {@code date}. */
    private static AgreementVersion approvedOn(AgreementVersion v, String school, LocalDate date) {
        AgreementVersion.Builder b = AgreementVersion.builder().from(v).approvals(List.of());
        for (Approval a : v.approvals()) {
            b.addApprovals(
                    a.institutionId().equals(school)
                            ? Approval.builder().from(a).date(date).build()
                            : a);
        }
        return b.build();
    }

    private static AgreementVersion withoutParty(AgreementVersion v, String school) {
        return AgreementVersion.builder()
                .from(v)
                .parties(v.parties().stream().filter(p -> !p.equals(school)).toList())
                .approvals(v.approvals().stream()
                        .filter(a -> !a.institutionId().equals(school))
                        .toList())
                .build();
    }

    private static DataSharing sharing(AgreementVersion... versions) {
        return DataSharing.under(Optional.of(Agreement.builder()
                .from(EXAMPLE.agreement().orElseThrow())
                .versions(List.of(versions))
                .build()));
    }

    @Test
    void a_party_that_approved_covers_its_data_from_the_day_of_its_approval() {
        DataSharing s = sharing(V1);
        assertThat(s.covers("urn-138003", AUTUMN_END)).isTrue();
        // Its governing body approved on 8 July 2025; the version is dated 20 June 2025.
        assertThat(s.covers("urn-138003", LocalDate.of(2025, 7, 8))).isTrue();
        assertThat(s.gap("urn-138003", LocalDate.of(2025, 7, 7))).contains(DataSharingGap.NOT_APPROVED);
        assertThat(s.gap("urn-138003", LocalDate.of(2025, 6, 19))).contains(DataSharingGap.NO_AGREEMENT_IN_FORCE);
    }

    @Test
    void a_school_whose_governing_body_approved_after_the_period_is_left_out_for_that_period_only() {
        DataSharing s = sharing(approvedOn(V1, "urn-138005", LocalDate.of(2026, 1, 20)));
        assertThat(s.gap("urn-138005", AUTUMN_END)).contains(DataSharingGap.NOT_APPROVED);
        assertThat(s.covers("urn-138005", SPRING_END)).isTrue();
        assertThat(s.covers("urn-138004", AUTUMN_END)).isTrue();
    }

    @Test
    void a_school_that_is_not_a_party_is_left_out() {
        DataSharing s = sharing(withoutParty(V1, "urn-138004"));
        assertThat(s.gap("urn-138004", SPRING_END)).contains(DataSharingGap.NOT_A_PARTY);
    }

    @Test
    void a_version_superseded_mid_year_covers_until_its_successor_starts() {
        AgreementVersion v1 = AgreementVersion.builder()
                .from(V1)
                .status(AgreementStatus.SUPERSEDED)
                .build();
        // Version 2 came into force on 1 January 2026 without urn-138003, which withdrew.
        AgreementVersion v2 = AgreementVersion.builder()
                .from(withoutParty(V1, "urn-138003"))
                .number(2)
                .inForceFrom(LocalDate.of(2026, 1, 1))
                .approvals(withoutParty(V1, "urn-138003").approvals().stream()
                        .map(a -> Approval.builder()
                                .from(a)
                                .date(LocalDate.of(2025, 12, 10))
                                .build())
                        .toList())
                .build();
        DataSharing s = sharing(v1, v2);
        assertThat(s.covers("urn-138003", AUTUMN_END)).isTrue();
        assertThat(s.covers("urn-138003", LocalDate.of(2025, 12, 31))).isTrue();
        assertThat(s.gap("urn-138003", LocalDate.of(2026, 1, 1))).contains(DataSharingGap.NOT_A_PARTY);
        assertThat(s.covers("urn-138001", SPRING_END)).isTrue();

        // A successor without a data protection section covers nobody's data from its start.
        AgreementVersion v2NoDp = AgreementVersion.builder()
                .from(v2)
                .sections(v2.sections().stream()
                        .filter(x -> x.kind() != SectionKind.DATA_PROTECTION)
                        .toList())
                .build();
        assertThat(sharing(v1, v2NoDp).gap("urn-138001", SPRING_END))
                .contains(DataSharingGap.NO_DATA_PROTECTION_SECTION);
    }

    @Test
    void a_version_ended_on_an_unrecorded_date_covers_nothing_after_it_came_into_force() {
        AgreementVersion ended = AgreementVersion.builder()
                .from(V1)
                .status(AgreementStatus.ENDED)
                .build();
        assertThat(sharing(ended).gap("urn-138001", SPRING_END)).contains(DataSharingGap.NO_AGREEMENT_IN_FORCE);
        AgreementVersion endedUntil = AgreementVersion.builder()
                .from(ended)
                .inForceUntil(LocalDate.of(2026, 3, 31))
                .build();
        assertThat(sharing(endedUntil).covers("urn-138001", SPRING_END)).isTrue();
        assertThat(sharing(endedUntil).covers("urn-138001", LocalDate.of(2026, 4, 1)))
                .isFalse();
    }

    @Test
    void without_an_agreement_no_institutions_data_is_covered() {
        assertThat(DataSharing.under(Optional.empty()).gap("urn-138001", SPRING_END))
                .contains(DataSharingGap.NO_AGREEMENT_IN_FORCE);
    }

    private static Observation m4(String school, LocalDate end, String value) {
        return Observation.builder()
                .measureId("M4")
                .institution(school)
                .period(Period.of(LocalDate.of(2025, 9, 1), end))
                .value(new BigDecimal(value))
                .n(150)
                .source("options returns")
                .build();
    }

    @Test
    void the_evaluation_under_the_agreement_leaves_uncovered_data_out_and_says_so() throws java.io.IOException {
        AgreementVersion late = approvedOn(
                approvedOn(V1, "urn-138004", LocalDate.of(2026, 3, 2)), "urn-138005", LocalDate.of(2026, 3, 9));
        PartnershipPlan plan = Fixtures.withAgreementVersion(EXAMPLE, late);
        List<Observation> data = List.of(
                m4("urn-138001", SPRING_END, "40"),
                m4("urn-138004", SPRING_END, "41"),
                m4("urn-138005", SPRING_END, "42"));

        EvaluationResult result = Evaluation.of(plan, data).underAgreement().asOf(LocalDate.of(2026, 3, 15));

        assertThat(result.dataNotUsed())
                .containsExactly(
                        "2 schools' data not used: no data-sharing agreement approved by their governing body on 1 March 2026");
        assertThat(result.dataLeftOut())
                .extracting(DataLeftOut::institutionId)
                .containsExactly("urn-138004", "urn-138005");
        assertThat(result.forMeasure("M4"))
                .extracting(f -> f.institution().orElse("partnership"))
                .containsExactly("urn-138001");
        // Without the gate (the engine's default), every value is used.
        assertThat(Evaluation.of(plan, data).asOf(LocalDate.of(2026, 3, 15)).forMeasure("M4"))
                .hasSize(3);
        // The institution still sees its own findings.
        List<Finding> own = Evaluation.of(plan, data)
                .forInstitution("urn-138004")
                .asOf(LocalDate.of(2026, 3, 15))
                .forMeasure("M4");
        assertThat(own).extracting(f -> f.institution().orElseThrow()).containsExactly("urn-138004");

        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        new MarkdownRenderer().render(EvaluationReport.of(plan, result), bytes);
        String report = bytes.toString(StandardCharsets.UTF_8);
        assertThat(report)
                .contains("Data not used")
                .contains("2 schools' data not used: no data-sharing agreement approved by their governing body on 1"
                        + " March 2026");
    }
}
