package org.concordat.school;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.function.Function;
import org.concordat.plan.PupilGroup;

/**
 * Fuzzes every identifier parser (URN, UKPRN, LAESTAB, UPN, ULN, postcode) and the other short
 * text forms a plan carries for institutions and pupils (age range, pupil group): each either
 * reads a value whose canonical text reads back to the same value, or refuses with an {@link
 * IllegalArgumentException} whose message names the kind of value. Any other exception is a
 * finding. The first byte chooses the parser, the rest is the text.
 */
class IdentifierFuzzTest {
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
            new Parser<>("URN", Urn::parse, Urn::toString),
            new Parser<>("UKPRN", Ukprn::parse, Ukprn::toString),
            new Parser<>("LAESTAB", LaEstab::parse, LaEstab::toString),
            new Parser<>("UPN", Upn::parse, Upn::toString),
            new Parser<>("ULN", Uln::parse, Uln::toString),
            new Parser<>("postcode", Postcode::parse, Postcode::toString),
            new Parser<>("age range", AgeRange::parse, AgeRange::toString),
            new Parser<>("pupil group", PupilGroup::parse, PupilGroup::toString));

    @FuzzTest(maxDuration = "10m")
    void identifiers_are_read_back_or_refused_with_a_message(FuzzedDataProvider data) {
        Parser<?> parser = PARSERS.get(data.consumeInt(0, PARSERS.size() - 1));
        parser.check(data.consumeRemainingAsString());
    }
}
