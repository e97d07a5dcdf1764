package org.concordat.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.concordat.calendar.AcademicYear;
import org.concordat.calendar.Period;
import org.concordat.calendar.TermCalendar;
import org.concordat.plan.Activity;
import org.concordat.plan.ActivityStatus;
import org.concordat.plan.ActivityType;
import org.concordat.plan.Schedule;

/** When and with whom activities happen: inside the plan, with members, in term time. */
final class ScheduleRules {
    private ScheduleRules() {}

    static final Rule OUTSIDE_PLAN = Rule.of(
            Codes.ACTIVITY_OUTSIDE_PLAN,
            Severity.ERROR,
            "Every activity takes place within the plan period",
            (plan, ctx) -> {
                Period period = plan.partnership().period();
                TermCalendar dates = ctx.termCalendar();
                for (int i = 0; i < plan.activities().size(); i++) {
                    Activity a = plan.activities().get(i);
                    if (a.status() == ActivityStatus.CANCELLED) {
                        continue;
                    }
                    List<Period> when = a.schedule().occurrences(dates);
                    if (when.isEmpty()) {
                        continue;
                    }
                    Period span = Period.of(
                            when.get(0).start(), when.get(when.size() - 1).end());
                    if (!period.encloses(span)) {
                        ctx.report(
                                "/activities/" + i + "/schedule",
                                a.id(),
                                "Activity " + a.id() + " \"" + a.title() + "\" (" + a.schedule() + ") falls"
                                        + " outside the plan period " + period,
                                "Move it within " + period + " or extend the partnership's period");
                    }
                }
            });

    static final Rule PARTICIPANT_NOT_MEMBER = Rule.of(
            Codes.ACTIVITY_PARTICIPANT_NOT_MEMBER,
            Severity.ERROR,
            "Every participating institution is a member",
            (plan, ctx) -> {
                for (int i = 0; i < plan.activities().size(); i++) {
                    Activity a = plan.activities().get(i);
                    List<String> participants = a.participantInstitutionIds();
                    for (int j = 0; j < participants.size(); j++) {
                        String id = participants.get(j);
                        if (!ctx.index().isMember(id)) {
                            ctx.report(
                                    "/activities/" + i + "/participantInstitutionIds/" + j,
                                    a.id(),
                                    ctx.index().describe(id) + " takes part in activity " + a.id() + " \"" + a.title()
                                            + "\" but is not a member",
                                    "Add it to partnership.members, or record it as the host if it only hosts");
                        }
                    }
                }
            });

    static final Rule IN_SCHOOL_HOLIDAY = Rule.of(
            Codes.ACTIVITY_IN_SCHOOL_HOLIDAY,
            Severity.WARNING,
            "No dated activity falls in a school holiday, where the real term dates are known",
            (plan, ctx) -> {
                for (int i = 0; i < plan.activities().size(); i++) {
                    Activity a = plan.activities().get(i);
                    if (a.status() == ActivityStatus.CANCELLED || a.type() == ActivityType.HOLIDAY_ACTIVITY) {
                        continue;
                    }
                    Optional<Period> dated = dated(a.schedule());
                    if (dated.isEmpty()) {
                        continue;
                    }
                    Optional<LocalDate> holiday = firstHoliday(dated.get(), ctx);
                    if (holiday.isPresent()) {
                        ctx.report(
                                "/activities/" + i + "/schedule",
                                a.id(),
                                "Activity " + a.id() + " \"" + a.title() + "\" falls in a school holiday on "
                                        + holiday.get(),
                                "Move it into term time, or make it a HOLIDAY_ACTIVITY if that is intended");
                    }
                }
            });

    /**
     * The first day of {@code period} in a holiday of a year whose real term dates were given:
     * years in order, and in each the first holiday day, so the earliest.
     */
    private static Optional<LocalDate> firstHoliday(Period period, RuleContext ctx) {
        AcademicYear last = AcademicYear.containing(period.end());
        for (AcademicYear y = AcademicYear.containing(period.start()); y.compareTo(last) <= 0; y = y.next()) {
            Optional<LocalDate> day = ctx.termDates(y).flatMap(t -> t.firstHolidayIn(period));
            if (day.isPresent()) {
                return day;
            }
        }
        return Optional.empty();
    }

    /** The dates of a schedule given by date (not by term), if it is one. */
    private static Optional<Period> dated(Schedule s) {
        if (s instanceof Schedule.On) {
            return Optional.of(Period.ofDay(((Schedule.On) s).date()));
        }
        if (s instanceof Schedule.Between) {
            return Optional.of(((Schedule.Between) s).period());
        }
        return Optional.empty();
    }

    static List<Rule> dfe() {
        return List.of(OUTSIDE_PLAN, PARTICIPANT_NOT_MEMBER, IN_SCHOOL_HOLIDAY);
    }
}
