package org.concordat.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.nio.file.Files;
import org.concordat.plan.PartnershipPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** YAML means what it says (issue 11): YAML 1.2 core scalars, no aliases, nothing silently converted. */
class YamlScalarsTest {
    private static final String NAME = "  name: Aire Valley STEM Partnership\n";
    private static final String BASELINE = "          value: 31.0\n";

    private static String example() throws java.io.IOException {
        return Files.readString(FirstPlanExampleTest.EXAMPLE);
    }

    private static PartnershipPlan withName(String plain) throws Exception {
        return Plans.readYaml(example().replace(NAME, "  name: " + plain + "\n"));
    }

    private static BigDecimal baseline(PartnershipPlan plan) {
        return plan.measures().get(0).baseline().orElseThrow().value().orElseThrow();
    }

    @Test
    void leading_zeros_are_decimal_in_a_number_and_kept_in_text() throws Exception {
        PartnershipPlan plan = Plans.readYaml(example().replace(BASELINE, "          value: 010\n"));
        assertThat(baseline(plan)).isEqualByComparingTo("10");
        assertThat(baseline(Plans.readYaml(example().replace(BASELINE, "          value: -0010.50\n"))))
                .isEqualTo(new BigDecimal("-10.50"));
        assertThat(withName("010").partnership().name()).isEqualTo("010");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"0x1F", "0o17", "0b101", "1_000", "1:30", "190:20:30", ".inf", "-.Inf", ".nan", "yes", "on"})
    void yaml_1_1_forms_are_text_never_converted(String plain) throws Exception {
        assertThat(withName(plain).partnership().name()).isEqualTo(plain);

        PlanFormatException e = catchThrowableOfType(
                PlanFormatException.class,
                () -> Plans.readYaml(example().replace(BASELINE, "          value: " + plain + "\n")));
        assertThat(e).as("numeric field given %s", plain).isNotNull();
        assertThat(e.pointer()).isEqualTo("/objectives/0/measures/0/baseline/value");
        assertThat(e.line()).isEqualTo(225);
    }

    @Test
    void plain_numbers_and_booleans_in_text_fields_are_read_as_written() throws Exception {
        for (String plain : new String[] {"1e3", "+5", "3.50", "-0", "true", "False"}) {
            assertThat(withName(plain).partnership().name()).isEqualTo(plain);
        }
    }

    @Test
    void an_alias_is_refused_at_its_line() throws Exception {
        String yaml = example()
                .replace("  id: aire-valley-stem\n", "  id: &n aire-valley-stem\n")
                .replace(NAME, "  name: *n\n");

        PlanFormatException e = catchThrowableOfType(PlanFormatException.class, () -> Plans.readYaml(yaml));

        assertThat(e.line()).isEqualTo(7);
        assertThat(e.detail()).startsWith("YAML anchors are not supported (&n)");
        String aliasOnly = example().replace(NAME, "  name: *n\n");
        PlanFormatException alias = catchThrowableOfType(PlanFormatException.class, () -> Plans.readYaml(aliasOnly));
        assertThat(alias.getMessage())
                .isEqualTo("<yaml>:8:9 /partnership/name: YAML aliases are not supported (*n):"
                        + " write the value out in full");
    }

    @Test
    void a_merge_key_with_an_alias_is_refused() throws Exception {
        String yaml = example().replace(NAME, NAME + "  focus2: &f {a: 1}\n  <<: *f\n");
        PlanFormatException e = catchThrowableOfType(PlanFormatException.class, () -> Plans.readYaml(yaml));
        assertThat(e.detail()).startsWith("YAML anchors are not supported");
    }

    @Test
    void tags_other_than_str_are_refused_and_str_keeps_the_text() throws Exception {
        assertThat(withName("!!str 010").partnership().name()).isEqualTo("010");
        PlanFormatException e = catchThrowableOfType(
                PlanFormatException.class,
                () -> Plans.readYaml(example().replace(BASELINE, "          value: !!int 010\n")));
        assertThat(e.detail())
                .isEqualTo("YAML tag tag:yaml.org,2002:int is not supported: write the value without a tag");
        assertThat(e.line()).isEqualTo(225);
    }
}
