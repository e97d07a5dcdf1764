package org.concordat.testkit.quicktheories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.function.Function;
import org.concordat.io.PlanFormatException;
import org.concordat.io.Plans;
import org.concordat.plan.PartnershipPlan;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

class PlanCodecPropertiesTest {
    @Test
    void json_round_trips_of_arbitrary_plans_are_lossless_and_deterministic() {
        qt().withExamples(150).forAll(PlanGen.plans()).checkAssert(plan -> {
            String json = Plans.toJson(plan);
            PartnershipPlan back = Plans.readJson(json);
            assertThat(back).isEqualTo(plan);
            assertThat(Plans.toJson(back)).isEqualTo(json);
        });
    }

    @Test
    void yaml_round_trips_of_arbitrary_plans_are_lossless_and_deterministic() {
        qt().withExamples(150).forAll(PlanGen.plans()).checkAssert(plan -> {
            String yaml = Plans.toYaml(plan);
            PartnershipPlan back = Plans.readYaml(yaml);
            assertThat(back).isEqualTo(plan);
            assertThat(Plans.toYaml(back)).isEqualTo(yaml);
        });
    }

    @Test
    void arbitrary_text_is_read_or_refused_with_a_plan_format_exception() {
        Gen<String> text = SourceDSL.strings().allPossible().ofLengthBetween(0, 200);
        qt().withExamples(300).forAll(text).checkAssert(s -> {
            readsOrRefuses(Plans::readJson, s);
            readsOrRefuses(Plans::readYaml, s);
        });
    }

    @Test
    void mutated_documents_are_read_or_refused_with_a_plan_format_exception() {
        qt().withExamples(200).forAll(PlanGen.plans(), Mutations.mutations()).checkAssert((plan, mutation) -> {
            readsOrRefuses(Plans::readJson, mutation.apply(Plans.toJson(plan)));
            readsOrRefuses(Plans::readYaml, mutation.apply(Plans.toYaml(plan)));
        });
    }

    static void readsOrRefuses(Function<String, PartnershipPlan> read, String text) {
        PartnershipPlan plan;
        try {
            plan = read.apply(text);
        } catch (PlanFormatException e) {
            assertThat(e.line()).isBetween(0, (int) text.lines().count() + 1);
            assertThat(e.getMessage()).contains(e.pointer().isEmpty() ? "/" : e.pointer());
            return;
        }
        // A document that is read gives a plan the codec writes and reads back unchanged.
        assertThat(Plans.readJson(Plans.toJson(plan))).isEqualTo(plan);
    }
}
