package org.concordat.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.concordat.calendar.Period;
import org.concordat.evaluation.disclosure.DisclosurePolicy;
import org.concordat.io.Plans;
import org.concordat.plan.PartnershipPlan;
import org.concordat.plan.PupilGroup;
import org.junit.jupiter.api.Test;

/**
 * The minimum response rate of survey measures, when the policy sets one (the NSS preset: 50%): a
 * survey value whose respondents are fewer than that share of those invited, or whose number
 * invited is not given, is withheld like any small figure, and takes part in secondary suppression
 * like one.
 */
class ResponseRateDisclosureTest {
    private static final PartnershipPlan PLAN = Plans.read(Path.of("../examples/plans/first-plan.yaml"));
    private static final Period YEAR = Period.parse("2025-09-01/2026-08-31");
    private static final LocalDate AS_OF = LocalDate.of(2026, 9, 15);
    private static final PupilGroup ALL = PupilGroup.ALL;
    private static final DisclosurePolicy NSS = DisclosurePolicy.nationalStudentSurvey();
    private static final List<PupilGroup> GROUPS =
            List.of(PupilGroup.ALL, PupilGroup.parse("DISADVANTAGED=Y"), PupilGroup.parse("DISADVANTAGED=N"));

    private static Observation survey(Optional<String> school, String value, long n, Optional<Long> invited) {
        Observation.Builder b = Observation.builder()
                .measureId("M3")
                .institution(school)
                .period(YEAR)
                .value(new BigDecimal(value))
                .n(n)
                .source("pupil survey");
        invited.ifPresent(b::invited);
        return b.build();
    }

    private static Finding find(EvaluationResult result, String measure, Optional<String> school) {
        return result.find(measure, school, ALL).orElseThrow();
    }

    @Test
    void the_builder_defaults_the_group_to_all_pupils_and_carries_the_number_invited() {
        Observation built = Observation.builder()
                .measureId("M3")
                .institution("a")
                .period(YEAR)
                .value(new BigDecimal("55"))
                .n(12)
                .source("survey")
                .build();
        Observation explicit = Observation.builder()
                .measureId("M3")
                .institution(Optional.of("a"))
                .period(YEAR)
                .group(ALL)
                .value(new BigDecimal("55"))
                .n(12)
                .source("survey")
                .build();
        assertThat(built).isEqualTo(explicit).hasSameHashCodeAs(explicit);
        assertThat(built.group()).isEqualTo(ALL);
        assertThat(built)
                .isNotEqualTo(Observation.builder()
                        .measureId("M3")
                        .institution("a")
                        .period(YEAR)
                        .value(new BigDecimal("55"))
                        .source("survey")
                        .build());
        assertThat(built.invited()).isEmpty();
        Observation withInvited = built.withInvited(40);
        assertThat(withInvited.invited()).contains(40L);
        assertThat(withInvited).isNotEqualTo(built);
        assertThat(withInvited.toString()).contains("n=12 of 40 invited");
        Observation partnership = Observation.builder()
                .measureId("M1")
                .period(YEAR)
                .value(BigDecimal.ONE)
                .source("s")
                .build();
        assertThat(partnership.institution()).isEmpty();
        assertThat(partnership.group()).isEqualTo(ALL);
        assertThat(partnership.n()).isEmpty();
    }

    @Test
    void the_builder_refuses_what_of_refuses_naming_the_field() {
        assertThatThrownBy(() -> Observation.builder()
                        .measureId("M3")
                        .period(YEAR)
                        .value(BigDecimal.ONE)
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("observation.source: required, not given");
        assertThatThrownBy(() -> Observation.builder().invited(-2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("observation.invited \"-2\": must not be negative");
        assertThatThrownBy(() -> survey(Optional.of("a"), "50", 41, Optional.of(40L)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("observation.n \"41\": must not exceed the number invited (40): respondents are among"
                        + " those invited");
        assertThatThrownBy(() -> Observation.builder()
                        .measureId("M3")
                        .institution("a")
                        .period(YEAR)
                        .group(ALL)
                        .value(BigDecimal.ONE)
                        .n(3)
                        .source("s")
                        .build()
                        .withInvited(2))
                .hasMessageStartingWith("observation.n \"3\": must not exceed the number invited (2)");
    }

    @Test
    void a_survey_value_below_the_minimum_response_rate_is_withheld_whole() {
        List<Observation> data = List.of(
                survey(Optional.of("a"), "62", 12, Optional.of(40L)),
                survey(Optional.of("b"), "55", 20, Optional.of(40L)),
                survey(Optional.of("c"), "48", 12, Optional.empty()));

        EvaluationResult result =
                Evaluation.of(PLAN, data).withDisclosurePolicy(NSS).asOf(AS_OF);

        Finding low = find(result, "M3", Optional.of("a"));
        assertThat(low.suppressed()).isTrue();
        assertThat(low.value()).hasToString("c");
        assertThat(low.n()).isEmpty();
        assertThat(low.status()).isEqualTo(ProgressStatus.NO_DATA);
        assertThat(low.reason())
                .isEqualTo("withheld by disclosure control: too few pupils or responses, a survey response rate"
                        + " below 50%, or it would let another withheld figure be worked out");
        assertThat(find(result, "M3", Optional.of("b")).value())
                .as("exactly 50% is not below the minimum")
                .hasToString("55");
        Finding unknown = find(result, "M3", Optional.of("c"));
        assertThat(unknown.value())
                .as("without the number invited, nothing shows the rule is met")
                .hasToString("c");
        assertThat(unknown.reason()).isEqualTo(low.reason());

        EvaluationResult defaults = Evaluation.of(PLAN, data).asOf(AS_OF);
        assertThat(defaults.forMeasure("M3"))
                .as("the default policy sets no minimum response rate")
                .isNotEmpty()
                .noneMatch(Finding::suppressed);
    }

    @Test
    void the_rate_applies_only_to_survey_measures_and_follows_the_policy() {
        Observation notSurvey = Observation.builder()
                .measureId("M1")
                .institution("a")
                .period(YEAR)
                .value(new BigDecimal("40"))
                .n(12)
                .invited(40)
                .source("results")
                .build();
        Observation lowRate = survey(Optional.of("a"), "62", 12, Optional.of(40L));
        assertThat(PLAN.measure("M1").orElseThrow().survey()).isFalse();

        EvaluationResult nss = Evaluation.of(PLAN, List.of(notSurvey, lowRate))
                .withDisclosurePolicy(NSS)
                .asOf(AS_OF);
        assertThat(find(nss, "M1", Optional.of("a")).suppressed()).isFalse();
        assertThat(find(nss, "M3", Optional.of("a")).suppressed()).isTrue();

        DisclosurePolicy quarter = NSS.withMinimumResponseRate(new BigDecimal("0.25"));
        EvaluationResult lenient = Evaluation.of(PLAN, List.of(notSurvey, lowRate))
                .withDisclosurePolicy(quarter)
                .asOf(AS_OF);
        assertThat(find(lenient, "M3", Optional.of("a")).value()).hasToString("62");
        assertThat(Evaluation.withheldReason(quarter)).contains("a survey response rate below 25%");

        DisclosurePolicy off = NSS.withMinimumResponseRate(BigDecimal.ZERO);
        assertThat(Evaluation.withheldReason(off)).isEqualTo(Evaluation.WITHHELD);
        assertThat(Evaluation.withheldReason(DisclosurePolicy.defaults())).isEqualTo(Evaluation.WITHHELD);
        EvaluationResult noRule =
                Evaluation.of(PLAN, List.of(lowRate)).withDisclosurePolicy(off).asOf(AS_OF);
        assertThat(find(noRule, "M3", Optional.of("a")).value()).hasToString("62");
    }

    @Test
    void a_value_withheld_for_its_response_rate_is_not_recovered_from_the_partnership_total() {
        // a: 12 of 40 (30%) withheld; without a complement, 67 - 30 - 25 = 12 would give it away.
        List<Observation> data = List.of(
                survey(Optional.of("a"), "62", 12, Optional.of(40L)),
                survey(Optional.of("b"), "55", 30, Optional.of(40L)),
                survey(Optional.of("c"), "50", 25, Optional.of(40L)),
                survey(Optional.empty(), "54.33", 67, Optional.of(120L)));

        EvaluationResult result =
                Evaluation.of(PLAN, data).withDisclosurePolicy(NSS).asOf(AS_OF);

        List<Finding> withheld =
                result.forMeasure("M3").stream().filter(Finding::suppressed).toList();
        assertThat(withheld).hasSizeGreaterThanOrEqualTo(2);
        assertThat(withheld)
                .extracting(f -> f.institution().orElse("partnership"))
                .contains("a");
        assertThat(withheld)
                .extracting(Finding::reason)
                .containsOnly(withheld.get(0).reason());
        assertThat(withheld).allSatisfy(f -> assertThat(f.n()).isEmpty());
    }

    /**
     * Random survey partnerships (2 to 17 schools, all pupils and both codes of a characteristic),
     * where some cells have a response rate below 50%: every such cell is withheld, and no withheld
     * n follows from the published totals by exact linear algebra.
     */
    @Test
    void no_withheld_response_count_follows_from_the_published_totals() {
        qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            int k = 2 + r.nextInt(16);
            long[][] n = new long[k][2];
            long[][] invited = new long[k][2];
            for (int i = 0; i < k; i++) {
                for (int c = 0; c < 2; c++) {
                    n[i][c] = r.nextInt(4) == 0 ? 1 + r.nextInt(12) : 10 + r.nextInt(190);
                    // A response rate from 20% to 100%, so about a third fall below 50%.
                    invited[i][c] = (long) Math.ceil(n[i][c] / (0.2 + 0.8 * r.nextDouble()));
                }
            }
            List<Observation> data = new ArrayList<>();
            Map<List<Integer>, long[]> cells = new HashMap<>();
            for (int scope = -1; scope < k; scope++) {
                for (int g = 0; g < 3; g++) {
                    long count = 0;
                    long asked = 0;
                    for (int i = scope < 0 ? 0 : scope; i < (scope < 0 ? k : scope + 1); i++) {
                        for (int c = 0; c < 2; c++) {
                            if (g == 0 || g == c + 1) {
                                count += n[i][c];
                                asked += invited[i][c];
                            }
                        }
                    }
                    cells.put(List.of(scope, g), new long[] {count, asked});
                    data.add(Observation.builder()
                            .measureId("M3")
                            .institution(scope < 0 ? Optional.empty() : Optional.of("s" + scope))
                            .period(YEAR)
                            .group(GROUPS.get(g))
                            .value(BigDecimal.valueOf(r.nextInt(10_001), 2).setScale(2, RoundingMode.HALF_UP))
                            .n(count)
                            .invited(asked)
                            .source("survey")
                            .build());
                }
            }
            EvaluationResult result =
                    Evaluation.of(PLAN, data).withDisclosurePolicy(NSS).asOf(AS_OF);
            List<List<Integer>> unknowns = new ArrayList<>();
            for (Finding f : result.forMeasure("M3")) {
                int scope = f.institution()
                        .map(s -> Integer.parseInt(s.substring(1)))
                        .orElse(-1);
                List<Integer> cell = List.of(scope, GROUPS.indexOf(f.group()));
                long[] truth = cells.get(cell);
                if (f.suppressed()) {
                    assertThat(f.n()).isEmpty();
                    unknowns.add(cell);
                } else {
                    assertThat(truth[0])
                            .as("seed %d: cell %s shown with a small n", seed, cell)
                            .isGreaterThanOrEqualTo(10);
                    assertThat(2 * truth[0])
                            .as("seed %d: cell %s shown below a 50%% response rate", seed, cell)
                            .isGreaterThanOrEqualTo(truth[1]);
                    assertThat(f.n()).contains(truth[0]);
                }
            }
            List<BigInteger[]> rows = LinkedDisclosurePropertyTest.equations(k, unknowns);
            int rank = LinkedDisclosurePropertyTest.rank(rows, unknowns.size());
            for (int u = 0; u < unknowns.size(); u++) {
                List<BigInteger[]> with = new ArrayList<>(rows);
                BigInteger[] unit = LinkedDisclosurePropertyTest.zeros(unknowns.size());
                unit[u] = BigInteger.ONE;
                with.add(unit);
                assertThat(LinkedDisclosurePropertyTest.rank(with, unknowns.size()))
                        .as("seed %d: withheld cell %s is determined by the published totals", seed, unknowns.get(u))
                        .isEqualTo(rank + 1);
            }
        });
    }
}
