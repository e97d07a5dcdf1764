package org.concordat.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.function.Function;
import org.concordat.calendar.AcademicHalfTerm;
import org.concordat.calendar.AcademicTerm;
import org.concordat.calendar.AcademicYear;
import org.concordat.calendar.Period;
import org.concordat.calendar.YearGroup;
import org.concordat.money.Money;
import org.concordat.plan.PupilGroup;
import org.concordat.plan.Schedule;
import org.concordat.school.AgeRange;
import org.concordat.school.LaEstab;
import org.concordat.school.Postcode;
import org.concordat.school.Ukprn;
import org.concordat.school.Uln;
import org.concordat.school.Upn;
import org.concordat.school.Urn;

/**
 * The values a plan writes as one string in their canonical form ({@code toString()}, read back
 * with {@code parse}): identifiers, money, calendar values, pupil groups, age ranges, schedules.
 * A value its {@code parse} refuses becomes an error at the token, carrying the parse message.
 */
final class TextForms {
    private TextForms() {}

    /** A Jackson module with a serializer and deserializer for each text-form type. */
    static SimpleModule module() {
        SimpleModule m = new SimpleModule("concordat-text-forms");
        add(m, Urn.class, Urn::parse, Urn::toString);
        add(m, Ukprn.class, Ukprn::parse, Ukprn::toString);
        add(m, LaEstab.class, LaEstab::parse, LaEstab::toString);
        add(m, Upn.class, Upn::parse, Upn::toString);
        add(m, Uln.class, Uln::parse, Uln::toString);
        add(m, Postcode.class, Postcode::parse, Postcode::toString);
        add(m, Money.class, Money::parse, Money::toString);
        add(m, AcademicYear.class, AcademicYear::parse, AcademicYear::toString);
        add(m, AcademicTerm.class, AcademicTerm::parse, AcademicTerm::toString);
        add(m, AcademicHalfTerm.class, AcademicHalfTerm::parse, AcademicHalfTerm::toString);
        add(m, Period.class, Period::parse, Period::toString);
        add(m, YearGroup.class, YearGroup::parse, YearGroup::displayName);
        add(m, PupilGroup.class, PupilGroup::parse, PupilGroup::toString);
        add(m, AgeRange.class, AgeRange::parse, AgeRange::toString);
        add(m, Schedule.class, text -> PlanDates.bounded(Schedule.parse(text)), Schedule::toString);
        return m;
    }

    private static <T> void add(SimpleModule m, Class<T> type, Function<String, T> parse, Function<T, String> format) {
        m.addSerializer(type, new Writer<>(type, format));
        m.addDeserializer(type, new Reader<>(type, parse));
    }

    private static final class Writer<T> extends StdSerializer<T> {
        private static final long serialVersionUID = 1L;
        private final transient Function<T, String> format;

        Writer(Class<T> type, Function<T, String> format) {
            super(type);
            this.format = format;
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(format.apply(value));
        }
    }

    private static final class Reader<T> extends StdScalarDeserializer<T> {
        private static final long serialVersionUID = 1L;
        private final transient Function<String, T> parse;

        Reader(Class<T> type, Function<String, T> parse) {
            super(type);
            this.parse = parse;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken t = p.currentToken();
            // A YAML author may write a URN or an amount unquoted: take any scalar's text.
            if (t == null || !t.isScalarValue() || t == JsonToken.VALUE_NULL) {
                @SuppressWarnings("unchecked")
                T refused = (T) ctxt.handleUnexpectedToken(handledType(), p);
                return refused;
            }
            String text = p.getText();
            try {
                return parse.apply(text);
            } catch (RuntimeException e) {
                throw InvalidFormatException.from(p, String.valueOf(e.getMessage()), text, handledType());
            }
        }
    }
}
