package org.concordat.testkit.quicktheories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.concordat.evaluation.effects.HedgesG;
import org.concordat.evaluation.effects.LikertResponse;
import org.concordat.evaluation.effects.LikertTally;
import org.concordat.evaluation.effects.MonthsProgress;
import org.concordat.evaluation.effects.Summary;
import org.junit.jupiter.api.Test;

class EvaluationPropertiesTest {

    @Test
    void likert_tallies_merge_associatively_and_commutatively_into_the_tally_of_all() {
        qt().forAll(
                        lists().of(EvaluationGen.likertResponses()).ofSizeBetween(0, 50),
                        lists().of(EvaluationGen.likertResponses()).ofSizeBetween(0, 50),
                        lists().of(EvaluationGen.likertResponses()).ofSizeBetween(0, 50))
                .checkAssert((a, b, c) -> {
                    LikertTally ta = tally(a);
                    LikertTally tb = tally(b);
                    LikertTally tc = tally(c);
                    assertThat(ta.merge(tb).merge(tc)).isEqualTo(ta.merge(tb.merge(tc)));
                    assertThat(ta.merge(tb)).isEqualTo(tb.merge(ta));
                    List<LikertResponse> all = new java.util.ArrayList<>(a);
                    all.addAll(b);
                    all.addAll(c);
                    LikertTally whole = tally(all);
                    assertThat(ta.merge(tb).merge(tc)).isEqualTo(whole);
                    assertThat(whole.valid())
                            .isEqualTo(
                                    all.stream().filter(LikertResponse::isValid).count());
                    assertThat(whole.agreeing()).isLessThanOrEqualTo(whole.valid());
                    assertThat(whole.valid()).isLessThanOrEqualTo(whole.respondents());
                });
    }

    @Test
    void swapping_groups_negates_hedges_g_and_its_months() {
        qt().forAll(EvaluationGen.varyingSummaries(40), EvaluationGen.varyingSummaries(40))
                .checkAssert((a, b) -> {
                    HedgesG ab = HedgesG.of(a, b);
                    HedgesG ba = HedgesG.of(b, a);
                    assertThat(ba.g()).isCloseTo(-ab.g(), within(1e-12));
                    assertThat(ba.upper()).isCloseTo(-ab.lower(), within(1e-9));
                    assertThat(ab.lower()).isLessThanOrEqualTo(ab.g());
                    assertThat(Math.abs(ab.g())).isLessThanOrEqualTo(Math.abs(ab.cohensD()));
                    assertThat(MonthsProgress.fromEffectSize(ba.g()).months())
                            .isEqualTo(-MonthsProgress.fromEffectSize(ab.g()).months());
                });
    }

    @Test
    void an_empty_summary_is_the_identity_of_merge() {
        qt().forAll(EvaluationGen.summaries(30))
                .checkAssert(s -> assertThat(s.merge(Summary.empty())).isEqualTo(s));
    }

    private static LikertTally tally(List<LikertResponse> responses) {
        return LikertTally.of(responses.toArray(new LikertResponse[0]));
    }
}
