package org.concordat.event;

/**
 * Something that happened to, or is due in, a partnership plan, that someone should be told about.
 * Each kind is a small value; {@link EventNotifications} documents who is told and what they are
 * told.
 */
public sealed interface PlanEvent
        permits AgreementAwaitingApproval,
                ApprovalRecorded,
                AgreementInForce,
                ActivityComingUp,
                MeasureDataOverdue,
                ObjectiveStatusChanged,
                UpdateTransitioned,
                PeriodLockChanged {
    /** The partnership the event belongs to. */
    String partnershipId();

    /**
     * The stable, machine-readable name of the kind of event, used as the {@link
     * org.concordat.spi.Notification#eventType()}, e.g. {@code agreement.awaiting-approval}.
     */
    String eventType();
}
