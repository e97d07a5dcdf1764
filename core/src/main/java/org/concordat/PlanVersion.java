package org.concordat;

import java.time.Instant;
import java.util.Objects;
import org.concordat.plan.PartnershipPlan;

/**
 * One stored version of a partnership plan: the plan as it was saved, the store's version number
 * (1 for the first save, one more for each later save), when and by whom it was saved.
 *
 * <p>Pass {@link #version()} back to {@link PlanRepository#save(PartnershipPlan, long)} to save a
 * change on top of this version.
 *
 * @param plan the plan as saved
 * @param version the version number, 1 or more
 * @param savedAt when the version was saved, by the facade's clock
 * @param author who saved it
 */
public record PlanVersion(PartnershipPlan plan, long version, Instant savedAt, String author) {
    /**
     * Checks the parts.
     *
     * @throws IllegalArgumentException when the version is below 1
     */
    public PlanVersion {
        Objects.requireNonNull(plan, "plan");
        if (version < 1) {
            throw new IllegalArgumentException("PlanVersion version \"" + version + "\": must be 1 or more");
        }
        Objects.requireNonNull(savedAt, "savedAt");
        Objects.requireNonNull(author, "author");
    }

    /** The partnership id, which is also the record id. */
    public String partnershipId() {
        return plan.partnership().id();
    }
}
