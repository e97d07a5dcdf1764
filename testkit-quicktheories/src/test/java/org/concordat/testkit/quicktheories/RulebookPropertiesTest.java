package org.concordat.testkit.quicktheories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.concordat.io.Plans;
import org.concordat.partnership.Partnership;
import org.concordat.plan.PartnershipPlan;
import org.concordat.rules.Codes;
import org.concordat.rules.Rulebook;
import org.concordat.rules.Rulebooks;
import org.concordat.rules.Severity;
import org.concordat.rules.ValidationReport;
import org.concordat.rules.ValidationSettings;
import org.concordat.rules.Violation;
import org.concordat.testkit.Breaker;
import org.concordat.testkit.BrokenPlan;
import org.concordat.testkit.PlanSamples;
import org.junit.jupiter.api.Test;

class RulebookPropertiesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void every_valid_plan_passes_both_rulebooks_with_no_error() {
        qt().withExamples(200).forAll(RulebookGen.validPlans()).checkAssert(plan -> {
            for (Rulebook book : List.of(Rulebooks.dfeGuidance(), Rulebooks.stemPartnership())) {
                assertThat(book.validate(plan, PlanSamples.settingsFor(plan)).errors())
                        .as(book.name())
                        .isEmpty();
                assertThat(book.validate(plan, PlanSamples.withDefaultTermDates(plan))
                                .errors())
                        .as(book.name() + " with term dates")
                        .isEmpty();
            }
        });
    }

    @Test
    void valid_plans_of_a_programme_sized_partnership_carry_no_warning_either() {
        qt().forAll(RulebookGen.seeds(), org.quicktheories.generators.Generate.range(30, 85))
                .checkAssert((seed, size) -> {
                    PartnershipPlan plan = PlanSamples.validPlan(seed, size);
                    assertThat(Rulebooks.stemPartnership()
                                    .validate(plan, PlanSamples.withDefaultTermDates(plan))
                                    .violations())
                            .isEmpty();
                });
    }

    @Test
    void every_breaker_triggers_its_code_and_no_other_error() {
        for (Breaker breaker : PlanSamples.breakers()) {
            for (int size : new int[] {0, 7, 33, 100}) {
                for (long seed = 0; seed < 5; seed++) {
                    BrokenPlan broken = PlanSamples.brokenPlan(breaker, seed * 7919 + size, size);
                    assertTriggersOnly(broken);
                }
            }
        }
    }

    @Test
    void a_broken_plan_reports_the_valid_plans_codes_plus_exactly_the_breakers_expected_codes() {
        qt().withExamples(200)
                .forAll(
                        org.quicktheories.generators.Generate.pick(PlanSamples.breakers()),
                        RulebookGen.seeds(),
                        RulebookGen.shapes())
                .checkAssert((breaker, seed, shape) -> {
                    BrokenPlan broken = PlanSamples.brokenPlan(breaker, seed, shape);
                    PartnershipPlan valid = PlanSamples.validPlan(seed, shape);
                    Rulebook stem = Rulebooks.stemPartnership();
                    java.util.Map<String, Severity> expected = new java.util.TreeMap<>();
                    stem.validate(valid, broken.settings())
                            .violations()
                            .forEach(v -> expected.put(v.code(), v.severity()));
                    expected.putAll(broken.expectedCodes());
                    java.util.Map<String, Severity> actual = new java.util.TreeMap<>();
                    stem.validate(broken.plan(), broken.settings())
                            .violations()
                            .forEach(v -> actual.put(v.code(), v.severity()));
                    assertThat(actual).as(broken.toString()).isEqualTo(expected);
                });
    }

    @Test
    void a_valid_plan_warns_of_nothing_but_its_group_size() {
        qt().withExamples(200)
                .forAll(RulebookGen.validPlans())
                .checkAssert(plan -> assertThat(Rulebooks.stemPartnership()
                                .validate(plan, PlanSamples.withDefaultTermDates(plan))
                                .codes())
                        .as(PlanSamples.describe(plan))
                        .isSubsetOf(Codes.PROGRAMME_GROUP_SIZE));
    }

    @Test
    void plans_accepted_without_warnings_carry_none() {
        qt().withExamples(30)
                .forAll(RulebookGen.validPlans(
                        Rulebooks.stemPartnership(), org.concordat.testkit.Acceptance.NO_WARNINGS))
                .checkAssert(plan -> assertThat(Rulebooks.stemPartnership()
                                .validate(plan, PlanSamples.settingsFor(plan))
                                .violations())
                        .isEmpty());
    }

    @Test
    void random_broken_plans_trigger_their_code_and_no_other_error() {
        qt().withExamples(300)
                .forAll(RulebookGen.brokenPlans())
                .checkAssert(RulebookPropertiesTest::assertTriggersOnly);
    }

    @Test
    void there_is_a_breaker_for_every_built_in_code() {
        Set<String> broken = PlanSamples.breakers().stream().map(Breaker::code).collect(Collectors.toSet());
        assertThat(broken).containsAll(Rulebooks.stemPartnership().codes());
    }

    @Test
    void every_path_a_violation_names_resolves_in_the_plan_json() {
        qt().withExamples(300).forAll(RulebookGen.brokenPlans()).checkAssert(broken -> {
            JsonNode json = json(broken.plan());
            for (Violation v : Rulebooks.stemPartnership()
                    .validate(broken.plan(), broken.settings())
                    .violations()) {
                assertThat(json.at(v.path()).isMissingNode()).as(v.toString()).isFalse();
            }
        });
    }

    @Test
    void no_rule_throws_on_an_arbitrary_buildable_plan_and_every_path_resolves() {
        qt().withExamples(500)
                .forAll(PlanGen.plans(), CalendarGen.academicYears())
                .checkAssert((plan, year) -> {
                    ValidationSettings settings = ValidationSettings.asOf(year.start())
                            .withTermDates(org.concordat.calendar.TermDates.defaults(year));
                    ValidationReport report = Rulebooks.stemPartnership().validate(plan, settings);
                    JsonNode json = json(plan);
                    for (Violation v : report.violations()) {
                        assertThat(json.at(v.path()).isMissingNode())
                                .as(v.toString())
                                .isFalse();
                    }
                });
    }

    @Test
    void validation_is_deterministic_and_ignores_the_order_of_members_activities_and_objectives() {
        qt().withExamples(150)
                .forAll(RulebookGen.brokenPlans(), RulebookGen.seeds())
                .checkAssert((broken, seed) -> {
                    Rulebook book = Rulebooks.stemPartnership();
                    ValidationReport once = book.validate(broken.plan(), broken.settings());
                    assertThat(book.validate(broken.plan(), broken.settings())).isEqualTo(once);
                    PartnershipPlan shuffled = shuffled(broken.plan(), new Random(seed));
                    assertThat(withoutPaths(book.validate(shuffled, broken.settings())))
                            .isEqualTo(withoutPaths(once));
                });
    }

    @Test
    void including_a_rulebook_and_removing_what_it_added_gives_the_original_verdicts() {
        Rulebook dfe = Rulebooks.dfeGuidance();
        Set<String> added = new TreeSet<>(Rulebooks.stemPartnership().codes());
        added.removeAll(dfe.codes());
        Rulebook.Builder b = dfe.toBuilder("round-trip").include(Rulebooks.stemPartnership());
        added.forEach(b::remove);
        Rulebook roundTrip = b.build();
        qt().withExamples(150)
                .forAll(RulebookGen.brokenPlans())
                .checkAssert(broken -> assertThat(roundTrip
                                .validate(broken.plan(), broken.settings())
                                .violations())
                        .isEqualTo(
                                dfe.validate(broken.plan(), broken.settings()).violations()));
    }

    @Test
    void stem_partnership_reports_everything_dfe_guidance_does() {
        qt().withExamples(150)
                .forAll(RulebookGen.brokenPlans())
                .checkAssert(broken -> assertThat(Rulebooks.stemPartnership()
                                .validate(broken.plan(), broken.settings())
                                .violations())
                        .containsAll(Rulebooks.dfeGuidance()
                                .validate(broken.plan(), broken.settings())
                                .violations()));
    }

    @Test
    void regrading_changes_only_severities() {
        Rulebook.Builder b = Rulebooks.stemPartnership().toBuilder("all-info");
        Rulebooks.stemPartnership().codes().forEach(c -> b.regrade(c, Severity.INFO));
        Rulebook allInfo = b.build();
        qt().withExamples(150).forAll(RulebookGen.brokenPlans()).checkAssert(broken -> {
            ValidationReport original = Rulebooks.stemPartnership().validate(broken.plan(), broken.settings());
            ValidationReport regraded = allInfo.validate(broken.plan(), broken.settings());
            assertThat(regraded.isValid()).isTrue();
            assertThat(regraded.count(Severity.INFO))
                    .isEqualTo(original.violations().size());
            assertThat(sortedWithSeverity(regraded, Severity.INFO))
                    .isEqualTo(sortedWithSeverity(original, Severity.INFO));
        });
    }

    @Test
    void a_rulebook_with_its_own_rule_gets_valid_plans_by_filtering() {
        Rulebook strict = Rulebooks.stemPartnership().toBuilder("strict")
                .regrade(Codes.PROGRAMME_GROUP_SIZE, Severity.ERROR)
                .build();
        qt().withExamples(50)
                .forAll(RulebookGen.validPlans(strict))
                .checkAssert(plan -> assertThat(strict.validate(plan, PlanSamples.settingsFor(plan))
                                .isValid())
                        .isTrue());
        PartnershipPlan sampled = PlanSamples.validPlan(strict, 1, 50);
        assertThat(strict.validate(sampled, PlanSamples.settingsFor(sampled)).isValid())
                .isTrue();
    }

    @Test
    void sampling_is_reproducible() {
        assertThat(PlanSamples.validPlan(42, 60)).isEqualTo(PlanSamples.validPlan(42, 60));
        assertThat(PlanSamples.brokenPlan(42, 60)).isEqualTo(PlanSamples.brokenPlan(42, 60));
        assertThat(PlanSamples.validPlan(42, 60)).isNotEqualTo(PlanSamples.validPlan(43, 60));
    }

    static void assertTriggersOnly(BrokenPlan broken) {
        ValidationReport report = Rulebooks.stemPartnership().validate(broken.plan(), broken.settings());
        assertThat(report.has(broken.code())).as(broken + "\n" + report).isTrue();
        assertThat(report.errors().stream().map(Violation::code).filter(c -> !c.equals(broken.code())))
                .as(broken + "\n" + report)
                .isEmpty();
    }

    private static JsonNode json(PartnershipPlan plan) {
        try {
            return JSON.readTree(Plans.toJson(plan));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> withoutPaths(ValidationReport report) {
        return report.violations().stream()
                .map(v -> v.severity() + " " + v.code() + " " + v.subject() + " " + v.message() + " " + v.hint())
                .collect(Collectors.toList());
    }

    private static List<String> sortedWithSeverity(ValidationReport report, Severity severity) {
        return report.violations().stream()
                .map(v -> v.withSeverity(severity).toString())
                .sorted()
                .collect(Collectors.toList());
    }

    static PartnershipPlan shuffled(PartnershipPlan plan, Random random) {
        List<org.concordat.partnership.Member> members =
                new ArrayList<>(plan.partnership().members());
        Collections.shuffle(members, random);
        List<org.concordat.plan.Activity> activities = new ArrayList<>(plan.activities());
        Collections.shuffle(activities, random);
        List<org.concordat.plan.Objective> objectives = new ArrayList<>(plan.objectives());
        Collections.shuffle(objectives, random);
        List<org.concordat.partnership.Person> people = new ArrayList<>(plan.people());
        Collections.shuffle(people, random);
        List<org.concordat.school.Institution> institutions = new ArrayList<>(plan.institutions());
        Collections.shuffle(institutions, random);
        return plan.withPartnership(Partnership.builder()
                        .from(plan.partnership())
                        .members(members)
                        .build())
                .withActivities(activities)
                .withObjectives(objectives)
                .withPeople(people)
                .withInstitutions(institutions);
    }

    static ValidationSettings settings(PartnershipPlan plan) {
        return PlanSamples.settingsFor(plan);
    }
}
