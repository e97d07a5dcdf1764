/**
 * The action plan as iCalendar: {@link org.concordat.ical.CalendarExport} turns a {@link
 * org.concordat.plan.PartnershipPlan} into one event per occurrence of each activity, with UIDs that
 * stay the same from one export to the next, so a calendar that imports the file again updates its
 * events instead of duplicating them; {@link org.concordat.ical.TermDatesFile} reads a school's
 * real term dates. See docs/calendar.md.
 */
package org.concordat.ical;
