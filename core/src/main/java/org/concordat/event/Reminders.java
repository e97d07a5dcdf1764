package org.concordat.event;

import java.util.Objects;
import org.concordat.calendar.TermCalendar;

/**
 * Settings for time-based events: how many days ahead an activity is announced, the term calendar
 * that places termly activities, and where measure data arrivals are recorded.
 *
 * @param daysAhead an activity starting within this many days of the reminder date (inclusive) is
 *     announced; 0 to 366
 * @param calendar term dates used to place activities scheduled by term
 * @param dataLog when measure data last arrived
 */
public record Reminders(int daysAhead, TermCalendar calendar, MeasureDataLog dataLog) {
    /** The default window, {@value} days. */
    public static final int DEFAULT_DAYS_AHEAD = 7;

    /**
     * Checks the parts.
     *
     * @throws IllegalArgumentException when {@code daysAhead} is outside 0 to 366
     */
    public Reminders {
        if (daysAhead < 0 || daysAhead > 366) {
            throw new IllegalArgumentException("Reminders daysAhead \"" + daysAhead + "\": must be 0 to 366");
        }
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(dataLog, "dataLog");
    }

    /** {@value #DEFAULT_DAYS_AHEAD} days ahead, default term dates, no measure data recorded. */
    public static Reminders defaults() {
        return new Reminders(DEFAULT_DAYS_AHEAD, TermCalendar.defaults(), MeasureDataLog.none());
    }

    /** A copy with another window. */
    public Reminders withDaysAhead(int days) {
        return new Reminders(days, calendar, dataLog);
    }

    /** A copy with another term calendar. */
    public Reminders withCalendar(TermCalendar termCalendar) {
        return new Reminders(daysAhead, termCalendar, dataLog);
    }

    /** A copy with another measure data log. */
    public Reminders withDataLog(MeasureDataLog log) {
        return new Reminders(daysAhead, calendar, log);
    }
}
