package org.concordat.evaluation.effects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Stream;
import org.concordat.evaluation.disclosure.DisclosurePolicy;
import org.concordat.plan.EvidenceDesign;
import org.junit.jupiter.api.Test;

class SurveyAgreementTest {

    /** Aberystwyth SES worked example: (65 + 72) / (65 + 72 + 10 + 2 + 0) = 137/149 = 91.9%, 2 N/A excluded. */
    private static final LikertTally ABERYSTWYTH = LikertTally.of(Map.of(
            LikertResponse.STRONGLY_AGREE, 72L,
            LikertResponse.AGREE, 65L,
            LikertResponse.NEITHER, 10L,
            LikertResponse.DISAGREE, 2L,
            LikertResponse.STRONGLY_DISAGREE, 0L,
            LikertResponse.DONT_KNOW, 2L));

    @Test
    void computes_percent_agree_as_in_the_reference_worked_example() {
        SurveyAgreement a = ABERYSTWYTH.agreement(200);
        assertThat(a.agreeing()).isEqualTo(137);
        assertThat(a.valid()).isEqualTo(149);
        assertThat(a.percentAgree(DisclosurePolicy.defaults())).hasToString("91.9");
        assertThat(a.responseRate()).contains(new BigDecimal("0.755"));
        assertThat(a.invited()).isEqualTo(200);
        assertThat(a.tally()).isEqualTo(ABERYSTWYTH);
    }

    @Test
    void excludes_dont_know_and_blank_answers_from_the_base_but_counts_them_as_respondents() {
        LikertTally t = LikertTally.of(
                LikertResponse.AGREE, LikertResponse.DISAGREE, LikertResponse.DONT_KNOW, LikertResponse.NO_RESPONSE);
        assertThat(t.valid()).isEqualTo(2);
        assertThat(t.respondents()).isEqualTo(4);
        assertThat(t.agreement(8).agreementRate()).contains(new BigDecimal("0.5"));
        assertThat(t.agreement(8).responseRate()).contains(new BigDecimal("0.5"));
    }

    @Test
    void suppresses_results_with_fewer_than_ten_valid_responses() {
        LikertTally nine = LikertTally.of(Map.of(LikertResponse.AGREE, 9L, LikertResponse.DONT_KNOW, 5L));
        assertThat(nine.agreement(14).percentAgree(DisclosurePolicy.defaults())).hasToString("c");
        LikertTally ten = nine.merge(LikertTally.of(LikertResponse.DISAGREE));
        assertThat(ten.agreement(15).percentAgree(DisclosurePolicy.defaults())).hasToString("90.0");
        assertThat(ten.agreement(15).percentAgree(DisclosurePolicy.defaults().withSurveyThreshold(11)))
                .hasToString("c");
        assertThat(LikertTally.empty().agreement(0).agreementRate()).isEmpty();
        assertThat(LikertTally.empty().agreement(0).responseRate()).isEmpty();
        assertThat(LikertTally.empty()
                        .agreement(0)
                        .percentAgree(DisclosurePolicy.defaults().withSurveyThreshold(1)))
                .hasToString("c");
    }

    @Test
    void applies_a_minimum_response_rate_when_the_policy_sets_one() {
        SurveyAgreement a = ABERYSTWYTH.agreement(400); // 151/400 = 37.75%
        assertThat(a.percentAgree(DisclosurePolicy.defaults())).hasToString("91.9");
        assertThat(a.percentAgree(DisclosurePolicy.nationalStudentSurvey())).hasToString("c");
        assertThat(ABERYSTWYTH.agreement(302).percentAgree(DisclosurePolicy.nationalStudentSurvey()))
                .hasToString("91.9");
    }

    @Test
    void says_teachers_reported_and_never_states_the_item_as_a_measured_outcome() {
        SurveyAgreement a = ABERYSTWYTH.agreement(200);
        String text = a.statement("teachers", "Pupils' attainment improved", DisclosurePolicy.defaults());
        assertThat(text)
                .isEqualTo("91.9% of teachers (137 of 149 valid responses) reported that they agreed with"
                        + " \"Pupils' attainment improved\".");
        assertThat(a.evidence().design()).isEqualTo(EvidenceDesign.SELF_REPORTED_SURVEY);
        assertThat(a.evidence().marylandLevel()).isEqualTo(1);
        String suppressed = LikertTally.of(LikertResponse.AGREE)
                .agreement(3)
                .statement("teachers", "Pupils' attainment improved", DisclosurePolicy.defaults());
        assertThat(suppressed).startsWith("Too few teachers responded").doesNotContain("1 of");
    }

    @Test
    void tallies_merge_and_collect_in_parallel() {
        LikertTally collected = Stream.of("5", "4", "strongly agree", "n/a", "", "Neutral", "1", "2")
                .parallel()
                .map(LikertResponse::parse)
                .collect(LikertTally.collector());
        assertThat(collected.counts())
                .containsEntry(LikertResponse.STRONGLY_AGREE, 2L)
                .containsEntry(LikertResponse.NO_RESPONSE, 1L);
        assertThat(collected.merge(LikertTally.empty())).isEqualTo(collected).hasSameHashCodeAs(collected);
        assertThat(collected.toString()).startsWith("LikertTally{STRONGLY_DISAGREE=1");
    }

    @Test
    void refuses_impossible_inputs() {
        assertThatThrownBy(() -> LikertResponse.parse("6"))
                .hasMessageStartingWith("Likert response \"6\": expected 1-5");
        assertThatThrownBy(() -> ABERYSTWYTH.agreement(100))
                .hasMessage("invited \"100\": must be at least the 151 who responded");
        assertThatThrownBy(() -> LikertTally.of(Map.of(LikertResponse.AGREE, -1L)))
                .hasMessage("count of AGREE \"-1\": must not be negative");
    }
}
