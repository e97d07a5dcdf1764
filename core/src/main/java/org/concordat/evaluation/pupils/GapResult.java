package org.concordat.evaluation.pupils;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.concordat.calendar.AcademicYear;
import org.concordat.evaluation.effects.Summary;
import org.concordat.plan.Characteristic;
import org.concordat.plan.PupilGroup;
import org.jspecify.annotations.Nullable;

/**
 * The merged result of a {@link GapAnalysis}: outcome summaries per institution, year,
 * characteristic and code, from which the gaps for each institution and the whole partnership are
 * read. Immutable.
 */
public final class GapResult {
    private final String measureId;
    private final Characteristic[] characteristics;
    private final Map<String, Map<AcademicYear, Summary[][]>> byInstitution;
    private final Map<AcademicYear, Summary[][]> partnership = new HashMap<>();
    private final Map<String, Map<AcademicYear, Map<Double, long[]>>> histograms;
    private final Map<AcademicYear, Map<Double, long[]>> partnershipHistograms = new HashMap<>();
    private final boolean gapIndex;

    GapResult(
            String measureId,
            Characteristic[] characteristics,
            Map<String, Map<AcademicYear, Summary[][]>> byInstitution,
            Map<String, Map<AcademicYear, Map<Double, long[]>>> histograms,
            boolean gapIndex) {
        this.measureId = measureId;
        this.characteristics = characteristics;
        this.byInstitution = byInstitution;
        this.histograms = histograms;
        this.gapIndex = gapIndex;
        byInstitution
                .values()
                .forEach(years -> years.forEach((year, s) -> partnership.merge(year, s, GapResult::merge)));
        histograms
                .values()
                .forEach(years -> years.forEach((year, h) -> {
                    Map<Double, long[]> all = partnershipHistograms.computeIfAbsent(year, k -> new HashMap<>());
                    h.forEach((v, c) -> {
                        long[] mine = all.computeIfAbsent(v, k -> new long[2]);
                        mine[0] += c[0];
                        mine[1] += c[1];
                    });
                }));
    }

    private static Summary[][] merge(Summary[][] a, Summary[][] b) {
        Summary[][] m = new Summary[a.length][];
        for (int i = 0; i < a.length; i++) {
            m[i] = new Summary[a[i].length];
            for (int j = 0; j < a[i].length; j++) {
                m[i][j] = a[i][j].merge(b[i][j]);
            }
        }
        return m;
    }

    /** The outcome's measure id. */
    public String measureId() {
        return measureId;
    }

    /** The institutions seen, sorted. */
    public List<String> institutions() {
        return List.copyOf(new TreeSet<>(byInstitution.keySet()));
    }

    /** The academic years seen, sorted. */
    public List<AcademicYear> years() {
        return List.copyOf(new TreeSet<>(partnership.keySet()));
    }

    /**
     * The outcome summary of {@code group} in an institution (empty {@code institution}: the
     * partnership) and year; an empty summary when there is no such pupil.
     */
    public Summary summary(Optional<String> institution, AcademicYear year, PupilGroup group) {
        Summary[][] s = summaries(institution.orElse(null), year);
        int i = index(group.characteristic()
                .orElseThrow(() -> new IllegalArgumentException(
                        "pupil group \"all\": a gap needs a characteristic, e.g. FSM_ELIGIBLE=Y")));
        if (s == null || i < 0) {
            return Summary.empty();
        }
        return s[i][group.characteristic().get().codes().indexOf(group.value())];
    }

    /**
     * The gap for {@code group} in an institution (empty: the partnership) and year, empty when the
     * group or its others have no pupil or the characteristic was not analysed.
     */
    public Optional<GroupGap> gap(Optional<String> institution, AcademicYear year, PupilGroup group) {
        return Optional.ofNullable(gapOrNull(institution.orElse(null), year, group, null));
    }

    /** Every gap with pupils on both sides: each institution then the partnership, by year and group. */
    public List<GroupGap> gaps() {
        return collect(null);
    }

    /** Every gap, each with its change since {@code baseline} where the baseline year has that gap. */
    public List<GroupGap> gapsSince(AcademicYear baseline) {
        return collect(baseline);
    }

    /**
     * The disadvantage gap index for an institution (empty: the partnership) and year, ranking
     * pupils among all pupils of the partnership in that year. Empty when the analysis was made
     * without {@link GapAnalysis#withDisadvantageGapIndex()} or there are no such pupils.
     */
    public Optional<DisadvantageGapIndex> disadvantageGapIndex(Optional<String> institution, AcademicYear year) {
        Map<Double, long[]> population = partnershipHistograms.get(year);
        if (!gapIndex || population == null) {
            return Optional.empty();
        }
        Map<Double, long[]> group = institution.isEmpty()
                ? population
                : histograms.getOrDefault(institution.get(), Map.of()).get(year);
        return group == null ? Optional.empty() : Optional.of(DisadvantageGapIndex.of(population, group));
    }

    private List<GroupGap> collect(@Nullable AcademicYear baseline) {
        List<GroupGap> out = new ArrayList<>();
        List<String> scopes = new ArrayList<>(institutions());
        scopes.add(null);
        for (String scope : scopes) {
            for (AcademicYear year : years()) {
                for (Characteristic c : characteristics) {
                    for (String code : c.codes()) {
                        GroupGap g = gapOrNull(scope, year, PupilGroup.of(c, code), baseline);
                        if (g != null) {
                            out.add(g);
                        }
                    }
                }
            }
        }
        out.sort(Comparator.comparing((GroupGap g) -> g.institution().isEmpty())
                .thenComparing(g -> g.institution().orElse(""))
                .thenComparing(GroupGap::year)
                .thenComparing(GroupGap::group));
        return out;
    }

    private @Nullable GroupGap gapOrNull(
            @Nullable String scope, AcademicYear year, PupilGroup group, @Nullable AcademicYear baseline) {
        Summary[][] s = summaries(scope, year);
        int i = group.characteristic().map(this::index).orElse(-1);
        if (s == null || i < 0) {
            return null;
        }
        int j = group.characteristic().get().codes().indexOf(group.value());
        Summary others = Summary.empty();
        for (int k = 0; k < s[i].length; k++) {
            others = k == j ? others : others.merge(s[i][k]);
        }
        if (s[i][j].isEmpty() || others.isEmpty()) {
            return null;
        }
        double gap = GroupGap.between(s[i][j], others);
        if (baseline != null) {
            GroupGap base = gapOrNull(scope, baseline, group, null);
            if (base != null) {
                return new GroupGap(scope, year, group, s[i][j], others, baseline, gap - base.gap());
            }
        }
        return new GroupGap(scope, year, group, s[i][j], others, null, 0.0);
    }

    private Summary @Nullable [][] summaries(@Nullable String scope, AcademicYear year) {
        return scope == null
                ? partnership.get(year)
                : byInstitution.getOrDefault(scope, Map.of()).get(year);
    }

    private int index(Characteristic c) {
        for (int i = 0; i < characteristics.length; i++) {
            if (characteristics[i] == c) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Equal when the measure, the characteristics analysed, whether the gap index was asked for,
     * and every institution's summaries (and outcome histograms) by year and group are equal.
     */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof GapResult r)
                || !r.measureId.equals(measureId)
                || !Arrays.equals(r.characteristics, characteristics)
                || r.gapIndex != gapIndex
                || !r.byInstitution.keySet().equals(byInstitution.keySet())
                || !r.histograms.keySet().equals(histograms.keySet())) {
            return false;
        }
        for (Map.Entry<String, Map<AcademicYear, Summary[][]>> e : byInstitution.entrySet()) {
            Map<AcademicYear, Summary[][]> theirs = r.byInstitution.get(e.getKey());
            if (!theirs.keySet().equals(e.getValue().keySet())) {
                return false;
            }
            for (Map.Entry<AcademicYear, Summary[][]> y : e.getValue().entrySet()) {
                if (!Arrays.deepEquals(y.getValue(), theirs.get(y.getKey()))) {
                    return false;
                }
            }
        }
        for (Map.Entry<String, Map<AcademicYear, Map<Double, long[]>>> e : histograms.entrySet()) {
            Map<AcademicYear, Map<Double, long[]>> theirs = r.histograms.get(e.getKey());
            if (!theirs.keySet().equals(e.getValue().keySet())) {
                return false;
            }
            for (Map.Entry<AcademicYear, Map<Double, long[]>> y : e.getValue().entrySet()) {
                Map<Double, long[]> other = theirs.get(y.getKey());
                if (!other.keySet().equals(y.getValue().keySet())) {
                    return false;
                }
                for (Map.Entry<Double, long[]> c : y.getValue().entrySet()) {
                    if (!Arrays.equals(c.getValue(), other.get(c.getKey()))) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int summaries = 0;
        for (Map.Entry<String, Map<AcademicYear, Summary[][]>> e : byInstitution.entrySet()) {
            int years = 0;
            for (Map.Entry<AcademicYear, Summary[][]> y : e.getValue().entrySet()) {
                years += y.getKey().hashCode() ^ Arrays.deepHashCode(y.getValue());
            }
            summaries += e.getKey().hashCode() ^ years;
        }
        return Objects.hash(measureId, Arrays.hashCode(characteristics), gapIndex, summaries);
    }

    @Override
    public String toString() {
        return "GapResult[" + measureId + ", " + byInstitution.size() + " institutions, years " + years()
                + ", characteristics " + Arrays.toString(characteristics) + (gapIndex ? ", with gap index" : "") + "]";
    }
}
