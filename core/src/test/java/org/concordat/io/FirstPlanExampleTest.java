package org.concordat.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.concordat.agreement.SectionKind;
import org.concordat.money.Money;
import org.concordat.partnership.Role;
import org.concordat.plan.PartnershipPlan;
import org.junit.jupiter.api.Test;

class FirstPlanExampleTest {
    static final Path EXAMPLE = Path.of("../examples/plans/first-plan.yaml");

    @Test
    void reads_the_documented_example_plan() {
        PartnershipPlan plan = Plans.read(EXAMPLE);

        assertThat(plan.partnership().id()).isEqualTo("aire-valley-stem");
        assertThat(plan.partnership().members()).hasSize(5);
        assertThat(plan.institutions()).hasSize(7);
        assertThat(plan.objectives()).hasSize(2);
        assertThat(plan.measures()).hasSize(4);
        assertThat(plan.activities()).hasSize(10);
        assertThat(plan.activitiesServing("O1")).extracting(a -> a.id()).contains("A1", "A3", "A4", "A9");
        assertThat(plan.agreement().orElseThrow().latest().missingSections()).isEmpty();
        assertThat(plan.agreement().orElseThrow().latest().fullyApprovedOn()).contains(LocalDate.of(2025, 7, 10));
        assertThat(plan.funding().total()).isEqualTo(Money.parse("20400.00"));
        for (String school : plan.partnership().memberIdsOn(LocalDate.of(2025, 9, 1))) {
            assertThat(plan.people(school, Role.CHAMPION))
                    .as("champion of %s", school)
                    .isNotEmpty();
        }
        assertThat(plan.agreement().orElseThrow().latest().section(SectionKind.FUNDING))
                .isPresent();
        assertThat(plan.evaluationPlan().orElseThrow().questions()).hasSize(4);
    }

    @Test
    void the_example_survives_json_and_yaml_round_trips() {
        PartnershipPlan plan = Plans.read(EXAMPLE);

        assertThat(Plans.readJson(Plans.toJson(plan))).isEqualTo(plan);
        assertThat(Plans.readYaml(Plans.toYaml(plan))).isEqualTo(plan);
    }

    @Test
    void the_format_document_shows_the_example_file_verbatim() throws java.io.IOException {
        String doc = java.nio.file.Files.readString(Path.of("../docs/plan-format.md"));
        String example = java.nio.file.Files.readString(EXAMPLE);
        assertThat(doc).contains("```yaml\n" + example);
    }
}
