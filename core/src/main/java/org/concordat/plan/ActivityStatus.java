package org.concordat.plan;

/** Where an activity is: planned, scheduled (date and host fixed), delivered or cancelled. */
public enum ActivityStatus {
    /** In the plan; details not fixed. */
    PLANNED,
    /** Date and host fixed. */
    SCHEDULED,
    /** Took place. */
    DELIVERED,
    /** Will not take place. */
    CANCELLED
}
