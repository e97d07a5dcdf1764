package org.concordat.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumMap;
import java.util.Map;

/**
 * The rules behind {@link TermDates#defaults(AcademicYear)}: an approximation of typical English
 * local-authority term dates, not any authority's published calendar. The rules follow the usual
 * pattern of recent calendars (a break in the last week of October, one in mid-February, a
 * fortnight around Easter, one in the week of the spring bank holiday); they were not checked
 * against a published source, and docs/calendar.md marks them unverified.
 */
final class DefaultTermDates {
    private DefaultTermDates() {}

    static Map<HalfTerm, Period> of(AcademicYear year) {
        int y1 = year.startYear();
        int y2 = year.endYear();

        LocalDate autumnStart = weekdayOnOrAfter(LocalDate.of(y1, Month.SEPTEMBER, 2));
        // October half-term: the week of the last Monday in October.
        LocalDate octoberBreak =
                LocalDate.of(y1, Month.OCTOBER, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
        LocalDate autumnEnd = weekdayOnOrBefore(LocalDate.of(y1, Month.DECEMBER, 20));

        LocalDate springStart = weekdayOnOrAfter(LocalDate.of(y2, Month.JANUARY, 4));
        // February half-term: the week starting on the first Monday on or after 12 February.
        LocalDate februaryBreak =
                LocalDate.of(y2, Month.FEBRUARY, 12).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        // Easter holiday: the fortnight from the Monday of Holy Week to the Friday after Easter.
        LocalDate easter = easterSunday(y2);
        LocalDate springEnd = easter.minusDays(9);
        LocalDate summerStart = easter.plusDays(8);
        // Summer half-term: the week of the spring bank holiday, the last Monday in May.
        LocalDate mayBreak = LocalDate.of(y2, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
        LocalDate summerEnd = weekdayOnOrBefore(LocalDate.of(y2, Month.JULY, 22));

        Map<HalfTerm, Period> dates = new EnumMap<>(HalfTerm.class);
        dates.put(HalfTerm.AUTUMN_1, Period.of(autumnStart, octoberBreak.minusDays(3)));
        dates.put(HalfTerm.AUTUMN_2, Period.of(octoberBreak.plusDays(7), autumnEnd));
        dates.put(HalfTerm.SPRING_1, Period.of(springStart, februaryBreak.minusDays(3)));
        dates.put(HalfTerm.SPRING_2, Period.of(februaryBreak.plusDays(7), springEnd));
        dates.put(HalfTerm.SUMMER_1, Period.of(summerStart, mayBreak.minusDays(3)));
        dates.put(HalfTerm.SUMMER_2, Period.of(mayBreak.plusDays(7), summerEnd));
        return dates;
    }

    /**
     * Easter Sunday in the Gregorian calendar, by the anonymous Gregorian algorithm (Meeus/Jones/
     * Butcher), valid for every year {@link LocalDate} supports in the proleptic Gregorian calendar.
     */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    private static LocalDate weekdayOnOrAfter(LocalDate date) {
        LocalDate d = date;
        while (isWeekend(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    private static LocalDate weekdayOnOrBefore(LocalDate date) {
        LocalDate d = date;
        while (isWeekend(d)) {
            d = d.minusDays(1);
        }
        return d;
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }
}
