package org.concordat.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.concordat.evaluation.disclosure.Figure;
import org.concordat.evaluation.effects.Claim;
import org.concordat.evaluation.effects.Evidence;
import org.concordat.evaluation.effects.HedgesG;
import org.concordat.evaluation.effects.Summary;
import org.concordat.plan.EvidenceDesign;
import org.junit.jupiter.api.Test;

class EvidenceWordingTest {
    private static final List<String> CAUSAL_WORDS = List.of("raised", "lowered", "caused", "led to", "as a result");
    private static final List<String> SUGGESTIVE_WORDS = List.of("consistent with an effect", "months' progress");

    private static final HedgesG BETWEEN =
            HedgesG.of(Summary.ofDescriptive(30, 52.4, 9.8), Summary.ofDescriptive(34, 48.1, 10.6));
    private static final HedgesG OVER_TIME =
            HedgesG.afterVersusBefore(Summary.ofDescriptive(34, 48.1, 10.6), Summary.ofDescriptive(30, 52.4, 9.8));

    @Test
    void maps_each_design_to_its_maryland_level_and_claim() {
        assertThat(EvidenceDesign.SELF_REPORTED_SURVEY.marylandLevel()).isEqualTo(1);
        assertThat(EvidenceDesign.BEFORE_AFTER_NO_COMPARISON.marylandLevel()).isEqualTo(2);
        assertThat(EvidenceDesign.CROSS_SECTIONAL_COMPARISON.marylandLevel()).isEqualTo(2);
        assertThat(EvidenceDesign.MATCHED_COMPARISON.marylandLevel()).isEqualTo(3);
        assertThat(EvidenceDesign.DIFFERENCE_IN_DIFFERENCES.marylandLevel()).isEqualTo(3);
        assertThat(EvidenceDesign.REGRESSION_DISCONTINUITY.marylandLevel()).isEqualTo(4);
        assertThat(EvidenceDesign.RANDOMISED.marylandLevel()).isEqualTo(5);
        assertThat(Evidence.of(EvidenceDesign.RANDOMISED).claim()).isEqualTo(Claim.CAUSAL);
        assertThat(Evidence.of(EvidenceDesign.MATCHED_COMPARISON)).hasToString("MATCHED_COMPARISON (Maryland level 3)");
        assertThat(Evidence.of(EvidenceDesign.RANDOMISED))
                .isEqualTo(Evidence.of(EvidenceDesign.RANDOMISED))
                .hasSameHashCodeAs(Evidence.of(EvidenceDesign.RANDOMISED));
    }

    @Test
    void claims_never_grow_weaker_as_the_maryland_level_rises() {
        for (EvidenceDesign a : EvidenceDesign.values()) {
            for (EvidenceDesign b : EvidenceDesign.values()) {
                if (a.marylandLevel() < b.marylandLevel()) {
                    assertThat(Claim.supportedBy(a)).isLessThanOrEqualTo(Claim.supportedBy(b));
                }
            }
        }
    }

    @Test
    void no_effect_statement_uses_words_stronger_than_its_design_supports() {
        for (EvidenceDesign design : EvidenceDesign.values()) {
            HedgesG effect = design == EvidenceDesign.BEFORE_AFTER_NO_COMPARISON ? OVER_TIME : BETWEEN;
            if (design == EvidenceDesign.SELF_REPORTED_SURVEY) {
                continue;
            }
            EffectFinding finding = EffectFinding.of("KS2 maths score", effect, design);
            String text = words(finding).toLowerCase(Locale.ROOT);
            Claim claim = finding.evidence().claim();
            assertThat(text).endsWith(claim.caveat().toLowerCase(Locale.ROOT));
            if (claim.compareTo(Claim.CAUSAL) < 0) {
                assertThat(text).as(design.name()).doesNotContain(CAUSAL_WORDS);
            } else {
                assertThat(text).contains("the intervention raised");
            }
            if (claim.compareTo(Claim.SUGGESTIVE) < 0) {
                assertThat(text).as(design.name()).doesNotContain(SUGGESTIVE_WORDS);
            }
        }
    }

    @Test
    void words_each_claim_as_documented() {
        assertThat(words(EffectFinding.of("KS2 maths score", OVER_TIME, EvidenceDesign.BEFORE_AFTER_NO_COMPARISON)))
                .startsWith("KS2 maths score changed between the two measurements (g = 0.42, 95% CI -0.08 to 0.91;"
                        + " n = 30 and 34). Without a comparison group");
        assertThat(words(EffectFinding.of("KS2 maths score", BETWEEN, EvidenceDesign.CROSS_SECTIONAL_COMPARISON)))
                .startsWith("KS2 maths score of participating pupils differed from");
        assertThat(words(EffectFinding.of("KS2 maths score", BETWEEN, EvidenceDesign.MATCHED_COMPARISON)))
                .contains("was higher than that of a comparison group")
                .contains("about 5 months' progress");
        assertThat(words(EffectFinding.of(
                        "KS2 maths score",
                        HedgesG.of(BETWEEN.reference(), BETWEEN.treated()),
                        EvidenceDesign.RANDOMISED)))
                .startsWith("The intervention lowered KS2 maths score by about 5 months' progress");
        EffectFinding f = EffectFinding.of("score", BETWEEN, EvidenceDesign.DIFFERENCE_IN_DIFFERENCES);
        assertThat(f.outcome()).isEqualTo("score");
        assertThat(f.effect()).isSameAs(BETWEEN);
        assertThat(f.toString()).startsWith("EffectFinding[score, HedgesG[g=0.415");
        assertThat(words(EffectFinding.of(
                        "score",
                        HedgesG.of(BETWEEN.reference(), BETWEEN.treated()),
                        EvidenceDesign.MATCHED_COMPARISON)))
                .contains("was lower than");
    }

    @Test
    void refuses_a_design_that_does_not_fit_the_comparison() {
        assertThatThrownBy(() -> EffectFinding.of("score", BETWEEN, EvidenceDesign.SELF_REPORTED_SURVEY))
                .hasMessage("design \"SELF_REPORTED_SURVEY\": does not fit a INTERVENTION_VS_COMPARISON effect size");
        assertThatThrownBy(() -> EffectFinding.of("score", BETWEEN, EvidenceDesign.BEFORE_AFTER_NO_COMPARISON))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EffectFinding.of("score", OVER_TIME, EvidenceDesign.RANDOMISED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The wording with each group's exact n, as a policy with rounding base 1 shows it. */
    private static String words(EffectFinding f) {
        return f.statement(
                Figure.of(f.effect().treated().count()),
                Figure.of(f.effect().reference().count()));
    }
}
