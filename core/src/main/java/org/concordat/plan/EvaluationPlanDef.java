package org.concordat.plan;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.concordat.internal.base.Checks;
import org.concordat.internal.base.ConcordatStyle;
import org.concordat.internal.base.Ids;
import org.immutables.value.Value;

/**
 * How the partnership will be evaluated, in the shape of the HM Treasury Magenta Book: the
 * questions, the types of evaluation, the theory of change, the data sources, how data is shared
 * and analysed, and the strength of evidence aimed for. Refuses two questions with one id and
 * blank text.
 */
@Value.Immutable
@ConcordatStyle
@JsonSerialize(as = EvaluationPlan.class)
@JsonDeserialize(as = EvaluationPlan.class)
@JsonPropertyOrder({
    "questions",
    "theoryOfChange",
    "dataSources",
    "dataSharing",
    "analysis",
    "evidenceDesign",
    "evaluator"
})
abstract class EvaluationPlanDef {
    /** The questions, in order. */
    public abstract List<EvaluationQuestion> questions();

    /** Inputs → activities → outputs → outcomes → impact. */
    @Value.Default
    public TheoryOfChange theoryOfChange() {
        return TheoryOfChange.empty();
    }

    /** Where the data comes from, e.g. {@code KS4 results from each school's MIS}. */
    public abstract List<String> dataSources();

    /** How data is shared between partners (what, by whom, under what agreement). */
    public abstract Optional<String> dataSharing();

    /** How the data is analysed. */
    public abstract Optional<String> analysis();

    /** The design, and so the Maryland level, the evaluation aims for. */
    public abstract EvidenceDesign evidenceDesign();

    /** Who evaluates, e.g. {@code the partnership lead} or an external evaluator's name. */
    public abstract Optional<String> evaluator();

    /** The evaluation types its questions cover. */
    public final Set<EvaluationType> types() {
        return questions().stream().map(EvaluationQuestion::type).collect(Collectors.toUnmodifiableSet());
    }

    @Value.Check
    void check() {
        Ids.requireUnique("evaluationPlan.questions", questions(), EvaluationQuestion::id);
        dataSources().forEach(d -> Checks.requireNonBlank("evaluationPlan.dataSources", d));
        dataSharing().ifPresent(d -> Checks.requireNonBlank("evaluationPlan.dataSharing", d));
        analysis().ifPresent(d -> Checks.requireNonBlank("evaluationPlan.analysis", d));
        evaluator().ifPresent(d -> Checks.requireNonBlank("evaluationPlan.evaluator", d));
    }
}
