package org.concordat.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.concordat.calendar.Period;
import org.concordat.io.Plans;
import org.concordat.plan.PartnershipPlan;
import org.concordat.plan.PupilGroup;
import org.junit.jupiter.api.Test;

/**
 * The guarantee of the evaluation's disclosure control, checked from outside as an intruder would:
 * random partnerships publish findings per school and for the partnership, for all pupils and for
 * both codes of a characteristic; the intruder takes every n shown and writes the equations the
 * published totals give (partnership = sum of schools, all = Y + N; a figure not published at all
 * is a known zero). No withheld n may follow from them. Since n × mean (the sum behind a mean) obeys
 * the very same equations, no withheld sum, and so no withheld mean, follows either.
 */
class LinkedDisclosurePropertyTest {
    private static final PartnershipPlan PLAN = Plans.read(Path.of("../examples/plans/first-plan.yaml"));
    private static final Period PERIOD = Period.parse("2025-09-01/2026-08-31");
    private static final LocalDate AS_OF = LocalDate.of(2026, 9, 15);
    private static final List<PupilGroup> GROUPS =
            List.of(PupilGroup.ALL, PupilGroup.parse("DISADVANTAGED=Y"), PupilGroup.parse("DISADVANTAGED=N"));

    /** A random partnership: n[school][code] and sum[school][code] (code 0 = Y, 1 = N). */
    @SuppressWarnings("ArrayRecordComponent") // a generated case, read by index, never compared
    record Partnership(long[][] n, double[][] mean) {
        static Partnership random(long seed, int minSchools, int maxSchools, int maxN) {
            Random r = new Random(seed);
            int k = minSchools + r.nextInt(maxSchools - minSchools + 1);
            long[][] n = new long[k][2];
            double[][] mean = new double[k][2];
            for (int i = 0; i < k; i++) {
                for (int c = 0; c < 2; c++) {
                    int roll = r.nextInt(10);
                    n[i][c] = roll < 3 ? 1 + r.nextInt(4) : roll == 3 ? 0 : r.nextInt(maxN + 1);
                    mean[i][c] = r.nextInt(10_001) / 100.0;
                }
            }
            return new Partnership(n, mean);
        }

        int schools() {
            return n.length;
        }

        /** n of a cell: scope -1 is the partnership; group 0 all, 1 Y, 2 N. */
        long count(int scope, int group) {
            if (scope < 0) {
                long total = 0;
                for (int i = 0; i < schools(); i++) {
                    total += count(i, group);
                }
                return total;
            }
            return group == 0 ? n[scope][0] + n[scope][1] : n[scope][group - 1];
        }

        double sum(int scope, int group) {
            if (scope < 0) {
                double total = 0;
                for (int i = 0; i < schools(); i++) {
                    total += sum(i, group);
                }
                return total;
            }
            return group == 0 ? sum(scope, 1) + sum(scope, 2) : n[scope][group - 1] * mean[scope][group - 1];
        }

        /** One observation per cell with pupils, as a school's aggregate file would give. */
        List<Observation> observations() {
            List<Observation> out = new ArrayList<>();
            for (int scope = -1; scope < schools(); scope++) {
                for (int g = 0; g < 3; g++) {
                    long count = count(scope, g);
                    if (count > 0) {
                        out.add(Observation.builder()
                                .measureId("M1")
                                .institution(scope < 0 ? Optional.empty() : Optional.of("s" + scope))
                                .period(PERIOD)
                                .group(GROUPS.get(g))
                                .value(BigDecimal.valueOf(sum(scope, g) / count).setScale(2, RoundingMode.HALF_UP))
                                .n(count)
                                .source("test")
                                .build());
                    }
                }
            }
            return out;
        }
    }

    /** What the evaluation published for each cell: its n, or -1 when withheld; cells with no data are absent. */
    static Map<List<Integer>, Long> published(Partnership p) {
        EvaluationResult result = Evaluation.of(PLAN, p.observations()).asOf(AS_OF);
        Map<List<Integer>, Long> shown = new HashMap<>();
        for (Finding f : result.forMeasure("M1")) {
            int scope =
                    f.institution().map(s -> Integer.parseInt(s.substring(1))).orElse(-1);
            int group = GROUPS.indexOf(f.group());
            if (!f.suppressed() && !f.value().isShown()) {
                continue; // no data at all (an empty partnership): nothing published
            }
            if (f.suppressed()) {
                assertThat(f.n()).isEmpty();
                assertThat(f.value().isShown()).isFalse();
                assertThat(f.status()).isEqualTo(ProgressStatus.NO_DATA);
                assertThat(f.reason()).isEqualTo(Evaluation.WITHHELD);
                shown.put(List.of(scope, group), -1L);
            } else {
                long n = f.n().orElseThrow();
                assertThat(n).as("a shown n is never about fewer than 5 pupils").matches(x -> x == 0 || x >= 5);
                assertThat(n).isEqualTo(p.count(scope, group));
                shown.put(List.of(scope, group), n);
            }
        }
        return shown;
    }

    @Test
    void no_withheld_n_or_mean_follows_from_the_published_totals_by_exact_linear_algebra() {
        qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            Partnership p = Partnership.random(seed, 2, 17, 200);
            Map<List<Integer>, Long> shown = published(p);
            List<List<Integer>> unknowns = new ArrayList<>();
            shown.forEach((cell, n) -> {
                if (n < 0) {
                    unknowns.add(cell);
                }
            });
            List<BigInteger[]> rows = equations(p.schools(), unknowns);
            int rank = rank(rows, unknowns.size());
            for (int u = 0; u < unknowns.size(); u++) {
                List<BigInteger[]> with = new ArrayList<>(rows);
                BigInteger[] unit = zeros(unknowns.size());
                unit[u] = BigInteger.ONE;
                with.add(unit);
                assertThat(rank(with, unknowns.size()))
                        .as("seed %d: withheld cell %s is determined by the published totals", seed, unknowns.get(u))
                        .isEqualTo(rank + 1);
            }
        });
    }

    @Test
    void brute_force_finds_another_table_for_every_withheld_n_in_small_partnerships() {
        qt().withExamples(150).forAll(longs().all()).checkAssert(seed -> {
            Partnership p = Partnership.random(seed, 2, 2, 6);
            Map<List<Integer>, Long> shown = published(p);
            long bound = Math.max(1, p.count(-1, 0));
            Map<List<Integer>, Set<Long>> seen = new HashMap<>();
            long[][] n = new long[2][2];
            for (n[0][0] = 0; n[0][0] <= bound; n[0][0]++) {
                for (n[0][1] = 0; n[0][1] <= bound; n[0][1]++) {
                    for (n[1][0] = 0; n[1][0] <= bound; n[1][0]++) {
                        for (n[1][1] = 0; n[1][1] <= bound; n[1][1]++) {
                            Partnership candidate = new Partnership(n, p.mean());
                            if (consistent(candidate, shown)) {
                                shown.forEach((cell, value) -> {
                                    if (value < 0) {
                                        seen.computeIfAbsent(cell, c -> new HashSet<>())
                                                .add(candidate.count(cell.get(0), cell.get(1)));
                                    }
                                });
                            }
                        }
                    }
                }
            }
            shown.forEach((cell, value) -> {
                if (value < 0) {
                    assertThat(seen.get(cell))
                            .as("seed %d: withheld cell %s has only one possible n", seed, cell)
                            .hasSizeGreaterThan(1);
                }
            });
        });
    }

    /** Whether a candidate table agrees with everything published: shown n, and absent cells empty. */
    private static boolean consistent(Partnership candidate, Map<List<Integer>, Long> shown) {
        for (int scope = -1; scope < candidate.schools(); scope++) {
            for (int g = 0; g < 3; g++) {
                Long published = shown.get(List.of(scope, g));
                long count = candidate.count(scope, g);
                if (published == null ? count != 0 : published >= 0 && published != count) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The published totals as equations in the withheld cells only (the shown ones are constants):
     * one row per line, the coefficient +1 for a part and -1 for the total.
     */
    static List<BigInteger[]> equations(int schools, List<List<Integer>> unknowns) {
        List<List<int[]>> lines = new ArrayList<>();
        for (int g = 0; g < 3; g++) {
            List<int[]> line = new ArrayList<>();
            for (int i = 0; i < schools; i++) {
                line.add(new int[] {i, g, 1});
            }
            line.add(new int[] {-1, g, -1});
            lines.add(line);
        }
        for (int scope = -1; scope < schools; scope++) {
            lines.add(List.of(new int[] {scope, 1, 1}, new int[] {scope, 2, 1}, new int[] {scope, 0, -1}));
        }
        List<BigInteger[]> rows = new ArrayList<>();
        for (List<int[]> line : lines) {
            BigInteger[] row = zeros(unknowns.size());
            for (int[] term : line) {
                int u = unknowns.indexOf(List.of(term[0], term[1]));
                if (u >= 0) {
                    row[u] = row[u].add(BigInteger.valueOf(term[2]));
                }
            }
            rows.add(row);
        }
        return rows;
    }

    static BigInteger[] zeros(int size) {
        BigInteger[] row = new BigInteger[size];
        java.util.Arrays.fill(row, BigInteger.ZERO);
        return row;
    }

    /** The rank of the rows, by fraction-free Gaussian elimination in exact integers. */
    static int rank(List<BigInteger[]> input, int columns) {
        List<BigInteger[]> m = new ArrayList<>();
        for (BigInteger[] row : input) {
            m.add(row.clone());
        }
        int rank = 0;
        for (int col = 0; col < columns && rank < m.size(); col++) {
            int pivot = -1;
            for (int r = rank; r < m.size(); r++) {
                if (m.get(r)[col].signum() != 0) {
                    pivot = r;
                    break;
                }
            }
            if (pivot < 0) {
                continue;
            }
            BigInteger[] p = m.get(pivot);
            m.set(pivot, m.get(rank));
            m.set(rank, p);
            for (int r = rank + 1; r < m.size(); r++) {
                BigInteger[] row = m.get(r);
                if (row[col].signum() != 0) {
                    BigInteger f = row[col];
                    BigInteger q = p[col];
                    for (int c = 0; c < columns; c++) {
                        row[c] = row[c].multiply(q).subtract(p[c].multiply(f));
                    }
                }
            }
            rank++;
        }
        return rank;
    }
}
