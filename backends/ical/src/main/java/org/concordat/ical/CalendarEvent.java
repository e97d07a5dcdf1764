package org.concordat.ical;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One event of an exported action plan: one occurrence of one activity, as it is written to the
 * {@code .ics} file. Every event is all-day: activities carry dates, not times of day.
 *
 * @param uid the iCalendar UID, {@code PLAN/ACTIVITY/OCCURRENCE@concordat}, where OCCURRENCE is
 *     {@code once} for an activity on a date, over dates or in one term or half-term, and the
 *     term ({@code 2025-26-autumn}) or half-term ({@code 2025-26-autumn-1}) of a recurring one; it
 *     does not depend on the order of activities or on the term dates, so it survives re-export
 * @param summary the activity's title
 * @param firstDay the first day of the event
 * @param lastDay the last day of the event, included (the file's {@code DTEND} is the day after)
 * @param dateFixed whether the activity happens on these days; false when the plan says only "some
 *     time in this term or half-term", when the event marks the days within which it happens and
 *     is written as free time ({@code TRANSP:TRANSPARENT})
 * @param location the host institution's name and postcode, when the activity has a host
 * @param description what the activity is, the objectives it serves and who leads it
 * @param status {@code TENTATIVE} (planned), {@code CONFIRMED} (scheduled or delivered) or {@code
 *     CANCELLED}
 */
public record CalendarEvent(
        String uid,
        String summary,
        LocalDate firstDay,
        LocalDate lastDay,
        boolean dateFixed,
        Optional<String> location,
        String description,
        String status) {
    /**
     * Checks the parts.
     *
     * @throws IllegalArgumentException when the last day is before the first
     */
    public CalendarEvent {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(status, "status");
        if (lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException(
                    "calendar event \"" + uid + "\": last day " + lastDay + " is before first day " + firstDay);
        }
    }

    /** The day after the last: iCalendar's {@code DTEND} for an all-day event, which is exclusive. */
    public LocalDate endExclusive() {
        return lastDay.plusDays(1);
    }
}
