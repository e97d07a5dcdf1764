package org.concordat.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.concordat.io.Plans;
import org.concordat.partnership.Partnership;
import org.concordat.plan.PartnershipPlan;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/** Validating many plans in parallel gives what validating them one by one gives, in order. */
class RulebookValidateAllTest {
    private static final List<PartnershipPlan> EXAMPLES = examples();
    private static final ExecutorService POOL = Executors.newFixedThreadPool(3);

    private static List<PartnershipPlan> examples() {
        try (Stream<Path> files = Files.list(Path.of("../examples/plans"))) {
            return files.filter(f -> f.toString().endsWith(".yaml"))
                    .sorted()
                    .map(Plans::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void stop() {
        POOL.shutdownNow();
    }

    private static ValidationSettings settings(PartnershipPlan plan) {
        // Different dates for different plans, so a mix-up between plans and settings shows.
        return ValidationSettings.asOf(
                LocalDate.of(2025, 9, 1).plusDays(plan.partnership().name().length() * 13L));
    }

    @Test
    void reports_are_those_of_validating_one_by_one_in_the_plans_order() {
        assertThat(EXAMPLES).hasSizeGreaterThanOrEqualTo(3);
        Rulebook book = Rulebooks.stemPartnership();
        qt().withExamples(30)
                .forAll(SourceDSL.lists()
                        .of(SourceDSL.integers().between(0, EXAMPLES.size() - 1))
                        .ofSizeBetween(0, 24))
                .checkAssert(picks -> {
                    List<PartnershipPlan> plans = new ArrayList<>();
                    for (int i = 0; i < picks.size(); i++) {
                        PartnershipPlan p = EXAMPLES.get(picks.get(i));
                        plans.add(p.withPartnership(Partnership.builder()
                                .from(p.partnership())
                                .name(p.partnership().name() + " " + i)
                                .build()));
                    }
                    List<ValidationReport> one = plans.stream()
                            .map(p -> book.validate(p, settings(p)))
                            .toList();
                    assertThat(book.validateAll(plans, RulebookValidateAllTest::settings))
                            .isEqualTo(one);
                    assertThat(book.validateAll(plans, RulebookValidateAllTest::settings, POOL))
                            .isEqualTo(one);
                });
    }

    @Test
    void a_failing_rule_is_reported_for_the_first_plan_it_fails_on() {
        Rule fragile = Rule.of("FRAGILE", Severity.ERROR, "Fails on some plans", (plan, ctx) -> {
            if (plan.partnership().name().endsWith("!")) {
                throw new IllegalArgumentException(
                        "cannot judge " + plan.partnership().name());
            }
        });
        Rulebook book = Rulebook.builder("fragile").add(fragile).build();
        List<PartnershipPlan> plans = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            PartnershipPlan p = EXAMPLES.get(i % EXAMPLES.size());
            String name = "Plan " + i + (i == 17 || i == 31 ? "!" : "");
            plans.add(p.withPartnership(
                    Partnership.builder().from(p.partnership()).name(name).build()));
        }
        for (int round = 0; round < 2; round++) {
            assertThatThrownBy(() -> book.validateAll(plans, RulebookValidateAllTest::settings))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("rule FRAGILE failed")
                    .hasMessageContaining("cannot judge Plan 17!");
            assertThatThrownBy(() -> book.validateAll(plans, RulebookValidateAllTest::settings, POOL))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("cannot judge Plan 17!");
        }
    }

    @Test
    void missing_settings_name_the_plan() {
        PartnershipPlan plan = EXAMPLES.get(0);
        assertThatThrownBy(() -> Rulebooks.dfeGuidance().validateAll(List.of(plan), p -> null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining(plan.partnership().id());
        assertThat(Rulebooks.dfeGuidance().validateAll(List.of(), p -> null)).isEmpty();
    }
}
