package org.concordat;

import java.util.ConcurrentModificationException;
import java.util.Objects;

/**
 * Thrown when a plan is saved on top of a version that is no longer the latest: another writer
 * saved first. Nothing was written, so no update is lost; reload the latest version, reapply the
 * change and save again (or use {@link PlanRepository#update}, which does exactly that).
 */
public class PlanConflictException extends ConcurrentModificationException {
    private static final long serialVersionUID = 1L;

    private final String partnershipId;
    private final long expectedVersion;
    private final long actualVersion;

    /**
     * A conflict on one plan.
     *
     * @param partnershipId the plan's partnership id
     * @param expectedVersion the version the caller saved on top of (0 for a new plan)
     * @param actualVersion the version the store holds (0 when it holds none)
     * @param cause the store's own conflict, if any
     */
    public PlanConflictException(
            String partnershipId, long expectedVersion, long actualVersion, RuntimeException cause) {
        super(
                "plan \"" + Objects.requireNonNull(partnershipId, "partnershipId") + "\": expected version "
                        + expectedVersion + " but the store holds version " + actualVersion
                        + (expectedVersion == 0 ? " (the plan already exists)" : "")
                        + "; another writer saved first, so reload the latest version, reapply the change"
                        + " and save again",
                cause);
        this.partnershipId = partnershipId;
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    /** The plan's partnership id. */
    public String partnershipId() {
        return partnershipId;
    }

    /** The version the caller saved on top of (0 meant "a new plan"). */
    public long expectedVersion() {
        return expectedVersion;
    }

    /** The version the store held when the save was refused (0 when none). */
    public long actualVersion() {
        return actualVersion;
    }
}
