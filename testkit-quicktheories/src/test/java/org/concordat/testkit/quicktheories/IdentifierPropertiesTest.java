package org.concordat.testkit.quicktheories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.util.function.Function;
import java.util.function.Predicate;
import org.concordat.school.InvalidIdentifierException;
import org.concordat.school.LaEstab;
import org.concordat.school.Postcode;
import org.concordat.school.Ukprn;
import org.concordat.school.Uln;
import org.concordat.school.Upn;
import org.concordat.school.Urn;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

class IdentifierPropertiesTest {

    @Test
    void every_identifier_round_trips_through_its_canonical_text() {
        qt().forAll(IdentifierGen.urns())
                .checkAssert(v -> assertThat(Urn.parse(v.toString())).isEqualTo(v));
        qt().forAll(IdentifierGen.ukprns())
                .checkAssert(v -> assertThat(Ukprn.parse(v.toString())).isEqualTo(v));
        qt().forAll(IdentifierGen.laEstabs()).checkAssert(v -> {
            assertThat(LaEstab.parse(v.toString())).isEqualTo(v);
            assertThat(LaEstab.parse(v.toSlashedString())).isEqualTo(v);
        });
        qt().forAll(IdentifierGen.upns())
                .checkAssert(v -> assertThat(Upn.parse(v.toString())).isEqualTo(v));
        qt().forAll(IdentifierGen.ulns())
                .checkAssert(v -> assertThat(Uln.parse(v.toString())).isEqualTo(v));
        qt().forAll(IdentifierGen.postcodes())
                .checkAssert(v -> assertThat(Postcode.parse(v.toString())).isEqualTo(v));
    }

    @Test
    void parsing_ignores_case_and_surrounding_whitespace() {
        qt().forAll(IdentifierGen.upns())
                .checkAssert(v -> assertThat(Upn.parse(" \t" + v.toString().toLowerCase(java.util.Locale.ROOT) + "\n"))
                        .isEqualTo(v));
        qt().forAll(IdentifierGen.postcodes()).checkAssert(v -> {
            String compact = v.outwardCode() + v.inwardCode();
            assertThat(Postcode.parse(compact.toLowerCase(java.util.Locale.ROOT)))
                    .isEqualTo(v);
        });
    }

    @Test
    void upn_parts_are_what_the_text_says() {
        qt().forAll(IdentifierGen.upns()).checkAssert(v -> {
            String s = v.toString();
            assertThat(v.laCode()).isEqualTo(Integer.parseInt(s.substring(1, 4)));
            assertThat(v.establishmentNumber()).isEqualTo(Integer.parseInt(s.substring(4, 8)));
            assertThat(v.allocationYear()).isEqualTo(Integer.parseInt(s.substring(8, 10)));
            assertThat(v.isTemporary()).isEqualTo(Character.isLetter(s.charAt(12)));
        });
        qt().forAll(IdentifierGen.temporaryUpns())
                .checkAssert(v -> assertThat(v.isTemporary()).isTrue());
    }

    @Test
    void is_valid_agrees_with_parse_on_arbitrary_text() {
        Gen<String> arbitrary = SourceDSL.strings().allPossible().ofLengthBetween(0, 16);
        Gen<String> plausible = SourceDSL.strings()
                .betweenCodePoints(' ', 'z')
                .ofLengthBetween(0, 15)
                .mix(SourceDSL.strings().numeric(), 30);
        Gen<String> text = arbitrary.mix(plausible, 60);
        qt().withExamples(5000).forAll(text).checkAssert(s -> {
            agrees(s, Urn::isValid, Urn::parse);
            agrees(s, Ukprn::isValid, Ukprn::parse);
            agrees(s, LaEstab::isValid, LaEstab::parse);
            agrees(s, Upn::isValid, Upn::parse);
            agrees(s, Uln::isValid, Uln::parse);
            agrees(s, Postcode::isValid, Postcode::parse);
        });
    }

    @Test
    void is_valid_agrees_with_parse_on_near_misses() {
        Gen<String> valid = Generate.oneOf(
                IdentifierGen.urns().map(Object::toString),
                IdentifierGen.ukprns().map(Object::toString),
                IdentifierGen.laEstabs().map(LaEstab::toSlashedString),
                IdentifierGen.upns().map(Object::toString),
                IdentifierGen.ulns().map(Object::toString),
                IdentifierGen.postcodes().map(Object::toString));
        Gen<String> nearMiss = valid.zip(
                Generate.range(0, 3),
                Generate.range(0, 15),
                Generate.characters(' ', '~'),
                IdentifierPropertiesTest::edit);
        qt().withExamples(5000).forAll(nearMiss).checkAssert(s -> {
            agrees(s, Urn::isValid, Urn::parse);
            agrees(s, Ukprn::isValid, Ukprn::parse);
            agrees(s, LaEstab::isValid, LaEstab::parse);
            agrees(s, Upn::isValid, Upn::parse);
            agrees(s, Uln::isValid, Uln::parse);
            agrees(s, Postcode::isValid, Postcode::parse);
        });
    }

    /** Substitutes, inserts or deletes one character, or leaves the text alone. */
    private static String edit(String s, int kind, int position, char c) {
        int at = Math.min(position, s.length());
        switch (kind) {
            case 0:
                return at < s.length() ? s.substring(0, at) + c + s.substring(at + 1) : s + c;
            case 1:
                return s.substring(0, at) + c + s.substring(at);
            case 2:
                return at < s.length() ? s.substring(0, at) + s.substring(at + 1) : s;
            default:
                return s;
        }
    }

    private static void agrees(String s, Predicate<CharSequence> isValid, Function<CharSequence, ?> parse) {
        if (isValid.test(s)) {
            assertThat(parse.apply(s)).as("parse(%s)", s).isNotNull();
        } else {
            assertThatThrownBy(() -> parse.apply(s))
                    .as("parse(%s)", s)
                    .isInstanceOfSatisfying(
                            InvalidIdentifierException.class,
                            e -> assertThat(e.value()).isEqualTo(s));
        }
    }
}
