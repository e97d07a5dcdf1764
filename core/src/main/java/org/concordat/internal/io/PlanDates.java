package org.concordat.internal.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import java.io.IOException;
import java.time.LocalDate;
import org.concordat.calendar.AcademicYear;
import org.concordat.calendar.InvalidCalendarValueException;
import org.concordat.calendar.Period;

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
        int year = date.getYear();
        if (year < AcademicYear.MIN_START_YEAR || year > AcademicYear.MAX_START_YEAR) {
            throw InvalidFormatException.from(
                    p,
                    "date " + date + ": the year must be between " + AcademicYear.MIN_START_YEAR + " and "
                            + AcademicYear.MAX_START_YEAR + ", the years an academic year can start in",
                    text,
                    type);
        }
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
