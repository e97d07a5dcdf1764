/**
 * The school calendar of England: academic years (1 September to 31 August), terms and
 * half-terms with default or locally supplied dates, year groups from Nursery to Year 13 by the
 * age-on-31-August rule, key stages, and closed date ranges.
 *
 * <p>Every type here is an immutable value compared by value. Factories refuse values that cannot
 * exist with an {@link org.concordat.calendar.InvalidCalendarValueException} whose message names
 * the value and the rule. See {@code docs/calendar.md} for the rules and their sources.
 */
@org.jspecify.annotations.NullMarked
package org.concordat.calendar;
