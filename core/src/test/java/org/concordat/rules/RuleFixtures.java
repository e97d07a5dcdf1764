package org.concordat.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.concordat.io.PlanFormat;
import org.concordat.io.Plans;
import org.concordat.plan.PartnershipPlan;

/** The Aire Valley example plan, valid under both built-in rulebooks, and ways to judge changes to it. */
final class RuleFixtures {
    static final LocalDate START = LocalDate.of(2025, 9, 1);
    static final ValidationSettings SETTINGS = ValidationSettings.asOf(START);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final PartnershipPlan PLAN = read();

    private RuleFixtures() {}

    static PartnershipPlan plan() {
        return PLAN;
    }

    static ValidationReport judge(PartnershipPlan plan) {
        return judge(plan, SETTINGS);
    }

    static ValidationReport judge(PartnershipPlan plan, ValidationSettings settings) {
        ValidationReport report = Rulebooks.stemPartnership().validate(plan, settings);
        assertPathsResolve(plan, report);
        return report;
    }

    /** The violations of {@code code} after {@code change}, checking no other code was reported. */
    static List<Violation> onlyViolationsOf(String code, UnaryOperator<PartnershipPlan> change) {
        return onlyViolationsOf(code, change, SETTINGS);
    }

    static List<Violation> onlyViolationsOf(
            String code, UnaryOperator<PartnershipPlan> change, ValidationSettings settings) {
        ValidationReport report = judge(change.apply(PLAN), settings);
        assertThat(report.codes()).as(report.toString()).containsExactly(code);
        return report.violations();
    }

    static void assertPathsResolve(PartnershipPlan plan, ValidationReport report) {
        try {
            JsonNode json = JSON.readTree(Plans.toJson(plan));
            for (Violation v : report.violations()) {
                assertThat(json.at(v.path()).isMissingNode()).as("path of " + v).isFalse();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PartnershipPlan read() {
        try (InputStream in = RuleFixtures.class.getResourceAsStream("aire-valley.yaml")) {
            return Plans.read(in, PlanFormat.YAML);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
