package org.concordat.evaluation.disclosure;

import java.util.Arrays;
import org.concordat.internal.base.Checks;

/**
 * A table of pupil counts before disclosure control: rows × columns of non-negative counts, with
 * optional margins. Row totals, column totals and the grand total are computed from the cells, so
 * they always add up. A one-way table is a single row with its total.
 */
public final class CountTable {
    private final long[][] cells;
    private final boolean rowTotals;
    private final boolean columnTotals;

    private CountTable(long[][] cells, boolean rowTotals, boolean columnTotals) {
        if (cells.length == 0 || cells[0].length == 0) {
            throw new IllegalArgumentException(
                    Checks.describe("table", cells.length + " rows", "must have at least one row and one column"));
        }
        int columns = cells[0].length;
        long[][] copy = new long[cells.length][];
        for (int r = 0; r < cells.length; r++) {
            if (cells[r].length != columns) {
                throw new IllegalArgumentException(Checks.describe(
                        "row " + r, cells[r].length + " cells", "must have " + columns + " cells like row 0"));
            }
            copy[r] = cells[r].clone();
            for (int c = 0; c < columns; c++) {
                Checks.requireNonNegative("cell (" + r + ", " + c + ")", copy[r][c]);
            }
        }
        this.cells = copy;
        this.rowTotals = rowTotals;
        this.columnTotals = columnTotals;
    }

    /** A two-way table published with row totals, column totals and the grand total. */
    public static CountTable of(long[][] cells) {
        return new CountTable(cells, true, true);
    }

    /** A two-way table published with the chosen margins (the grand total only with both). */
    public static CountTable of(long[][] cells, boolean rowTotals, boolean columnTotals) {
        return new CountTable(cells, rowTotals, columnTotals);
    }

    /** A one-way table: one row of counts published with its total. */
    public static CountTable oneWay(long... cells) {
        return new CountTable(new long[][] {cells}, true, false);
    }

    /** Number of rows, margins excluded. */
    public int rows() {
        return cells.length;
    }

    /** Number of columns, margins excluded. */
    public int columns() {
        return cells[0].length;
    }

    /** The count in row {@code r}, column {@code c} (from 0). */
    public long cell(int r, int c) {
        return cells[r][c];
    }

    /** Whether row totals are published. */
    public boolean hasRowTotals() {
        return rowTotals;
    }

    /** Whether column totals are published. */
    public boolean hasColumnTotals() {
        return columnTotals;
    }

    /** Whether the grand total is published (only with both margins). */
    public boolean hasGrandTotal() {
        return rowTotals && columnTotals;
    }

    /** The total of row {@code r}. */
    public long rowTotal(int r) {
        return Arrays.stream(cells[r]).sum();
    }

    /** The total of column {@code c}. */
    public long columnTotal(int c) {
        long sum = 0;
        for (long[] row : cells) {
            sum += row[c];
        }
        return sum;
    }

    /** The total of all cells. */
    public long grandTotal() {
        return Arrays.stream(cells).flatMapToLong(Arrays::stream).sum();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CountTable t
                && Arrays.deepEquals(t.cells, cells)
                && t.rowTotals == rowTotals
                && t.columnTotals == columnTotals;
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(cells) * 4 + (rowTotals ? 2 : 0) + (columnTotals ? 1 : 0);
    }

    @Override
    public String toString() {
        return "CountTable" + Arrays.deepToString(cells) + (rowTotals ? " +row totals" : "")
                + (columnTotals ? " +column totals" : "");
    }
}
