package org.concordat.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EvaluationPlanTest {
    static EvaluationQuestion question(String id, EvaluationType type) {
        return EvaluationQuestion.builder()
                .id(id)
                .text("Did it work?")
                .type(type)
                .build();
    }

    @Test
    void maryland_levels_follow_the_reference_defaults() {
        assertThat(EvidenceDesign.SELF_REPORTED_SURVEY.marylandLevel()).isEqualTo(1);
        assertThat(EvidenceDesign.BEFORE_AFTER_NO_COMPARISON.marylandLevel()).isEqualTo(2);
        assertThat(EvidenceDesign.CROSS_SECTIONAL_COMPARISON.marylandLevel()).isEqualTo(2);
        assertThat(EvidenceDesign.MATCHED_COMPARISON.marylandLevel()).isEqualTo(3);
        assertThat(EvidenceDesign.DIFFERENCE_IN_DIFFERENCES.marylandLevel()).isEqualTo(3);
        assertThat(EvidenceDesign.REGRESSION_DISCONTINUITY.marylandLevel()).isEqualTo(4);
        assertThat(EvidenceDesign.RANDOMISED.marylandLevel()).isEqualTo(5);
        assertThat(EvidenceDesign.RANDOMISED.isAtLeastAsStrongAs(EvidenceDesign.MATCHED_COMPARISON))
                .isTrue();
        assertThat(EvidenceDesign.SELF_REPORTED_SURVEY.isAtLeastAsStrongAs(EvidenceDesign.MATCHED_COMPARISON))
                .isFalse();
    }

    @Test
    void an_evaluation_plan_covers_the_types_of_its_questions() {
        EvaluationPlan plan = EvaluationPlan.builder()
                .addQuestions(question("Q1", EvaluationType.IMPACT), question("Q2", EvaluationType.PROCESS))
                .evidenceDesign(EvidenceDesign.BEFORE_AFTER_NO_COMPARISON)
                .build();
        assertThat(plan.types()).containsExactlyInAnyOrder(EvaluationType.IMPACT, EvaluationType.PROCESS);
        assertThat(plan.theoryOfChange()).isEqualTo(TheoryOfChange.empty());
    }

    @Test
    void rejects_two_questions_with_one_id_and_blank_statements() {
        assertThatThrownBy(() -> EvaluationPlan.builder()
                        .addQuestions(question("Q1", EvaluationType.IMPACT), question("Q1", EvaluationType.PROCESS))
                        .evidenceDesign(EvidenceDesign.RANDOMISED)
                        .build())
                .hasMessage("evaluationPlan.questions \"Q1\": appears more than once; each must be unique");
        assertThatThrownBy(() -> TheoryOfChange.builder().addOutcome(" ").build())
                .hasMessageContaining("theoryOfChange.outcomes");
        assertThatThrownBy(() -> EvaluationQuestion.builder()
                        .id("Q1")
                        .text("")
                        .type(EvaluationType.IMPACT)
                        .build())
                .hasMessageContaining("evaluationQuestion.text");
    }
}
