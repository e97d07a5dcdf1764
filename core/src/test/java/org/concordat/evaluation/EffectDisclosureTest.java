package org.concordat.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.concordat.calendar.Period;
import org.concordat.evaluation.disclosure.DisclosurePolicy;
import org.concordat.evaluation.effects.HedgesG;
import org.concordat.evaluation.effects.Summary;
import org.concordat.io.Plans;
import org.concordat.plan.EvidenceDesign;
import org.concordat.plan.PartnershipPlan;
import org.concordat.plan.PupilGroup;
import org.junit.jupiter.api.Test;

/** Effect findings are published only through the evaluation's one disclosure step. */
class EffectDisclosureTest {
    private static final PartnershipPlan PLAN = Plans.read(Path.of("../examples/plans/first-plan.yaml"));
    private static final Period YEAR = Period.parse("2025-09-01/2026-08-31");
    private static final LocalDate AS_OF = LocalDate.of(2026, 9, 15);
    private static final PupilGroup ALL = PupilGroup.ALL;

    private static HedgesG effect(long treated, long reference) {
        return HedgesG.of(Summary.ofDescriptive(treated, 52.4, 9.8), Summary.ofDescriptive(reference, 48.1, 10.6));
    }

    private static Observation m1(String school, String value, long n) {
        return Observation.builder()
                .measureId("M1")
                .institution(Optional.ofNullable(school))
                .period(YEAR)
                .group(ALL)
                .value(new BigDecimal(value))
                .n(n)
                .source("results")
                .build();
    }

    /** The five schools: e has 3 pupils, and a (40 pupils) is withheld as its complement. */
    private static final List<Observation> FIVE_SCHOOLS = List.of(
            m1("a", "41.00", 40),
            m1("b", "38.50", 52),
            m1("c", "44.10", 61),
            m1("d", "36.00", 45),
            m1("e", "100.00", 3),
            m1(null, "40.88", 201));

    private static PublishedEffect only(Evaluation evaluation) {
        List<PublishedEffect> effects = evaluation.asOf(AS_OF).effects();
        assertThat(effects).hasSize(1);
        return effects.get(0);
    }

    @Test
    void an_effect_about_enough_pupils_is_shown_with_its_n_rounded_to_the_policy_base() {
        EffectFinding finding = EffectFinding.of("KS2 maths score", effect(30, 34), EvidenceDesign.MATCHED_COMPARISON);

        PublishedEffect exact = only(Evaluation.of(PLAN, List.of()).withEffects(List.of(finding)));
        assertThat(exact.withheld()).isFalse();
        assertThat(exact.statement())
                .startsWith("KS2 maths score of participating pupils was higher than that of a comparison group (g ="
                        + " 0.42, 95% CI -0.08 to 0.91; n = 30 and 34)");
        assertThat(exact.treatedN()).hasToString("30");

        PublishedEffect rounded = only(Evaluation.of(PLAN, List.of())
                .withDisclosurePolicy(DisclosurePolicy.defaults().withRoundingBase(5))
                .withEffects(List.of(finding)));
        assertThat(rounded.statement()).contains("n = 30 and 35").doesNotContain("34");
        assertThat(rounded.referenceN()).hasToString("35");
        assertThat(rounded.outcome()).isEqualTo("KS2 maths score");
        assertThat(rounded.evidence().marylandLevel()).isEqualTo(3);
    }

    @Test
    void an_effect_with_a_group_below_the_threshold_is_withheld_whole() {
        EffectFinding finding = EffectFinding.of("KS2 maths score", effect(4, 34), EvidenceDesign.MATCHED_COMPARISON);

        PublishedEffect published = only(Evaluation.of(PLAN, List.of()).withEffects(List.of(finding)));

        assertThat(published.withheld()).isTrue();
        assertThat(published.treatedN()).hasToString("c");
        assertThat(published.referenceN()).hasToString("c");
        assertThat(published.statement())
                .isEqualTo("KS2 maths score: " + Evaluation.withheldReason(DisclosurePolicy.defaults()) + ".")
                .doesNotContain("g =")
                .doesNotContain("4 ");
    }

    @Test
    void an_effect_on_a_figure_withheld_as_a_complement_is_withheld_although_its_groups_are_large() {
        // a has 40 pupils but is withheld so that e's 3 cannot be subtracted: an effect showing
        // a's n would give e away again.
        EffectFinding finding = EffectFinding.of("KS2 maths score", effect(40, 52), EvidenceDesign.MATCHED_COMPARISON)
                .about(
                        EffectFinding.Cell.of("M1", Optional.of("a"), YEAR, ALL),
                        EffectFinding.Cell.of("M1", Optional.of("b"), YEAR, ALL));
        EvaluationResult result =
                Evaluation.of(PLAN, FIVE_SCHOOLS).withEffects(List.of(finding)).asOf(AS_OF);

        assertThat(result.find("M1", Optional.of("a"), ALL).orElseThrow().suppressed())
                .isTrue();
        PublishedEffect published = result.effects().get(0);
        assertThat(published.withheld()).isTrue();
        assertThat(published.statement()).doesNotContain("40");

        EffectFinding onShown = EffectFinding.of("KS2 maths score", effect(61, 52), EvidenceDesign.MATCHED_COMPARISON)
                .about(
                        EffectFinding.Cell.of("M1", Optional.of("c"), YEAR, ALL),
                        EffectFinding.Cell.of("M1", Optional.of("b"), YEAR, ALL));
        PublishedEffect shown = only(Evaluation.of(PLAN, FIVE_SCHOOLS).withEffects(List.of(onShown)));
        assertThat(shown.withheld()).isFalse();
        assertThat(shown.statement()).contains("n = 61 and 52");
    }

    @Test
    void an_effect_group_joins_the_linked_tables_so_its_small_n_cannot_be_subtracted() {
        // f is not in the observations; the effect publishes f's group with 3 pupils beside a
        // partnership total, so f is primary and another school goes with it.
        List<Observation> data = List.of(m1("b", "38.50", 52), m1("c", "44.10", 61), m1(null, "40.10", 116));
        EffectFinding small = EffectFinding.of("KS2 maths score", effect(3, 52), EvidenceDesign.MATCHED_COMPARISON)
                .about(
                        EffectFinding.Cell.of("M1", Optional.of("f"), YEAR, ALL),
                        EffectFinding.Cell.of("M1", Optional.of("b"), YEAR, ALL));

        EvaluationResult result =
                Evaluation.of(PLAN, data).withEffects(List.of(small)).asOf(AS_OF);

        assertThat(result.effects().get(0).withheld()).isTrue();
        long shownSchools = result.forMeasure("M1").stream()
                .filter(f -> f.institution().isPresent() && !f.suppressed())
                .count();
        assertThat(shownSchools)
                .as("b or c is withheld with f, so 116 minus the shown schools is not f's n")
                .isLessThan(2);
    }

    @Test
    void no_public_method_words_an_effect_finding_with_its_exact_n() {
        List<String> texts = Arrays.stream(EffectFinding.class.getMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && m.getReturnType() == String.class)
                .map(Method::getName)
                .toList();
        assertThat(texts).containsExactlyInAnyOrder("outcome", "toString");
        EffectFinding.Cell cell = EffectFinding.Cell.of("M1", Optional.empty(), YEAR, ALL);
        assertThat(cell)
                .isEqualTo(EffectFinding.Cell.of("M1", Optional.empty(), YEAR, ALL))
                .hasSameHashCodeAs(EffectFinding.Cell.of("M1", Optional.empty(), YEAR, ALL));
        assertThat(cell.toString()).contains("partnership");
        EffectFinding f = EffectFinding.of("score", effect(30, 34), EvidenceDesign.MATCHED_COMPARISON)
                .about(cell, cell);
        assertThat(f.treatedCell()).contains(cell);
        assertThat(f.referenceCell()).contains(cell);
    }
}
