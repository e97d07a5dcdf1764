package org.concordat.testkit.quicktheories;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.List;
import org.concordat.calendar.AcademicYear;
import org.concordat.calendar.YearGroup;
import org.concordat.evaluation.disclosure.CountTable;
import org.concordat.evaluation.effects.LikertResponse;
import org.concordat.evaluation.effects.Summary;
import org.concordat.evaluation.pupils.PupilRecord;
import org.concordat.plan.Characteristic;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for the evaluation package ({@code org.concordat.evaluation}): count
 * tables that exercise disclosure control, Likert responses and summaries of small data sets.
 */
public final class EvaluationGen {
    private EvaluationGen() {}

    /**
     * Count tables of 1–{@code maxRows} rows and 1–{@code maxColumns} columns, with any
     * combination of margins, whose cells are about half the time small (0 to 4) and otherwise 5
     * to 40, so that primary and secondary suppression both occur often.
     */
    public static Gen<CountTable> countTables(int maxRows, int maxColumns) {
        return integers()
                .between(1, maxRows)
                .zip(integers().between(1, maxColumns), (r, c) -> new int[] {r, c})
                .zip(
                        lists().of(cellCounts()).ofSize(maxRows * maxColumns),
                        booleans().all(),
                        booleans().all(),
                        (shape, values, rowTotals, columnTotals) ->
                                table(shape[0], shape[1], values, rowTotals, columnTotals));
    }

    /** Cell counts: 0 to 4 about half the time, else 5 to 40. */
    public static Gen<Long> cellCounts() {
        return integers().between(0, 1).zip(integers().between(0, 40), (small, v) ->
                (long) (small == 1 ? v % 5 : Math.max(5, v)));
    }

    /** Any Likert response, including "don't know" and blank. */
    public static Gen<LikertResponse> likertResponses() {
        return Generate.enumValues(LikertResponse.class);
    }

    /** Summaries of 0 to {@code maxSize} whole-number values between −1000 and 1000. */
    public static Gen<Summary> summaries(int maxSize) {
        return lists().of(integers().between(-1000, 1000))
                .ofSizeBetween(0, maxSize)
                .map(values -> Summary.of(
                        values.stream().mapToDouble(Integer::doubleValue).toArray()));
    }

    /**
     * Pupil records in up to {@code schools} schools (ids "100001" …), academic years 2022/23 to
     * 2024/25, with each characteristic present about four times in five and outcome {@code
     * measureId} (a whole number 80 to 120) present about nine times in ten.
     */
    public static Gen<PupilRecord> pupilRecords(int schools, String measureId) {
        Gen<int[]> numbers = lists().of(integers().between(0, 1_000_000))
                .ofSize(10)
                .map(l -> l.stream().mapToInt(Integer::intValue).toArray());
        return numbers.map(n -> {
            PupilRecord.Builder b = PupilRecord.builder()
                    .pupilId("pupil-" + n[0])
                    .institutionId(String.valueOf(100001 + n[1] % schools))
                    .academicYear(AcademicYear.of(2022 + n[2] % 3))
                    .yearGroup(YearGroup.YEAR_6);
            Characteristic[] all = Characteristic.values();
            for (int i = 0; i < all.length; i++) {
                int v = n[3 + i];
                if (v % 5 != 0) {
                    b.characteristic(
                            all[i], all[i].codes().get(v % all[i].codes().size()));
                }
            }
            if (n[9] % 10 != 0) {
                b.outcome(measureId, BigDecimal.valueOf(80 + n[9] % 41));
            }
            return b.build();
        });
    }

    /**
     * Summaries of 2 to {@code maxSize} + 2 whole numbers between −1000 and 1001 that always vary
     * (two of the values differ by 1), so an effect size can be computed from any of them.
     */
    public static Gen<Summary> varyingSummaries(int maxSize) {
        return lists().of(integers().between(-1000, 1000))
                .ofSizeBetween(0, maxSize)
                .zip(integers().between(-1000, 1000), (values, anchor) -> {
                    double[] all = new double[values.size() + 2];
                    for (int i = 0; i < values.size(); i++) {
                        all[i] = values.get(i);
                    }
                    all[values.size()] = anchor;
                    all[values.size() + 1] = anchor + 1;
                    return Summary.of(all);
                });
    }

    private static CountTable table(int rows, int columns, List<Long> values, boolean rowTotals, boolean columnTotals) {
        long[][] cells = new long[rows][columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                cells[r][c] = values.get(r * columns + c);
            }
        }
        return CountTable.of(cells, rowTotals, columnTotals);
    }
}
