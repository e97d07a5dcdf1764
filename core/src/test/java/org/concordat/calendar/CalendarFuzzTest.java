package org.concordat.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.function.Function;

/**
 * Fuzzes the calendar parsers a plan and an observations file use (academic year, term and half
 * term, period, year group, key stage): each either reads a value whose
 * canonical text reads back to the same value, or refuses with an {@link
 * IllegalArgumentException} with a message. Any other exception (a {@code DateTimeException} or
 * {@code NumberFormatException} that escaped) is a finding. The first byte chooses the parser.
 */
class CalendarFuzzTest {
    private record Parser<T>(String kind, Function<String, T> parse, Function<T, String> format) {
        void check(String text) {
            T value;
            try {
                value = parse.apply(text);
            } catch (IllegalArgumentException e) {
                assertThat(e.getMessage()).as("message of %s", kind).isNotBlank();
                return;
            }
            assertThat(parse.apply(format.apply(value)))
                    .as("%s read back", kind)
                    .isEqualTo(value);
        }
    }

    private static final List<Parser<?>> PARSERS = List.of(
            new Parser<>("academic year", AcademicYear::parse, AcademicYear::toString),
            new Parser<>("academic term", AcademicTerm::parse, AcademicTerm::toString),
            new Parser<>("academic half term", AcademicHalfTerm::parse, AcademicHalfTerm::toString),
            new Parser<>("period", Period::parse, Period::toString),
            new Parser<>("year group", YearGroup::parse, YearGroup::displayName),
            new Parser<>("key stage", KeyStage::parse, KeyStage::displayName),
            new Parser<>("term", Term::parse, Term::displayName),
            new Parser<>("half term", HalfTerm::parse, HalfTerm::displayName));

    @FuzzTest(maxDuration = "10m")
    void calendar_values_are_read_back_or_refused_with_a_message(FuzzedDataProvider data) {
        Parser<?> parser = PARSERS.get(data.consumeInt(0, PARSERS.size() - 1));
        parser.check(data.consumeRemainingAsString());
    }
}
