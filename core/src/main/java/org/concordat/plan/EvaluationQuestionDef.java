package org.concordat.plan;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Set;
import org.concordat.internal.base.Checks;
import org.concordat.internal.base.ConcordatStyle;
import org.concordat.internal.base.Ids;
import org.immutables.value.Value;

/** A question the evaluation sets out to answer, of one evaluation type, about some objectives. */
@Value.Immutable
@ConcordatStyle
@JsonSerialize(as = EvaluationQuestion.class)
@JsonDeserialize(as = EvaluationQuestion.class)
@JsonPropertyOrder({"id", "text", "type", "objectiveIds"})
abstract class EvaluationQuestionDef {
    /** Stable id, e.g. {@code Q1}. */
    public abstract String id();

    /** The question, e.g. {@code Did FSM pupils' maths attainment rise faster than their peers'?}. */
    public abstract String text();

    /** Process, impact or value for money. */
    public abstract EvaluationType type();

    /** Ids of the objectives the question is about; empty for the partnership as a whole. */
    public abstract Set<String> objectiveIds();

    @Value.Check
    void check() {
        Ids.require("evaluationQuestion.id", id());
        Checks.requireNonBlank("evaluationQuestion.text", text());
        Ids.requireAll("evaluationQuestion.objectiveIds", objectiveIds());
    }
}
