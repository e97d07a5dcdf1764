package org.concordat;

/**
 * What the {@link Concordat} facade does with the notifications its saves, reminders and
 * observations cause. In every mode but {@link #OFF} each is first recorded in the outbox in the
 * record store, with a stable id derived from its cause, in the same atomic append as the plan
 * version that caused it, so nothing is lost in a crash and nothing is sent twice under different
 * ids.
 */
public enum NotificationMode {
    /**
     * Record, then send what was just recorded before the call returns (the default). A failure to
     * send leaves the notification pending for {@link Concordat#dispatch()}; it never fails the save.
     */
    SEND_AFTER_SAVE,
    /** Record only; a dispatcher ({@link Concordat#dispatch()}, {@code concordat notify dispatch}) sends. */
    RECORD_ONLY,
    /** Record and send nothing: for stores used without notifications. */
    OFF
}
