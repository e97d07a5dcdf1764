package org.concordat.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.List;
import org.concordat.plan.PartnershipPlan;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * YAML 1.2 core scalars, as properties over generated scalars (issue 11): decimal numbers in any
 * YAML 1.2 spelling (signs, leading zeros, exponents) are read as the decimal they write; the YAML
 * 1.1 forms (hex, octal, binary, sexagesimal, underscores, infinities, yes/no/on/off) are text in
 * a text field, a refusal at the field in a number field, and never silently converted; and plans
 * holding any of them as text round-trip through the writer unchanged.
 */
class YamlScalarPropertiesTest {
    private static final String NAME = "  name: Aire Valley STEM Partnership\n";
    private static final String BASELINE = "          value: 31.0\n";
    private static final String BASELINE_POINTER = "/objectives/0/measures/0/baseline/value";
    private static final int BASELINE_LINE = 225;
    private static final String EXAMPLE = read();

    private static String read() {
        try {
            return Files.readString(FirstPlanExampleTest.EXAMPLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The example plan with its partnership's name written plain (unquoted) as {@code plain}. */
    private static PartnershipPlan withName(String plain) {
        return Plans.readYaml(EXAMPLE.replace(NAME, "  name: " + plain + "\n"));
    }

    /** The example plan's YAML with its first baseline written plain as {@code plain}. */
    private static String withBaseline(String plain) {
        return EXAMPLE.replace(BASELINE, "          value: " + plain + "\n");
    }

    private static BigDecimal baseline(PartnershipPlan plan) {
        return plan.measures().get(0).baseline().orElseThrow().value().orElseThrow();
    }

    @Test
    void the_example_has_the_lines_these_properties_edit() {
        assertThat(EXAMPLE).contains(NAME, BASELINE);
        assertThat(EXAMPLE.lines().skip(BASELINE_LINE - 1).findFirst()).hasValue(BASELINE.stripTrailing());
    }

    @Test
    void decimals_in_any_yaml_1_2_spelling_are_read_as_the_number_written() {
        qt().withExamples(150).forAll(decimals()).checkAssert(text -> {
            PartnershipPlan plan = Plans.readYaml(withBaseline(text));
            assertThat(baseline(plan)).as(text).isEqualTo(new BigDecimal(text));
        });
    }

    @Test
    void decimals_in_a_text_field_are_the_text_as_written() {
        qt().withExamples(100)
                .forAll(decimals())
                .checkAssert(
                        text -> assertThat(withName(text).partnership().name()).isEqualTo(text));
    }

    @Test
    void yaml_1_1_forms_are_text_in_a_text_field() {
        qt().withExamples(150)
                .forAll(yaml11Forms())
                .checkAssert(
                        text -> assertThat(withName(text).partnership().name()).isEqualTo(text));
    }

    @Test
    void yaml_1_1_forms_in_a_number_field_are_refused_at_the_field() {
        qt().withExamples(150).forAll(yaml11Forms()).checkAssert(text -> {
            PlanFormatException e =
                    catchThrowableOfType(PlanFormatException.class, () -> Plans.readYaml(withBaseline(text)));
            assertThat(e).as("number field given %s", text).isNotNull();
            assertThat(e.pointer()).isEqualTo(BASELINE_POINTER);
            assertThat(e.line()).isEqualTo(BASELINE_LINE);
        });
    }

    @Test
    void plans_holding_these_scalars_as_text_round_trip_through_yaml_and_json() {
        qt().withExamples(100).forAll(yaml11Forms().mix(decimals(), 40)).checkAssert(text -> {
            PartnershipPlan plan = withName(text);
            String yaml = Plans.toYaml(plan);
            PartnershipPlan back = Plans.readYaml(yaml);
            assertThat(back).isEqualTo(plan);
            assertThat(Plans.toYaml(back)).isEqualTo(yaml);
            assertThat(Plans.readJson(Plans.toJson(plan))).isEqualTo(plan);
        });
    }

    /**
     * Decimal numbers as YAML 1.2's core schema writes them ({@code [-+]?[0-9]+(\.[0-9]+)?} with an
     * optional exponent), with leading zeros and signs, inside the measure value bound.
     */
    static Gen<String> decimals() {
        Gen<String> sign = Generate.pick(List.of("", "", "-", "+"));
        Gen<String> zeros = Generate.range(0, 4).map(n -> "0".repeat(n));
        Gen<String> whole = Generate.longRange(0, 999_999_999L).map(n -> Long.toString(n));
        Gen<String> fraction = Generate.pick(List.of("", ".0", ".5", ".25", ".125"))
                .mix(Generate.longRange(0, 99_999).map(n -> "." + n), 50);
        Gen<String> exponent = Generate.pick(List.of("", "", "", "e3", "E-2", "e+5", "e0"));
        return sign.zip(zeros, whole, fraction, (s, z, w, f) -> s + z + w + f).zip(exponent, (number, e) -> number + e);
    }

    /**
     * What YAML 1.1 reads as numbers, booleans or null but YAML 1.2 core does not (or reads as
     * something other than a decimal): hex, octal, binary, sexagesimal, digit groups with
     * underscores, infinities and not-a-number, and the English booleans in their case forms.
     */
    static Gen<String> yaml11Forms() {
        Gen<Integer> small = Generate.range(0, 0xFFFF);
        Gen<String> hex = small.zip(
                Generate.booleans(),
                (n, upper) -> "0x"
                        + (upper ? Integer.toHexString(n).toUpperCase(java.util.Locale.ROOT) : Integer.toHexString(n)));
        Gen<String> octal = small.map(n -> "0o" + Integer.toOctalString(n));
        Gen<String> binary = small.map(n -> "0b" + Integer.toBinaryString(n));
        Gen<String> sexagesimal = Generate.range(1, 999)
                .zip(
                        Generate.range(0, 59),
                        Generate.range(0, 59),
                        (h, m, s) -> h + ":" + twoDigits(m) + ":" + twoDigits(s))
                .mix(Generate.range(1, 99).zip(Generate.range(0, 59), (h, m) -> h + ":" + twoDigits(m)), 50);
        Gen<String> underscores = Generate.range(1, 999)
                .zip(Generate.range(0, 999), (a, b) -> a + "_" + String.format(java.util.Locale.ROOT, "%03d", b));
        Gen<String> words = Generate.pick(List.of(
                ".inf", ".Inf", ".INF", "-.inf", "+.inf", ".nan", ".NaN", ".NAN", "yes", "Yes", "YES", "no", "No", "NO",
                "on", "On", "ON", "off", "Off", "OFF", "y", "Y", "n", "N"));
        return hex.mix(octal, 20)
                .mix(binary, 15)
                .mix(sexagesimal, 25)
                .mix(underscores, 15)
                .mix(words, 30);
    }

    private static String twoDigits(int n) {
        return String.format(java.util.Locale.ROOT, "%02d", n);
    }
}
