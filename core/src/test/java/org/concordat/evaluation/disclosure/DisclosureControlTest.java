package org.concordat.evaluation.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DisclosureControlTest {
    private static final DisclosurePolicy DEFAULTS = DisclosurePolicy.defaults();

    @Test
    void suppresses_a_small_cell_and_the_next_smallest_in_a_one_way_table() {
        SuppressedTable t = DisclosureControl.apply(CountTable.oneWay(3, 10, 20), DEFAULTS);
        assertThat(t.toString()).isEqualTo("c c 20 | 33\nz z z | z");
        assertThat(t.primaryCount()).isEqualTo(1);
        assertThat(t.secondaryCount()).isEqualTo(1);
        assertThat(t.isSuppressed(0, 1)).isTrue();
        assertThat(t.source()).isEqualTo(CountTable.oneWay(3, 10, 20));
    }

    @Test
    void keeps_suppressing_while_the_suppressed_cells_of_a_line_sum_below_the_threshold() {
        // 1 and 2 alone would reveal that they sum to 3: a group of fewer than 5 pupils.
        SuppressedTable t = DisclosureControl.apply(CountTable.oneWay(1, 2, 50, 60), DEFAULTS);
        assertThat(t.toString()).startsWith("c c c 60 | 113");
    }

    @Test
    void shows_true_zeros_and_never_uses_a_zero_as_complement() {
        assertThat(DisclosureControl.apply(CountTable.oneWay(0, 10, 20), DEFAULTS)
                        .toString())
                .startsWith("0 10 20 | 30");
        assertThat(DisclosureControl.apply(CountTable.oneWay(3, 0, 0), DEFAULTS).toString())
                .startsWith("c 0 0 | c");
    }

    @Test
    void suppresses_all_four_cells_of_a_two_by_two_table_with_margins() {
        SuppressedTable t = DisclosureControl.apply(CountTable.of(new long[][] {{3, 10}, {12, 20}}), DEFAULTS);
        assertThat(t.toString()).isEqualTo("c c | 13\nc c | 32\n15 30 | 45");
        assertThat(t.rowTotal(0)).isEqualTo(Figure.of(13));
        assertThat(t.columnTotal(1)).isEqualTo(Figure.of(30));
        assertThat(t.grandTotal()).isEqualTo(Figure.of(45));
    }

    @Test
    void suppresses_a_small_total_and_protects_it_among_the_margins() {
        SuppressedTable t = DisclosureControl.apply(CountTable.of(new long[][] {{1, 2}, {30, 40}, {50, 60}}), DEFAULTS);
        assertThat(t.rowTotal(0).toString()).isEqualTo("c");
        assertThat(t.rowTotal(1).toString()).isEqualTo("c");
        assertThat(t.grandTotal()).isEqualTo(Figure.of(183));
    }

    @Test
    void applies_only_primary_suppression_when_secondary_is_turned_off_or_there_are_no_margins() {
        assertThat(DisclosureControl.apply(CountTable.oneWay(3, 10, 20), DEFAULTS.withSecondarySuppression(false))
                        .toString())
                .startsWith("c 10 20 | 33");
        assertThat(DisclosureControl.apply(CountTable.of(new long[][] {{3, 10}}, false, false), DEFAULTS)
                        .toString())
                .isEqualTo("c 10 | z\nz z | z");
    }

    @Test
    void rounds_half_up_to_the_rounding_base_and_marks_non_zero_values_rounding_to_zero_as_low() {
        DisclosurePolicy fives = DEFAULTS.withThreshold(1).withRoundingBase(5);
        assertThat(DisclosureControl.apply(CountTable.oneWay(2, 12, 13, 0), fives)
                        .toString())
                .startsWith("low 10 15 0 | 25");
        assertThat(fives.showCount(2)).isEqualTo(Figure.withheld(Symbol.LOW));
        assertThat(fives.showCount(3)).isEqualTo(Figure.of(5));
        assertThat(DEFAULTS.showCount(3)).isEqualTo(Figure.withheld(Symbol.CONFIDENTIAL));
        assertThat(DEFAULTS.showCount(0)).isEqualTo(Figure.of(0));
        assertThat(DEFAULTS.percentage(new BigDecimal("0.12345"))).isEqualByComparingTo("12.3");
        assertThat(DEFAULTS.withPercentageDecimals(0).percentage(new BigDecimal("0.125")))
                .isEqualByComparingTo("13");
    }

    @Test
    void the_audit_finds_a_cell_fixed_by_two_cycles_joined_by_a_path() {
        // Rows r1..r4, columns c1..c4 of suppressed cells: a 4-cycle (r1,r2 × c1,c2) joined through
        // r3c1 to another (r3,r4 × c3,c4). Every line has two or more unknowns, yet r3c1 is fixed:
        // r3c1 = K(c1) − (K(r1) + K(r2) − K(c2)).
        String[] cells = {"r1c1", "r1c2", "r2c1", "r2c2", "r3c1", "r3c3", "r3c4", "r4c3", "r4c4"};
        String[] lines = {"r1", "r2", "r3", "r4", "c1", "c2", "c3", "c4"};
        double[][] m = new double[lines.length][cells.length];
        for (int l = 0; l < lines.length; l++) {
            for (int c = 0; c < cells.length; c++) {
                if (cells[c].contains(lines[l])) {
                    m[l][c] = 1;
                }
            }
        }
        boolean[] fixed = DisclosureControl.determinedColumns(m, cells.length);
        for (int c = 0; c < cells.length; c++) {
            assertThat(fixed[c]).as(cells[c]).isEqualTo(cells[c].equals("r3c1"));
        }
    }

    @Test
    void the_audit_adds_suppressions_the_line_rules_miss_on_some_tables() {
        java.util.Random random = new java.util.Random(5);
        int differing = 0;
        for (int i = 0; i < 20_000 && differing == 0; i++) {
            long[][] cells = new long[4][5];
            for (long[] row : cells) {
                for (int c = 0; c < row.length; c++) {
                    row[c] = random.nextInt(3) == 0 ? 1 + random.nextInt(4) : 5 + random.nextInt(30);
                }
            }
            CountTable t = CountTable.of(cells);
            SuppressedTable audited = DisclosureControl.apply(t, DEFAULTS);
            SuppressedTable lines = DisclosureControl.apply(t, DEFAULTS, false);
            if (!audited.toString().equals(lines.toString())) {
                differing++;
                assertThat(audited.secondaryCount()).isGreaterThan(lines.secondaryCount());
            }
        }
        assertThat(differing).isEqualTo(1);
    }

    @Test
    void refuses_ragged_negative_or_empty_tables_and_bad_policies() {
        assertThatThrownBy(() -> CountTable.of(new long[][] {{1, 2}, {3}}))
                .hasMessage("row 1 \"1 cells\": must have 2 cells like row 0");
        assertThatThrownBy(() -> CountTable.oneWay(1, -2)).hasMessage("cell (0, 1) \"-2\": must not be negative");
        assertThatThrownBy(() -> CountTable.of(new long[0][])).hasMessageContaining("at least one row");
        assertThatThrownBy(() -> DEFAULTS.withThreshold(0)).hasMessage("threshold \"0\": must be at least 1");
        assertThatThrownBy(() -> DEFAULTS.withRoundingBase(0)).hasMessage("rounding base \"0\": must be at least 1");
        assertThatThrownBy(() -> DEFAULTS.withPercentageDecimals(7))
                .hasMessage("percentage decimals \"7\": must be 0 to 6");
        assertThatThrownBy(() -> DEFAULTS.withMinimumResponseRate(new BigDecimal("1.5")))
                .hasMessage("minimum response rate \"1.5\": must be a fraction from 0 to 1");
        assertThatThrownBy(() -> DEFAULTS.withSurveyThreshold(0)).hasMessageContaining("survey threshold");
    }

    @Test
    void policies_and_tables_compare_by_value() {
        assertThat(DisclosurePolicy.defaults().withThreshold(5))
                .isEqualTo(DEFAULTS)
                .hasSameHashCodeAs(DEFAULTS);
        assertThat(DisclosurePolicy.nationalStudentSurvey()).isNotEqualTo(DEFAULTS);
        assertThat(DisclosurePolicy.nationalStudentSurvey().minimumResponseRate())
                .contains(new BigDecimal("0.5"));
        assertThat(DEFAULTS.toString()).contains("threshold=5", "minimumResponseRate=none");
        CountTable t = CountTable.of(new long[][] {{1, 2}});
        assertThat(t)
                .isEqualTo(CountTable.of(new long[][] {{1, 2}}))
                .hasSameHashCodeAs(CountTable.of(new long[][] {{1, 2}}));
        assertThat(t.toString()).isEqualTo("CountTable[[1, 2]] +row totals +column totals");
        assertThat(Figure.withheld(Symbol.UNAVAILABLE)).hasToString("x");
        assertThat(Symbol.LOW_RELIABILITY.code()).isEqualTo("u");
        assertThat(Figure.of(3).value()).contains(BigDecimal.valueOf(3));
        assertThat(Figure.of(3).symbol()).isEmpty();
    }
}
