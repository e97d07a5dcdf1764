package org.concordat.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.concordat.plan.PartnershipPlan;
import org.concordat.rules.Codes;
import org.concordat.rules.Rulebook;
import org.concordat.rules.Rulebooks;
import org.concordat.rules.Severity;
import org.concordat.rules.ValidationReport;
import org.concordat.rules.ValidationSettings;
import org.concordat.rules.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every breaker's whole effect, checked with plain parameterised JUnit (no property-testing
 * library): on plans of several shapes and seeds, the broken plan reports exactly the valid plan's
 * codes plus the breaker's expected codes, at the stated severities, under both rulebooks.
 */
class BreakerTest {
    private static final List<PlanShape> SHAPES = List.of(
            PlanShape.minimal(),
            PlanShape.ofSize(7),
            PlanShape.ofSize(33),
            PlanShape.of(7, 1, 2, 1),
            PlanShape.of(6, 3, 12),
            PlanShape.ofSize(100),
            PlanShape.of(12, 4, 20));

    static Stream<Breaker> breakers() {
        return PlanSamples.breakers().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breakers")
    void a_breaker_adds_exactly_its_expected_codes_at_their_severities(Breaker breaker) {
        for (PlanShape shape : SHAPES) {
            for (long seed = 0; seed < 6; seed++) {
                PartnershipPlan valid = PlanSamples.validPlan(seed * 7919 + shape.members(), shape);
                BrokenPlan broken = PlanSamples.brokenPlan(breaker, seed * 7919 + shape.members(), shape);
                for (Rulebook book : List.of(Rulebooks.stemPartnership(), Rulebooks.dfeGuidance())) {
                    ValidationSettings settings = broken.settings();
                    Map<String, Severity> before = severities(book.validate(valid, settings));
                    Map<String, Severity> after = severities(book.validate(broken.plan(), settings));
                    Map<String, Severity> expected = new TreeMap<>(before);
                    breaker.expectedCodes().forEach((code, severity) -> {
                        if (book.codes().contains(code)) {
                            expected.put(code, severity);
                        }
                    });
                    assertThat(after)
                            .as("%s under %s in %s", breaker, book.name(), PlanSamples.describe(broken.plan()))
                            .isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void every_breakers_full_set_of_codes_is_stated() {
        Map<String, Map<String, Severity>> stated = new TreeMap<>();
        for (Breaker b : PlanSamples.breakers()) {
            stated.put(b.code(), b.expectedCodes());
        }
        Map<String, Map<String, Severity>> expected = new TreeMap<>();
        for (String code : Rulebooks.stemPartnership().codes()) {
            expected.put(
                    code,
                    Map.of(code, Rulebooks.stemPartnership().severityOf(code).orElseThrow()));
        }
        // The one breaker whose change cannot avoid a second code: a partnership of one member is
        // also below the programme's group of four to eight.
        expected.put(
                Codes.PARTNERSHIP_TOO_FEW_MEMBERS,
                Map.of(
                        Codes.PARTNERSHIP_TOO_FEW_MEMBERS,
                        Severity.ERROR,
                        Codes.PROGRAMME_GROUP_SIZE,
                        Severity.WARNING));
        assertThat(stated).isEqualTo(expected);
        assertThat(PlanSamples.breakers(Codes.PARTNERSHIP_TOO_FEW_MEMBERS)
                        .get(0)
                        .expectedCodes()
                        .keySet())
                .as("the target comes first")
                .containsExactly(Codes.PARTNERSHIP_TOO_FEW_MEMBERS, Codes.PROGRAMME_GROUP_SIZE);
    }

    @Test
    void the_breakers_that_used_to_cause_a_second_code_no_longer_do() {
        for (String code : List.of(Codes.MEMBER_DUPLICATE, Codes.OBJECTIVE_NOT_EVALUATED, Codes.PLAN_DURATION)) {
            for (long seed = 0; seed < 20; seed++) {
                BrokenPlan broken =
                        PlanSamples.brokenPlan(PlanSamples.breakers(code).get(0), seed, PlanShape.of(5, 1, 3));
                assertThat(Rulebooks.stemPartnership()
                                .validate(broken.plan(), broken.settings())
                                .codes())
                        .as(broken.toString())
                        .containsExactly(code);
            }
        }
    }

    @Test
    void there_is_a_breaker_for_every_code_of_both_rulebooks() {
        Set<String> broken = PlanSamples.breakers().stream().map(Breaker::code).collect(Collectors.toSet());
        assertThat(broken)
                .containsAll(Rulebooks.stemPartnership().codes())
                .containsAll(Rulebooks.dfeGuidance().codes())
                .contains(Codes.FUNDING_ACTIVITY_UNKNOWN);
    }

    @Test
    void an_allocation_to_an_unknown_activity_is_an_error_under_both_rulebooks() {
        BrokenPlan broken = PlanSamples.brokenPlan(
                PlanSamples.breakers(Codes.FUNDING_ACTIVITY_UNKNOWN).get(0), 3, PlanShape.of(5, 2, 6));
        for (Rulebook book : List.of(Rulebooks.stemPartnership(), Rulebooks.dfeGuidance())) {
            ValidationReport report = book.validate(broken.plan(), broken.settings());
            assertThat(report.isValid()).as(book.name()).isFalse();
            assertThat(report.errors()).extracting(Violation::code).containsExactly(Codes.FUNDING_ACTIVITY_UNKNOWN);
        }
    }

    @Test
    void breakers_by_code_refuse_a_code_no_breaker_targets() {
        assertThat(PlanSamples.breakers(Codes.MEMBER_DUPLICATE))
                .singleElement()
                .extracting(Breaker::severity)
                .isEqualTo(Severity.ERROR);
        assertThatThrownBy(() -> PlanSamples.breakers("NO_SUCH_CODE"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("breaker code \"NO_SUCH_CODE\": no breaker targets it; codes with one: [")
                .hasMessageContaining("MEMBER_DUPLICATE");
    }

    private static Map<String, Severity> severities(ValidationReport report) {
        Map<String, Severity> out = new TreeMap<>();
        for (Violation v : report.violations()) {
            out.put(v.code(), v.severity());
        }
        assertThat(new TreeSet<>(out.keySet())).isEqualTo(new TreeSet<>(report.codes()));
        return out;
    }
}
