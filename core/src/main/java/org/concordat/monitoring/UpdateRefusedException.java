package org.concordat.monitoring;

import java.util.Objects;

/**
 * Thrown when a monitoring action is refused: the person's roles do not allow it, the period is
 * locked, the update is in the wrong status, someone would approve their own submission, or another
 * decision was recorded first. Nothing was written. {@link #refusal()} says which rule refused, so a
 * caller (the command line exits 1) need not read the message.
 */
public class UpdateRefusedException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    /** Why an action was refused. */
    public enum Refusal {
        /** The acting person's roles in the plan do not allow the action. */
        WRONG_ROLE,
        /** The update's period, or the period to lock, is locked. */
        LOCKED_PERIOD,
        /** The person deciding made the submission. */
        OWN_SUBMISSION,
        /** Another decision on the same update (or lock) was recorded first. */
        CONFLICT,
        /** The update's status does not allow the action (e.g. approving a draft). */
        WRONG_STATUS,
        /** A period cannot be locked while submitted updates in it await a decision. */
        AWAITING_DECISION,
        /** The period is not locked, so there is nothing to unlock (or it is locked already). */
        LOCK_STATE
    }

    private final Refusal refusal;

    /**
     * A refusal.
     *
     * @param refusal which rule refused
     * @param message what was refused and why, naming the update, person and status (never a
     *     pupil's or person's name)
     */
    public UpdateRefusedException(Refusal refusal, String message) {
        super(message);
        this.refusal = Objects.requireNonNull(refusal, "refusal");
    }

    /** Which rule refused the action. */
    public Refusal refusal() {
        return refusal;
    }
}
