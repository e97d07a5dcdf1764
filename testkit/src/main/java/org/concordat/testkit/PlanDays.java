package org.concordat.testkit;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.concordat.calendar.AcademicHalfTerm;
import org.concordat.calendar.AcademicTerm;
import org.concordat.calendar.AcademicYear;
import org.concordat.calendar.HalfTerm;
import org.concordat.calendar.Period;
import org.concordat.calendar.Term;
import org.concordat.calendar.TermDates;
import org.concordat.plan.ActivityStatus;
import org.concordat.plan.Schedule;

/**
 * The school days of one generated plan, by the default term dates: where activities, approvals and
 * spends may fall so that they are in term time, on weekdays, inside the plan and in a sensible
 * order.
 */
final class PlanDays {
    /** A schedule with its first and last day. */
    record Planned(Schedule schedule, LocalDate first, LocalDate last) {}

    private final Period period;
    private final AcademicYear first;
    private final List<AcademicHalfTerm> halfTerms = new ArrayList<>();
    private final List<AcademicTerm> terms = new ArrayList<>();

    PlanDays(Period period, AcademicYear first) {
        this.period = period;
        this.first = first;
        for (AcademicYear y : List.of(first, first.next())) {
            TermDates dates = TermDates.defaults(y);
            for (HalfTerm h : HalfTerm.values()) {
                if (contains(dates.periodOf(h))) {
                    halfTerms.add(AcademicHalfTerm.of(y, h));
                }
            }
            for (Term t : Term.values()) {
                if (contains(dates.periodOf(t))) {
                    terms.add(AcademicTerm.of(y, t));
                }
            }
        }
    }

    private boolean contains(Period p) {
        return !p.start().isBefore(period.start()) && !p.end().isAfter(period.end());
    }

    private static Period periodOf(AcademicHalfTerm h) {
        return TermDates.defaults(h.year()).periodOf(h.halfTerm());
    }

    private static Period periodOf(AcademicTerm t) {
        return TermDates.defaults(t.year()).periodOf(t.term());
    }

    private static boolean weekday(LocalDate d) {
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    private static boolean schoolDay(LocalDate d) {
        return weekday(d) && TermDates.defaults(AcademicYear.containing(d)).isInTerm(d);
    }

    /** A weekday of {@code half}, at least {@code room} weekdays before its end. */
    private static LocalDate dayIn(SplittableRandom r, Period half, int room) {
        LocalDate d = half.start().plusDays(r.nextInt((int) Math.max(1, half.days() - 10)));
        while (!weekday(d) || d.getDayOfWeek().getValue() > 5 - room) {
            d = d.plusDays(1);
        }
        return d;
    }

    /**
     * A schedule of form {@code form} (0 a date, 1 a term, 2 three days inside a half-term, 3 a
     * half-term, 4 each half-term of a year) inside the plan, in term time.
     */
    Planned schedule(SplittableRandom r, int form) {
        switch (form) {
            case 1: {
                AcademicTerm t = terms.get(r.nextInt(terms.size()));
                Period p = periodOf(t);
                return new Planned(Schedule.in(t), p.start(), p.end());
            }
            case 2: {
                LocalDate d = dayIn(r, periodOf(halfTerms.get(r.nextInt(halfTerms.size()))), 2);
                return new Planned(Schedule.between(Period.of(d, d.plusDays(2))), d, d.plusDays(2));
            }
            case 3: {
                AcademicHalfTerm h = halfTerms.get(r.nextInt(halfTerms.size()));
                Period p = periodOf(h);
                return new Planned(Schedule.in(h), p.start(), p.end());
            }
            case 4: {
                AcademicYear y = r.nextBoolean() ? first : first.next();
                Period within = y.equals(first) ? Period.of(period.start(), first.end()) : y.period();
                return new Planned(Schedule.eachHalfTerm(within), within.start(), within.end());
            }
            default: {
                LocalDate d = dayIn(r, periodOf(halfTerms.get(r.nextInt(halfTerms.size()))), 0);
                return new Planned(Schedule.on(d), d, d);
            }
        }
    }

    /**
     * A status as it would stand at the end of the first year: most first-year activities
     * delivered, later ones scheduled or planned; a spare activity (one no objective depends on)
     * now and then cancelled.
     */
    ActivityStatus status(SplittableRandom r, LocalDate when, boolean spare) {
        int x = r.nextInt(100);
        if (spare && x < 8) {
            return ActivityStatus.CANCELLED;
        }
        if (when.isBefore(first.end())) {
            return x < 80 ? ActivityStatus.DELIVERED : ActivityStatus.SCHEDULED;
        }
        return x < 45 ? ActivityStatus.SCHEDULED : ActivityStatus.PLANNED;
    }

    /** The start of a term after the plan's first, for a member who joins late. */
    LocalDate laterTermStart(SplittableRandom r) {
        List<AcademicTerm> later = terms.subList(1, terms.size());
        return periodOf(later.get(r.nextInt(later.size()))).start();
    }

    /** The last day of a term before the plan's last, for a member who leaves early. */
    LocalDate termEndBeforeTheEnd(SplittableRandom r) {
        List<AcademicTerm> earlier = terms.subList(0, terms.size() - 1);
        return periodOf(earlier.get(r.nextInt(earlier.size()))).end();
    }

    /** The first school day on or after {@code date}, or the plan's last school day if none is left. */
    LocalDate schoolDayFrom(LocalDate date) {
        for (LocalDate d = date; !d.isAfter(period.end()); d = d.plusDays(1)) {
            if (schoolDay(d)) {
                return d;
            }
        }
        return schoolDayOnOrBefore(period.end());
    }

    /** The last school day on or before {@code date}. */
    LocalDate schoolDayOnOrBefore(LocalDate date) {
        LocalDate d = date;
        while (!schoolDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }

    /** The last school day before {@code date}. */
    LocalDate lastSchoolDayBefore(LocalDate date) {
        return schoolDayOnOrBefore(date.minusDays(1));
    }
}
