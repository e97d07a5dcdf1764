package org.concordat.spi.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A table with a caption, column headings and rows of typed cells; every row has one cell per
 * column.
 *
 * @param caption what the table shows
 * @param columns the column headings; at least one
 * @param rows the rows, in order
 */
public record Table(String caption, List<String> columns, List<List<Cell>> rows) implements Block {
    /**
     * Checks and copies the parts.
     *
     * @throws IllegalArgumentException when there is no column or a row's width differs from the
     *     number of columns
     */
    public Table {
        Objects.requireNonNull(caption, "caption");
        columns = List.copyOf(Objects.requireNonNull(columns, "columns"));
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("Table columns \"[]\": must have at least one column");
        }
        List<List<Cell>> copied = new ArrayList<>();
        for (List<Cell> row : Objects.requireNonNull(rows, "rows")) {
            List<Cell> copy = List.copyOf(Objects.requireNonNull(row, "row"));
            if (copy.size() != columns.size()) {
                throw new IllegalArgumentException("Table row " + copied.size() + " \"" + copy.size()
                        + " cells\": must have one cell per column (" + columns.size() + ")");
            }
            copied.add(copy);
        }
        rows = List.copyOf(copied);
    }

    /** A table from its parts; see the record description for what is refused. */
    public static Table of(String caption, List<String> columns, List<List<Cell>> rows) {
        return new Table(caption, columns, rows);
    }
}
