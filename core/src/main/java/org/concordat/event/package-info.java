/**
 * Domain events of a partnership plan and how they become notifications. {@link
 * org.concordat.event.PlanEvents} finds them by comparing two versions of a plan (on save) or by
 * looking at a plan on a date (reminders); {@link org.concordat.event.EventNotifications} maps each
 * event to an {@link org.concordat.spi.Notification} addressed to the people the plan names for it,
 * by work email, with minimal personal data.
 */
@org.jspecify.annotations.NullMarked
package org.concordat.event;
