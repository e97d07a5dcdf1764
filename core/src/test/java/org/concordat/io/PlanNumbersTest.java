package org.concordat.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.concordat.evaluation.Evaluation;
import org.concordat.evaluation.EvaluationResult;
import org.concordat.evaluation.Observation;
import org.concordat.internal.render.MarkdownRenderer;
import org.concordat.plan.Baseline;
import org.concordat.plan.Measure;
import org.concordat.plan.Objective;
import org.concordat.plan.PartnershipPlan;
import org.concordat.plan.Target;
import org.concordat.report.EvaluationReport;
import org.concordat.rules.Rulebooks;
import org.concordat.rules.ValidationSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Numbers in plans are bounded before any arithmetic (issue 11): refused at their place, or cheap to use. */
class PlanNumbersTest {
    private static String example() throws java.io.IOException {
        return Files.readString(FirstPlanExampleTest.EXAMPLE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e-999999999", "1e-100000000", "1E+31", "1.0000000000000000000", "12345678901234567890"})
    void a_yaml_target_outside_the_bound_is_refused_at_its_place(String value) throws Exception {
        String yaml = example().replace("          - value: 34.0\n", "          - value: " + value + "\n");

        PlanFormatException e = catchThrowableOfType(PlanFormatException.class, () -> Plans.readYaml(yaml));

        assertThat(e).isNotNull();
        assertThat(e.pointer()).isEqualTo("/objectives/0/measures/0/targets/0/value");
        assertThat(e.line()).isEqualTo(229);
        assertThat(e.column()).isPositive();
        assertThat(e.detail()).startsWith("measure value \"" + value + "\": ");
    }

    @Test
    void a_json_baseline_outside_the_bound_is_refused_at_its_place() throws Exception {
        String json =
                Plans.toJson(Plans.readYaml(example())).replaceFirst("\"value\" : 31\\.0", "\"value\" : 1e-999999999");

        PlanFormatException e = catchThrowableOfType(PlanFormatException.class, () -> Plans.readJson(json));

        assertThat(e.pointer()).isEqualTo("/objectives/0/measures/0/baseline/value");
        assertThat(e.line()).isPositive();
        assertThat(e.detail())
                .isEqualTo("measure value \"1e-999999999\": is too small or too precise: at most 30 decimal places"
                        + " are allowed (values from 1E-30)");
    }

    @Test
    void a_number_too_long_to_read_is_refused_before_it_is_built() throws Exception {
        String digits = "1".repeat(300_000);
        String yaml = example().replace("          - value: 34.0\n", "          - value: " + digits + "\n");
        String json =
                Plans.toJson(Plans.readYaml(example())).replaceFirst("\"value\" : 31\\.0", "\"value\" : " + digits);

        PlanFormatException fromYaml = catchThrowableOfType(PlanFormatException.class, () -> Plans.readYaml(yaml));
        PlanFormatException fromJson = catchThrowableOfType(PlanFormatException.class, () -> Plans.readJson(json));

        assertThat(fromYaml.pointer()).isEqualTo("/objectives/0/measures/0/targets/0/value");
        assertThat(fromYaml.detail())
                .contains("(300000 characters): is too long")
                .hasSizeLessThan(200);
        assertThat(fromJson.line()).isPositive();
        assertThat(fromJson.getMessage()).hasSizeLessThan(400).contains("300000");
    }

    @Test
    void a_document_longer_than_three_mebibytes_is_refused_in_either_format() throws Exception {
        String padding = "#" + "x".repeat(3 * 1024 * 1024) + "\n";
        String json = " ".repeat(3 * 1024 * 1024) + Plans.toJson(Plans.readYaml(example()));

        assertThat(catchThrowableOfType(PlanFormatException.class, () -> Plans.readYaml(padding + example())))
                .isNotNull();
        assertThat(catchThrowableOfType(PlanFormatException.class, () -> Plans.readJson(json)))
                .isNotNull();
    }

    /**
     * The worst values inside the bound, everywhere a plan and its observations hold a number, go
     * through validation, evaluation and the report in well under the (generous) limit.
     */
    @Test
    void the_worst_values_inside_the_bound_validate_evaluate_and_report_in_bounded_time() throws Exception {
        PartnershipPlan plan = Plans.readYaml(example());
        List<BigDecimal> worst = List.of(
                new BigDecimal("999999999999999999E+12"),
                new BigDecimal("-999999999999999999E+12"),
                new BigDecimal("1E-30"),
                new BigDecimal("-0.000000000000123456789012345678"),
                new BigDecimal("123456789012345678E-30"),
                BigDecimal.ZERO);
        PartnershipPlan extreme = withValues(plan, worst);
        // Written and read back, so the codec accepts every one of them.
        assertThat(Plans.readYaml(Plans.toYaml(extreme))).isEqualTo(extreme);
        assertThat(Plans.readJson(Plans.toJson(extreme))).isEqualTo(extreme);
        List<Observation> observations = new ArrayList<>();
        int i = 0;
        for (Measure m : extreme.measures()) {
            for (String school : extreme.partnership()
                    .memberIdsOn(extreme.partnership().period().start())) {
                observations.add(Observation.builder()
                        .measureId(m.id())
                        .institution(school)
                        .period(extreme.partnership().period())
                        .value(worst.get(i++ % worst.size()))
                        .n(i % 3 == 0 ? 3 : 120)
                        .source("worst case")
                        .build());
            }
        }

        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            Rulebooks.stemPartnership()
                    .validate(
                            extreme,
                            ValidationSettings.asOf(
                                    extreme.partnership().period().start()));
            EvaluationResult result = Evaluation.of(extreme, observations)
                    .asOf(extreme.partnership().period().end());
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            new MarkdownRenderer().render(EvaluationReport.of(extreme, result), out);
            assertThat(out.size()).isPositive();
        });
    }

    private static PartnershipPlan withValues(PartnershipPlan plan, List<BigDecimal> values) {
        List<Objective> objectives = new ArrayList<>();
        int[] next = {0};
        for (Objective o : plan.objectives()) {
            List<Measure> measures = new ArrayList<>();
            for (Measure m : o.measures()) {
                Measure.Builder b = Measure.builder().from(m);
                m.baseline()
                        .ifPresent(base -> b.baseline(Baseline.builder()
                                .from(base)
                                .value(values.get(next[0]++ % values.size()))
                                .build()));
                List<Target> targets = new ArrayList<>();
                for (Target t : m.targets()) {
                    targets.add(Target.builder()
                            .from(t)
                            .value(values.get(next[0]++ % values.size()))
                            .build());
                }
                measures.add(b.targets(targets).build());
            }
            objectives.add(Objective.builder().from(o).measures(measures).build());
        }
        return PartnershipPlan.builder().from(plan).objectives(objectives).build();
    }
}
