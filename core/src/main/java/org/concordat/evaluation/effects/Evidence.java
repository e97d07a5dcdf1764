package org.concordat.evaluation.effects;

import java.util.Objects;
import org.concordat.plan.EvidenceDesign;

/**
 * The strength of evidence behind a finding: its research design, that design's Maryland
 * Scientific Methods Scale level, and the strongest {@link Claim} the design supports. Every
 * finding type carries one.
 */
public final class Evidence {
    private final EvidenceDesign design;

    private Evidence(EvidenceDesign design) {
        this.design = design;
    }

    /** The evidence of a finding made with {@code design}. */
    public static Evidence of(EvidenceDesign design) {
        return new Evidence(Objects.requireNonNull(design, "design"));
    }

    /** The research design. */
    public EvidenceDesign design() {
        return design;
    }

    /** The Maryland Scientific Methods Scale level, 1 (weakest) to 5 (randomised). */
    public int marylandLevel() {
        return design.marylandLevel();
    }

    /** The strongest claim the design supports. */
    public Claim claim() {
        return Claim.supportedBy(design);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Evidence e && e.design == design;
    }

    @Override
    public int hashCode() {
        return design.hashCode();
    }

    /** For example {@code SELF_REPORTED_SURVEY (Maryland level 1)}. */
    @Override
    public String toString() {
        return design + " (Maryland level " + marylandLevel() + ")";
    }
}
