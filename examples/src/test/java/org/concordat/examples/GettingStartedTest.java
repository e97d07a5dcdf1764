package org.concordat.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concordat.io.Plans;
import org.concordat.plan.PartnershipPlan;
import org.concordat.rules.Rulebooks;
import org.concordat.rules.ValidationReport;
import org.concordat.rules.ValidationSettings;
import org.concordat.rules.Violation;
import org.junit.jupiter.api.Test;

/** The plan docs/getting-started.md builds step by step is what the page says it is. */
class GettingStartedTest {
    private static final Pattern YAML = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL);

    private static List<String> blocks() throws IOException {
        String page = Files.readString(Path.of("..", "docs", "getting-started.md"), StandardCharsets.UTF_8);
        List<String> blocks = new ArrayList<>();
        Matcher m = YAML.matcher(page);
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }

    private static ValidationReport validate(String yaml) {
        PartnershipPlan plan = Plans.readYaml(yaml);
        return Rulebooks.dfeGuidance().validate(plan, ValidationSettings.asOf(ExamplePlans.AS_OF));
    }

    @Test
    void the_first_step_lacks_exactly_an_agreement_and_an_evaluation_plan() throws IOException {
        ValidationReport report = validate(blocks().get(0));

        assertThat(report.violations())
                .extracting(Violation::code)
                .containsExactly("AGREEMENT_MISSING", "EVALUATION_PLAN_MISSING");
    }

    @Test
    void the_finished_plan_has_no_violation_at_all() throws IOException {
        List<String> blocks = blocks();
        assertThat(blocks).hasSize(4);

        ValidationReport report = validate(String.join("\n", blocks));

        assertThat(report.violations()).as(report.toString()).isEmpty();
    }
}
