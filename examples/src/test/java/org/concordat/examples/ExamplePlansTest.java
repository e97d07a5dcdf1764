package org.concordat.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.concordat.io.Plans;
import org.concordat.plan.PartnershipPlan;
import org.concordat.rules.Rulebooks;
import org.concordat.rules.Severity;
import org.concordat.rules.ValidationReport;
import org.concordat.rules.ValidationSettings;
import org.concordat.rules.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every example plan reads and is valid under its rulebook. */
class ExamplePlansTest {
    static final Path PLANS = Path.of("plans");

    @ParameterizedTest(name = "{0} under {1}")
    @CsvSource({
        "first-plan.yaml, stem-partnership",
        "dt-partnership.yaml, stem-partnership",
        "cross-phase-science.yaml, dfe-guidance",
        "maths-partnership.yaml, stem-partnership",
        "independent-state-mou.yaml, dfe-guidance",
        "national-network.yaml, dfe-guidance"
    })
    void every_example_plan_has_no_error_under_its_rulebook(String file, String rulebook) {
        PartnershipPlan plan = Plans.read(PLANS.resolve(file));

        ValidationReport report = Rulebooks.named(rulebook).validate(plan, ValidationSettings.asOf(ExamplePlans.AS_OF));

        assertThat(report.errors()).as(report.toString()).isEmpty();
    }

    @Test
    void every_plan_in_the_folder_is_listed_here_or_is_the_flawed_one() throws IOException {
        try (Stream<Path> files = Files.list(PLANS)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder(
                            "first-plan.yaml",
                            "dt-partnership.yaml",
                            "cross-phase-science.yaml",
                            "maths-partnership.yaml",
                            "independent-state-mou.yaml",
                            "national-network.yaml",
                            "flawed-plan.yaml");
        }
    }

    @Test
    void the_maths_partnership_warns_only_that_17_schools_is_more_than_the_programme_expects() {
        PartnershipPlan plan = Plans.read(PLANS.resolve("maths-partnership.yaml"));

        ValidationReport report =
                Rulebooks.stemPartnership().validate(plan, ValidationSettings.asOf(ExamplePlans.AS_OF));

        assertThat(report.violations()).extracting(Violation::code).containsExactly("PROGRAMME_GROUP_SIZE");
        assertThat(report.violations()).extracting(Violation::severity).containsOnly(Severity.WARNING);
        assertThat(plan.partnership().members()).hasSize(17);
    }

    @Test
    void the_example_plans_are_clean_under_the_stricter_rulebook_where_they_are_stem_partnerships() {
        for (String file : List.of("dt-partnership.yaml", "first-plan.yaml")) {
            PartnershipPlan plan = Plans.read(PLANS.resolve(file));
            assertThat(Rulebooks.stemPartnership()
                            .validate(plan, ValidationSettings.asOf(ExamplePlans.AS_OF))
                            .withSeverity(Severity.ERROR))
                    .as(file)
                    .isEmpty();
        }
    }
}
