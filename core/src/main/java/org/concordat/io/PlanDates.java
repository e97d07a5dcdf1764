package org.concordat.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.concordat.calendar.AcademicYear;
import org.concordat.calendar.InvalidCalendarValueException;
import org.concordat.calendar.Period;
import org.concordat.plan.Schedule;

/**
 * Keeps every date a plan file holds inside the years the calendar can place in an academic year
 * ({@value AcademicYear#MIN_START_YEAR} to {@value AcademicYear#MAX_START_YEAR}). A date such as
 * {@code 0621-09-01} is a valid ISO date, but no academic year contains it, so the rules that ask
 * which year a date falls in could not judge the plan: it is refused where it is written, with its
 * line, column and JSON Pointer, instead of failing later inside a rule.
 */
final class PlanDates {
    private PlanDates() {}

    /** The module that reads {@link LocalDate} and {@link Period} values with the bound. */
    static SimpleModule module() {
        return new SimpleModule("concordat-plan-dates")
                .addDeserializer(LocalDate.class, new DateReader())
                .addDeserializer(Period.class, new PeriodReader());
    }

    private static void check(JsonParser p, String text, LocalDate date, Class<?> type) throws IOException {
        if (!inBound(date)) {
            throw InvalidFormatException.from(p, problem(date), text, type);
        }
    }

    /**
     * Returns {@code schedule} when every date it is written with is inside the bound: a schedule
     * on a date, between two dates, or each (half-)term within a period. Terms and half-terms are
     * bounded by their academic year already.
     *
     * @throws IllegalArgumentException naming the date and the bound otherwise
     */
    static Schedule bounded(Schedule schedule) {
        List<LocalDate> dates = List.of();
        if (schedule instanceof Schedule.On on) {
            dates = List.of(on.date());
        } else if (schedule instanceof Schedule.Between between) {
            dates = List.of(between.period().start(), between.period().end());
        } else if (schedule instanceof Schedule.EachTerm each) {
            dates = List.of(each.within().start(), each.within().end());
        } else if (schedule instanceof Schedule.EachHalfTerm each) {
            dates = List.of(each.within().start(), each.within().end());
        }
        for (LocalDate date : dates) {
            if (!inBound(date)) {
                throw new IllegalArgumentException("schedule \"" + schedule + "\": " + problem(date));
            }
        }
        return schedule;
    }

    private static boolean inBound(LocalDate date) {
        int year = date.getYear();
        return year >= AcademicYear.MIN_START_YEAR && year <= AcademicYear.MAX_START_YEAR;
    }

    private static String problem(LocalDate date) {
        return "date " + date + ": the year must be between " + AcademicYear.MIN_START_YEAR + " and "
                + AcademicYear.MAX_START_YEAR + ", the years an academic year can start in";
    }

    private static final class DateReader extends StdScalarDeserializer<LocalDate> {
        private static final long serialVersionUID = 1L;

        DateReader() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = p.getText();
            LocalDate date = LocalDateDeserializer.INSTANCE.deserialize(p, ctxt);
            if (date != null) {
                check(p, text, date, LocalDate.class);
            }
            return date;
        }
    }

    private static final class PeriodReader extends StdScalarDeserializer<Period> {
        private static final long serialVersionUID = 1L;

        PeriodReader() {
            super(Period.class);
        }

        @Override
        public Period deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.currentToken().isScalarValue() || p.currentToken().isNumeric()) {
                return (Period) ctxt.handleUnexpectedToken(Period.class, p);
            }
            String text = p.getText();
            Period period;
            try {
                period = Period.parse(text);
            } catch (InvalidCalendarValueException e) {
                throw InvalidFormatException.from(p, String.valueOf(e.getMessage()), text, Period.class);
            }
            check(p, text, period.start(), Period.class);
            check(p, text, period.end(), Period.class);
            return period;
        }
    }
}
