package org.concordat.evaluation.disclosure;

/**
 * A {@link CountTable} after {@link DisclosureControl}: every figure as it may be published, a
 * number or a symbol ({@code c} suppressed, {@code low} rounds to 0, {@code z} for a margin the
 * table does not publish), and which figures were suppressed and why.
 */
public final class SuppressedTable {
    private final CountTable source;
    private final Figure[] shown;
    private final boolean[] primary;
    private final boolean[] suppressed;

    SuppressedTable(CountTable source, Figure[] shown, boolean[] primary, boolean[] suppressed) {
        this.source = source;
        this.shown = shown;
        this.primary = primary;
        this.suppressed = suppressed;
    }

    /** The unsuppressed table. Never publish it. */
    public CountTable source() {
        return source;
    }

    /** The cell in row {@code r}, column {@code c} as it may be shown. */
    public Figure cell(int r, int c) {
        return shown[r * source.columns() + c];
    }

    /** The total of row {@code r} as it may be shown ({@code z} when row totals are not published). */
    public Figure rowTotal(int r) {
        return shown[source.rows() * source.columns() + r];
    }

    /** The total of column {@code c} as it may be shown ({@code z} when not published). */
    public Figure columnTotal(int c) {
        return shown[source.rows() * source.columns() + source.rows() + c];
    }

    /** The grand total as it may be shown ({@code z} when not published). */
    public Figure grandTotal() {
        return shown[shown.length - 1];
    }

    /** Whether the cell was suppressed, for either reason. */
    public boolean isSuppressed(int r, int c) {
        return suppressed[r * source.columns() + c];
    }

    /** How many figures (cells and totals) were suppressed because they are about too few pupils. */
    public int primaryCount() {
        return count(primary);
    }

    /** How many figures were suppressed only to protect others (secondary suppression). */
    public int secondaryCount() {
        return count(suppressed) - count(primary);
    }

    private static int count(boolean[] flags) {
        int n = 0;
        for (boolean f : flags) {
            n += f ? 1 : 0;
        }
        return n;
    }

    /** The table as text, one row per line, totals last, e.g. {@code c c 12 | 17}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < source.rows(); r++) {
            for (int c = 0; c < source.columns(); c++) {
                sb.append(cell(r, c)).append(' ');
            }
            sb.append("| ").append(rowTotal(r)).append('\n');
        }
        for (int c = 0; c < source.columns(); c++) {
            sb.append(columnTotal(c)).append(' ');
        }
        return sb.append("| ").append(grandTotal()).toString();
    }
}
