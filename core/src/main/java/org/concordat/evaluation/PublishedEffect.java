package org.concordat.evaluation;

import java.util.Objects;
import org.concordat.evaluation.disclosure.DisclosurePolicy;
import org.concordat.evaluation.disclosure.Figure;
import org.concordat.evaluation.disclosure.Symbol;
import org.concordat.evaluation.effects.Evidence;

/**
 * An {@link EffectFinding} as disclosure control let it be published: either its statement with
 * each group's n rounded to the policy's base, or, when a group is about too few pupils or rests on
 * a withheld figure, withheld whole (no effect size, no n) with the reason every withheld figure
 * gives. Obtained only from {@link EvaluationResult#effects()}.
 */
public final class PublishedEffect {
    private final String outcome;
    private final Evidence evidence;
    private final boolean withheld;
    private final Figure treatedN;
    private final Figure referenceN;
    private final String statement;

    private PublishedEffect(
            String outcome, Evidence evidence, boolean withheld, Figure treatedN, Figure referenceN, String statement) {
        this.outcome = outcome;
        this.evidence = evidence;
        this.withheld = withheld;
        this.treatedN = treatedN;
        this.referenceN = referenceN;
        this.statement = statement;
    }

    /** The finding shown, its n rounded to the policy's base. */
    static PublishedEffect shown(EffectFinding finding, DisclosurePolicy policy) {
        Figure treated = policy.roundCount(finding.effect().treated().count());
        Figure reference = policy.roundCount(finding.effect().reference().count());
        return new PublishedEffect(
                finding.outcome(),
                finding.evidence(),
                false,
                treated,
                reference,
                finding.statement(treated, reference));
    }

    /** The finding withheld whole, with {@code reason}. */
    static PublishedEffect withheld(EffectFinding finding, String reason) {
        Figure c = Figure.withheld(Symbol.CONFIDENTIAL);
        return new PublishedEffect(
                finding.outcome(), finding.evidence(), true, c, c, finding.outcome() + ": " + reason + ".");
    }

    /** What was measured. */
    public String outcome() {
        return outcome;
    }

    /** The design and its Maryland level. */
    public Evidence evidence() {
        return evidence;
    }

    /** Whether disclosure control withheld the finding (its effect size and both n). */
    public boolean withheld() {
        return withheld;
    }

    /** The treated (or "after") group's n as shown: rounded, or {@code c} when withheld. */
    public Figure treatedN() {
        return treatedN;
    }

    /** The comparison (or "before") group's n as shown: rounded, or {@code c} when withheld. */
    public Figure referenceN() {
        return referenceN;
    }

    /**
     * The finding in words with the design's caveat, or the outcome and the reason it is withheld;
     * never an n the policy forbids.
     */
    public String statement() {
        return statement;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PublishedEffect p
                && p.outcome.equals(outcome)
                && p.evidence.equals(evidence)
                && p.withheld == withheld
                && p.treatedN.equals(treatedN)
                && p.referenceN.equals(referenceN)
                && p.statement.equals(statement);
    }

    @Override
    public int hashCode() {
        return Objects.hash(outcome, evidence, withheld, treatedN, referenceN, statement);
    }

    @Override
    public String toString() {
        return "PublishedEffect[" + statement + "]";
    }
}
