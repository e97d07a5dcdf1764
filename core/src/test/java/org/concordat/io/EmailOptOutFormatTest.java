package org.concordat.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.concordat.partnership.Person;
import org.concordat.plan.PartnershipPlan;
import org.junit.jupiter.api.Test;

/** A person's {@code emailOptOut} in the plan format: read, written only when true, round-tripped. */
class EmailOptOutFormatTest {
    private static final PartnershipPlan EXAMPLE = Plans.read(Path.of("../examples/plans/first-plan.yaml"));

    private static PartnershipPlan optedOut(String personId) {
        List<Person> people = new ArrayList<>();
        EXAMPLE.people().forEach(p -> people.add(p.id().equals(personId) ? p.withEmailOptOut(true) : p));
        return EXAMPLE.withPeople(people);
    }

    @Test
    void is_false_by_default_and_not_written_then() {
        assertThat(EXAMPLE.people()).noneMatch(Person::emailOptOut);
        assertThat(Plans.toJson(EXAMPLE)).doesNotContain("emailOptOut");
        assertThat(Plans.toYaml(EXAMPLE)).doesNotContain("emailOptOut");
    }

    @Test
    void round_trips_through_json_and_yaml_when_true() {
        PartnershipPlan plan = optedOut("p-reid");
        assertThat(Plans.toYaml(plan)).containsOnlyOnce("emailOptOut: true");
        assertThat(Plans.readJson(Plans.toJson(plan))).isEqualTo(plan);
        assertThat(Plans.readYaml(Plans.toYaml(plan))).isEqualTo(plan);
        assertThat(Plans.readYaml(Plans.toYaml(plan))
                        .person("p-reid")
                        .orElseThrow()
                        .emailOptOut())
                .isTrue();
    }

    @Test
    void is_read_from_a_hand_written_plan() {
        String yaml = Plans.toYaml(EXAMPLE)
                .replace(
                        "    email: c.reid@armleyridge.example.org.uk\n",
                        "    email: c.reid@armleyridge.example.org.uk\n    emailOptOut: true\n");
        assertThat(yaml).contains("emailOptOut: true");
        assertThat(Plans.readYaml(yaml).person("p-reid").orElseThrow().emailOptOut())
                .isTrue();
    }
}
