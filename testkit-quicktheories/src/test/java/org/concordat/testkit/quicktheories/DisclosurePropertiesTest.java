package org.concordat.testkit.quicktheories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import org.concordat.evaluation.disclosure.CountTable;
import org.concordat.evaluation.disclosure.DisclosureControl;
import org.concordat.evaluation.disclosure.DisclosurePolicy;
import org.concordat.evaluation.disclosure.Figure;
import org.concordat.evaluation.disclosure.SuppressedTable;
import org.concordat.evaluation.disclosure.Symbol;
import org.junit.jupiter.api.Test;

class DisclosurePropertiesTest {
    private static final DisclosurePolicy POLICY = DisclosurePolicy.defaults();

    @Test
    void no_shown_figure_is_about_fewer_pupils_than_the_threshold() {
        qt().forAll(EvaluationGen.countTables(5, 5)).checkAssert(table -> {
            Grid g = Grid.of(table, DisclosureControl.apply(table, POLICY));
            for (int e = 0; e < g.values.size(); e++) {
                if (g.shown.get(e)) {
                    long v = g.values.get(e);
                    assertThat(v == 0 || v >= POLICY.threshold())
                            .as("figure %d of %s", v, table)
                            .isTrue();
                }
            }
        });
    }

    @Test
    void no_line_with_a_shown_total_has_exactly_one_suppressed_figure() {
        qt().forAll(EvaluationGen.countTables(5, 5)).checkAssert(table -> {
            Grid g = Grid.of(table, DisclosureControl.apply(table, POLICY));
            for (int[] line : g.lines) {
                long hidden = 0;
                for (int e : line) {
                    hidden += g.suppressed.get(e) ? 1 : 0;
                }
                assertThat(hidden).as("line of %s", table).isNotEqualTo(1);
            }
        });
    }

    /**
     * Independent check of the audit by brute force: for each suppressed figure, look for a change
     * of −1, 0 or +1 to the suppressed figures that keeps every line adding up and every figure
     * non-negative but changes that figure. Tables are kept small so the search stays cheap.
     */
    @Test
    void no_suppressed_figure_can_be_recovered_from_the_figures_shown() {
        qt().forAll(EvaluationGen.countTables(3, 3)).checkAssert(table -> {
            Grid g = Grid.of(table, DisclosureControl.apply(table, POLICY));
            List<Integer> hidden = new ArrayList<>();
            for (int e = 0; e < g.values.size(); e++) {
                if (g.suppressed.get(e)) {
                    hidden.add(e);
                }
            }
            if (hidden.size() > 10) {
                return; // 3^10 combinations is the budget; such tables are checked by the audit only.
            }
            for (int target : hidden) {
                assertThat(alternativeExists(g, hidden, target))
                        .as("figure %d of %s", target, table)
                        .isTrue();
            }
        });
    }

    private static boolean alternativeExists(Grid g, List<Integer> hidden, int target) {
        int k = hidden.size();
        int combinations = (int) Math.pow(3, k);
        int[] delta = new int[g.values.size()];
        for (int code = 0; code < combinations; code++) {
            int x = code;
            for (int i = 0; i < k; i++) {
                delta[hidden.get(i)] = x % 3 - 1;
                x /= 3;
            }
            if (delta[target] == 0) {
                continue;
            }
            boolean ok = true;
            for (int i = 0; i < k && ok; i++) {
                ok = g.values.get(hidden.get(i)) + delta[hidden.get(i)] >= 0;
            }
            for (int[] line : g.lines) {
                if (!ok) {
                    break;
                }
                int sum = 0;
                for (int i = 0; i < line.length - 1; i++) {
                    sum += delta[line[i]];
                }
                ok = sum == delta[line[line.length - 1]];
            }
            if (ok) {
                return true;
            }
        }
        return false;
    }

    /** The table's figures and lines rebuilt from the public API, independent of the algorithm. */
    private static final class Grid {
        final List<Long> values = new ArrayList<>();
        final List<Boolean> suppressed = new ArrayList<>();
        final List<Boolean> shown = new ArrayList<>();
        final List<int[]> lines = new ArrayList<>();

        static Grid of(CountTable t, SuppressedTable s) {
            Grid g = new Grid();
            int rows = t.rows();
            int cols = t.columns();
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    g.add(t.cell(r, c), s.cell(r, c));
                }
            }
            int rowTotals = g.values.size();
            for (int r = 0; r < rows; r++) {
                g.add(t.rowTotal(r), s.rowTotal(r));
            }
            int colTotals = g.values.size();
            for (int c = 0; c < cols; c++) {
                g.add(t.columnTotal(c), s.columnTotal(c));
            }
            int grand = g.values.size();
            g.add(t.grandTotal(), s.grandTotal());
            if (t.hasRowTotals()) {
                for (int r = 0; r < rows; r++) {
                    int[] line = new int[cols + 1];
                    for (int c = 0; c < cols; c++) {
                        line[c] = r * cols + c;
                    }
                    line[cols] = rowTotals + r;
                    g.lines.add(line);
                }
            }
            if (t.hasColumnTotals()) {
                for (int c = 0; c < cols; c++) {
                    int[] line = new int[rows + 1];
                    for (int r = 0; r < rows; r++) {
                        line[r] = r * cols + c;
                    }
                    line[rows] = colTotals + c;
                    g.lines.add(line);
                }
            }
            if (t.hasGrandTotal()) {
                int[] a = new int[rows + 1];
                for (int r = 0; r < rows; r++) {
                    a[r] = rowTotals + r;
                }
                a[rows] = grand;
                g.lines.add(a);
                int[] b = new int[cols + 1];
                for (int c = 0; c < cols; c++) {
                    b[c] = colTotals + c;
                }
                b[cols] = grand;
                g.lines.add(b);
            }
            return g;
        }

        private void add(long value, Figure shown) {
            values.add(value);
            this.shown.add(shown.isShown());
            suppressed.add(shown.symbol().filter(s -> s == Symbol.CONFIDENTIAL).isPresent());
        }
    }
}
