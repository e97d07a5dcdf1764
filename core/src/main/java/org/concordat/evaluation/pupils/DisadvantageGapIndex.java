package org.concordat.evaluation.pupils;

import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The DfE disadvantage gap index: rank every pupil on the outcome, express ranks as percentiles
 * (rank / N, ties sharing their average rank), and take 20 × (mean percentile rank of the other
 * pupils − mean percentile rank of disadvantaged pupils). 0 means no gap; +10 means every
 * disadvantaged pupil ranks below every other pupil, whatever the share of disadvantaged pupils.
 *
 * <p><b>Reconstructed, provisional.</b> The concept (mean percentile ranks of disadvantaged pupils
 * against their peers, DfE SFR 40/2014) is verified; the ×20 scaling and the tie handling are
 * reconstructed from published properties (range, value at full separation) and have not been
 * checked against the DfE methodology text. Published DfE values rank pupils <em>nationally</em>;
 * figures here rank the pupils in the data given (the partnership, or the population passed in),
 * so they are not comparable with the published series unless the national cohort is supplied.
 *
 * <p>Computed from value histograms, which merge by adding counts: memory grows with the number of
 * distinct outcome values (small for scaled scores and grades), not with the number of pupils.
 */
public final class DisadvantageGapIndex {
    private final double index;
    private final long disadvantaged;
    private final long others;
    private final double meanRankDisadvantaged;
    private final double meanRankOthers;

    private DisadvantageGapIndex(
            double index, long disadvantaged, long others, double meanRankDisadvantaged, double meanRankOthers) {
        this.index = index;
        this.disadvantaged = disadvantaged;
        this.others = others;
        this.meanRankDisadvantaged = meanRankDisadvantaged;
        this.meanRankOthers = meanRankOthers;
    }

    /**
     * The index of {@code group}'s pupils, ranked among {@code population}. Both map an outcome
     * value to {disadvantaged count, other count}; {@code group} must be part of the population.
     * Empty groups give an index of NaN.
     */
    public static DisadvantageGapIndex of(Map<Double, long[]> population, Map<Double, long[]> group) {
        NavigableMap<Double, long[]> sorted = new TreeMap<>(population);
        long n = 0;
        for (long[] c : sorted.values()) {
            n += c[0] + c[1];
        }
        double sumD = 0;
        double sumO = 0;
        long nD = 0;
        long nO = 0;
        long below = 0;
        for (Map.Entry<Double, long[]> e : sorted.entrySet()) {
            long tied = e.getValue()[0] + e.getValue()[1];
            double percentile = (below + (tied + 1) / 2.0) / n;
            long[] g = group.get(e.getKey());
            if (g != null) {
                sumD += g[0] * percentile;
                sumO += g[1] * percentile;
                nD += g[0];
                nO += g[1];
            }
            below += tied;
        }
        double rankD = nD == 0 ? Double.NaN : sumD / nD;
        double rankO = nO == 0 ? Double.NaN : sumO / nO;
        return new DisadvantageGapIndex(20 * (rankO - rankD), nD, nO, rankD, rankO);
    }

    /** The index, −10 to +10; positive when disadvantaged pupils rank lower. NaN if a group is empty. */
    public double index() {
        return index;
    }

    /** How many disadvantaged pupils. */
    public long disadvantaged() {
        return disadvantaged;
    }

    /** How many other pupils. */
    public long others() {
        return others;
    }

    /** Mean percentile rank (0 to 1) of disadvantaged pupils. */
    public double meanRankDisadvantaged() {
        return meanRankDisadvantaged;
    }

    /** Mean percentile rank (0 to 1) of other pupils. */
    public double meanRankOthers() {
        return meanRankOthers;
    }

    @Override
    public String toString() {
        return String.format(
                java.util.Locale.ROOT,
                "DisadvantageGapIndex[%.4f, n=%d disadvantaged, %d others]",
                index,
                disadvantaged,
                others);
    }
}
