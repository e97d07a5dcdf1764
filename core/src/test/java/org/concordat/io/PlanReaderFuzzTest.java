package org.concordat.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import org.concordat.evaluation.Evaluation;
import org.concordat.evaluation.EvaluationResult;
import org.concordat.plan.PartnershipPlan;
import org.concordat.report.EvaluationReport;
import org.concordat.rules.Rulebooks;
import org.concordat.rules.ValidationSettings;

/**
 * Fuzzes {@link Plans#read(java.io.InputStream, PlanFormat)}: whatever the bytes, reading either
 * gives a plan that validates, evaluates, reports and writes back to itself, or refuses with a
 * {@link PlanFormatException} carrying a location. Any other exception is a finding.
 *
 * <p>In an ordinary build only the seed corpus in {@code src/test/resources/org/concordat/io/
 * PlanReaderFuzzTestInputs} runs; {@code docs/testing.md} says how to fuzz.
 */
class PlanReaderFuzzTest {
    @FuzzTest(maxDuration = "10m")
    void yaml_is_read_or_refused_with_a_location(byte[] input) {
        check(input, PlanFormat.YAML);
    }

    @FuzzTest(maxDuration = "10m")
    void json_is_read_or_refused_with_a_location(byte[] input) {
        check(input, PlanFormat.JSON);
    }

    private static void check(byte[] input, PlanFormat format) {
        PartnershipPlan plan;
        try {
            plan = Plans.read(new ByteArrayInputStream(input), format);
        } catch (PlanFormatException e) {
            assertThat(e.line()).as("line of %s", e.getMessage()).isPositive();
            assertThat(e.column()).as("column of %s", e.getMessage()).isPositive();
            assertThat(e.detail()).isNotBlank();
            assertThat(e.getMessage()).startsWith(e.source() + ":" + e.line() + ":" + e.column() + " ");
            return;
        }
        // What was read is a plan like any other: every later stage must finish without a bug.
        // A fixed day, as the command line uses today: the plan's own dates may be any year.
        LocalDate asOf = LocalDate.of(2026, 1, 15);
        Rulebooks.stemPartnership().validate(plan, ValidationSettings.asOf(asOf));
        EvaluationResult result = Evaluation.of(plan, java.util.List.of()).asOf(asOf);
        EvaluationReport.of(plan, result);
        String written = format == PlanFormat.JSON ? Plans.toJson(plan) : Plans.toYaml(plan);
        PartnershipPlan again = format == PlanFormat.JSON ? Plans.readJson(written) : Plans.readYaml(written);
        assertThat(again).isEqualTo(plan);
    }
}
