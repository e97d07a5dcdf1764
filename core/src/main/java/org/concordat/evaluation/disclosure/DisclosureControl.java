package org.concordat.evaluation.disclosure;

import java.util.ArrayList;
import java.util.List;

/**
 * Suppresses and rounds a {@link CountTable} so that it can be published.
 *
 * <p><b>Primary suppression</b>: every figure (cell or total) about more than 0 and fewer than
 * {@link DisclosurePolicy#threshold()} pupils is replaced by {@link Symbol#CONFIDENTIAL}. A true
 * zero is shown as 0.
 *
 * <p><b>Secondary suppression</b> (on by default) then repeats three steps until nothing changes:
 *
 * <ol>
 *   <li>a line (row or column with its total, or the line of margins with the grand total) with
 *       exactly one suppressed figure gets a second one;
 *   <li>a line whose total is shown, and whose suppressed cells therefore have a known sum, gets
 *       another suppressed cell while that sum is below the threshold;
 *   <li>an exact audit: the published totals are linear equations in the suppressed figures; any
 *       suppressed figure that those equations determine (its column of the equation matrix is
 *       not in the span of the others, found by reduced row echelon form) gets a complement in one
 *       of its lines.
 * </ol>
 *
 * The complement is always the smallest non-zero shown cell of the line (ties: the first), else
 * the line's total. It stops because each round suppresses at least one more figure.
 *
 * <p><b>Guarantee</b> (threshold counts, rounding base 1): no shown figure is about fewer pupils
 * than the threshold, except true zeros; no line with a shown total has exactly one suppressed
 * figure; and no suppressed figure can be computed exactly from the figures shown by any sequence
 * of additions and subtractions. Because the equations of a table with margins form a bipartite
 * incidence matrix (totally unimodular), for each suppressed figure there is another table of
 * non-negative whole numbers that agrees with every shown figure and differs from the true one in
 * that figure by 1.
 *
 * <p><b>Limits</b>: it does not prevent <em>interval</em> disclosure: an intruder may still bound a
 * suppressed figure (for example, knowing primary-suppressed cells lie between 1 and threshold −
 * 1, or that two suppressed cells sum to 12). It protects one table: figures published elsewhere
 * (another table sharing cells, last year's totals) can break it. It is a heuristic, not an
 * optimal (fewest-cells) suppression. Use a dedicated tool (e.g. sdcTable/tau-argus) for
 * linked or hierarchical tables.
 */
public final class DisclosureControl {
    private static final double EPSILON = 1e-9;

    private DisclosureControl() {}

    /** Suppresses and rounds {@code table} under {@code policy}. */
    public static SuppressedTable apply(CountTable table, DisclosurePolicy policy) {
        return apply(table, policy, true);
    }

    /** As {@link #apply(CountTable, DisclosurePolicy)}; without the audit only to test what it adds. */
    static SuppressedTable apply(CountTable table, DisclosurePolicy policy, boolean withAudit) {
        Layout layout = new Layout(table);
        boolean[] primary = new boolean[layout.size()];
        for (int e = 0; e < layout.size(); e++) {
            primary[e] = layout.present[e] && policy.isDisclosive(layout.values[e]);
        }
        boolean[] suppressed = suppress(layout, primary, policy.threshold(), policy.secondarySuppression(), withAudit);
        Figure[] shown = new Figure[layout.size()];
        for (int e = 0; e < layout.size(); e++) {
            if (!layout.present[e]) {
                shown[e] = Figure.withheld(Symbol.NOT_APPLICABLE);
            } else if (suppressed[e]) {
                shown[e] = Figure.withheld(Symbol.CONFIDENTIAL);
            } else {
                shown[e] = policy.roundCount(layout.values[e]);
            }
        }
        return new SuppressedTable(table, shown, primary, suppressed);
    }

    /**
     * Primary and secondary suppression over any set of figures linked by lines (each line's parts
     * sum to its last element, the total): the engine behind {@link #apply(CountTable,
     * DisclosurePolicy)} and behind the linked tables of findings ({@link LinkedTables}).
     *
     * @param primary the figures that must be withheld in any case
     * @param threshold a set of withheld parts whose known sum is above 0 and below this is protected
     * @return which figures to withhold: the primary ones and their complements
     */
    static boolean[] suppress(Layout layout, boolean[] primary, long threshold, boolean secondary, boolean withAudit) {
        boolean[] suppressed = primary.clone();
        if (secondary) {
            boolean changed = true;
            while (changed) {
                changed = lineRules(layout, suppressed, threshold) || (withAudit && audit(layout, suppressed));
            }
        }
        return suppressed;
    }

    /** Steps 1 and 2; true when a figure was suppressed. */
    private static boolean lineRules(Layout layout, boolean[] suppressed, long threshold) {
        for (int[] line : layout.lines) {
            int total = line[line.length - 1];
            int count = 0;
            long suppressedCells = 0;
            for (int e : line) {
                if (suppressed[e]) {
                    count++;
                    suppressedCells += e == total ? 0 : layout.values[e];
                }
            }
            boolean single = count == 1;
            boolean smallGroup = !suppressed[total] && count > 0 && suppressedCells > 0 && suppressedCells < threshold;
            if ((single || smallGroup) && complement(layout, suppressed, line)) {
                return true;
            }
        }
        return false;
    }

    /** Suppresses the smallest non-zero shown cell of the line, else its total; false if none. */
    private static boolean complement(Layout layout, boolean[] suppressed, int[] line) {
        int total = line[line.length - 1];
        int best = -1;
        for (int i = 0; i < line.length - 1; i++) {
            int e = line[i];
            if (!suppressed[e] && layout.values[e] > 0 && (best < 0 || layout.values[e] < layout.values[best])) {
                best = e;
            }
        }
        if (best < 0 && !suppressed[total]) {
            best = total;
        }
        if (best < 0) {
            return false;
        }
        suppressed[best] = true;
        return true;
    }

    /** Step 3: the exact audit; true when a figure was suppressed. */
    private static boolean audit(Layout layout, boolean[] suppressed) {
        List<Integer> unknowns = new ArrayList<>();
        int[] column = new int[layout.size()];
        for (int e = 0; e < layout.size(); e++) {
            column[e] = -1;
            if (suppressed[e]) {
                column[e] = unknowns.size();
                unknowns.add(e);
            }
        }
        if (unknowns.isEmpty()) {
            return false;
        }
        double[][] m = new double[layout.lines.size()][unknowns.size()];
        for (int row = 0; row < layout.lines.size(); row++) {
            int[] line = layout.lines.get(row);
            for (int i = 0; i < line.length; i++) {
                int col = column[line[i]];
                if (col >= 0) {
                    m[row][col] = i == line.length - 1 ? -1 : 1;
                }
            }
        }
        boolean[] determined = determinedColumns(m, unknowns.size());
        for (int col = 0; col < unknowns.size(); col++) {
            if (determined[col]) {
                int e = unknowns.get(col);
                for (int[] line : layout.lines) {
                    if (contains(line, e) && complement(layout, suppressed, line)) {
                        return true;
                    }
                }
                return anyComplement(layout, suppressed);
            }
        }
        return false;
    }

    /** Last resort: suppress the smallest non-zero shown figure anywhere. */
    private static boolean anyComplement(Layout layout, boolean[] suppressed) {
        int best = -1;
        for (int e = 0; e < layout.size(); e++) {
            if (layout.present[e]
                    && !suppressed[e]
                    && layout.values[e] > 0
                    && (best < 0 || layout.values[e] < layout.values[best])) {
                best = e;
            }
        }
        if (best < 0) {
            return false;
        }
        suppressed[best] = true;
        return true;
    }

    /**
     * Which unknowns the equations m·x = b fix: column j is fixed exactly when it is not in the span
     * of the other columns, i.e. when no null-space vector has a non-zero j-th entry. From the
     * reduced row echelon form: j is free (never fixed), or a pivot whose row has no non-zero entry
     * in any free column.
     */
    static boolean[] determinedColumns(double[][] matrix, int columns) {
        double[][] m = new double[matrix.length][];
        for (int i = 0; i < matrix.length; i++) {
            m[i] = matrix[i].clone();
        }
        int[] pivotRowOf = new int[columns];
        java.util.Arrays.fill(pivotRowOf, -1);
        int row = 0;
        for (int col = 0; col < columns && row < m.length; col++) {
            int pivot = row;
            for (int r = row + 1; r < m.length; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
                    pivot = r;
                }
            }
            if (Math.abs(m[pivot][col]) < EPSILON) {
                continue;
            }
            double[] tmp = m[pivot];
            m[pivot] = m[row];
            m[row] = tmp;
            double p = m[row][col];
            for (int c = 0; c < columns; c++) {
                m[row][c] /= p;
            }
            for (int r = 0; r < m.length; r++) {
                if (r != row && Math.abs(m[r][col]) > EPSILON) {
                    double f = m[r][col];
                    for (int c = 0; c < columns; c++) {
                        m[r][c] -= f * m[row][c];
                    }
                }
            }
            pivotRowOf[col] = row;
            row++;
        }
        boolean[] determined = new boolean[columns];
        for (int col = 0; col < columns; col++) {
            if (pivotRowOf[col] < 0) {
                continue;
            }
            boolean fixed = true;
            for (int free = 0; free < columns && fixed; free++) {
                if (pivotRowOf[free] < 0 && Math.abs(m[pivotRowOf[col]][free]) > EPSILON) {
                    fixed = false;
                }
            }
            determined[col] = fixed;
        }
        return determined;
    }

    private static boolean contains(int[] line, int e) {
        for (int x : line) {
            if (x == e) {
                return true;
            }
        }
        return false;
    }

    /**
     * Figures of a table in one index space: cells r·C + c, then row totals, column totals and the
     * grand total; each line lists its cells and ends with its total.
     */
    static final class Layout {
        final int rows;
        final int columns;
        final long[] values;
        final boolean[] present;
        final List<int[]> lines;

        /** Figures with their counts; absent ones are never shown and count as known to an intruder. */
        Layout(long[] values, boolean[] present, List<int[]> lines) {
            this.rows = 0;
            this.columns = 0;
            this.values = values;
            this.present = present;
            this.lines = lines;
        }

        Layout(CountTable t) {
            lines = new ArrayList<>();
            rows = t.rows();
            columns = t.columns();
            int size = rows * columns + rows + columns + 1;
            values = new long[size];
            present = new boolean[size];
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    values[r * columns + c] = t.cell(r, c);
                    present[r * columns + c] = true;
                }
                values[rowTotal(r)] = t.rowTotal(r);
                present[rowTotal(r)] = t.hasRowTotals();
            }
            for (int c = 0; c < columns; c++) {
                values[columnTotal(c)] = t.columnTotal(c);
                present[columnTotal(c)] = t.hasColumnTotals();
            }
            values[grandTotal()] = t.grandTotal();
            present[grandTotal()] = t.hasGrandTotal();
            if (t.hasRowTotals()) {
                for (int r = 0; r < rows; r++) {
                    int[] line = new int[columns + 1];
                    for (int c = 0; c < columns; c++) {
                        line[c] = r * columns + c;
                    }
                    line[columns] = rowTotal(r);
                    lines.add(line);
                }
            }
            if (t.hasColumnTotals()) {
                for (int c = 0; c < columns; c++) {
                    int[] line = new int[rows + 1];
                    for (int r = 0; r < rows; r++) {
                        line[r] = r * columns + c;
                    }
                    line[rows] = columnTotal(c);
                    lines.add(line);
                }
            }
            if (t.hasGrandTotal()) {
                int[] byRow = new int[rows + 1];
                for (int r = 0; r < rows; r++) {
                    byRow[r] = rowTotal(r);
                }
                byRow[rows] = grandTotal();
                lines.add(byRow);
                int[] byColumn = new int[columns + 1];
                for (int c = 0; c < columns; c++) {
                    byColumn[c] = columnTotal(c);
                }
                byColumn[columns] = grandTotal();
                lines.add(byColumn);
            }
        }

        int size() {
            return values.length;
        }

        int rowTotal(int r) {
            return rows * columns + r;
        }

        int columnTotal(int c) {
            return rows * columns + rows + c;
        }

        int grandTotal() {
            return rows * columns + rows + columns;
        }
    }
}
