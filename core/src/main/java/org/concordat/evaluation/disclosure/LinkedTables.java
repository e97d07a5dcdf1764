package org.concordat.evaluation.disclosure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.concordat.calendar.Period;
import org.concordat.plan.Characteristic;
import org.concordat.plan.PupilGroup;

/**
 * The one place that decides which figures of an evaluation may be published. Every figure an
 * evaluation would publish — a finding's value and n, a gap's sides — is a cell keyed by measure,
 * period, scope (an institution, or the partnership) and pupil group. The cells of one measure and
 * period are linked by the totals an intruder can assume:
 *
 * <ul>
 *   <li>for each pupil group, the partnership's figure is the total of the institutions' figures;
 *   <li>within each scope and characteristic, the {@code all} figure is the total of the figures
 *       of that characteristic's codes.
 * </ul>
 *
 * Both n and n × value (the sum behind a mean, or a count itself) add up along these lines, so one
 * set of equations covers both. {@link DisclosureControl}'s engine then runs over the whole linked
 * set at once: primary suppression (given by the caller: too few pupils or responses, or n not
 * given), then secondary suppression by line rules and the exact linear audit, until no withheld
 * cell's n — and so no withheld sum or mean — is determined by the cells shown.
 *
 * <p>Conservative assumptions: a cell that is not published at all (no observation) counts as
 * known to an intruder, so it never hides anything; the totals are assumed exact even when the
 * data (an observations file) does not add up, or pupils without a code make {@code all} larger
 * than its codes' sum.
 *
 * <p>Public so that the evaluation engine ({@code org.concordat.evaluation}) can run it; one
 * instance serves one evaluation: add every cell, {@link #protect} once, then ask {@link #withheld}.
 */
public final class LinkedTables {
    /**
     * A cell: one figure that may be published.
     *
     * @param measureId the measure
     * @param period the period of the figure
     * @param scope the institution, or empty for the partnership
     * @param group the pupil group
     */
    public record Key(String measureId, Period period, Optional<String> scope, PupilGroup group) {}

    private final Map<Key, Integer> index = new LinkedHashMap<>();
    private final List<Key> keys = new ArrayList<>();
    private final List<Long> counts = new ArrayList<>();
    private final List<Boolean> primary = new ArrayList<>();
    private final Map<String, Long> thresholds = new LinkedHashMap<>();
    private boolean[] withheld = new boolean[0];

    /** An empty set of cells. */
    public LinkedTables() {}

    /**
     * Adds a cell (or, when the key is already there, marks the same cell again).
     *
     * @param count the n behind the figure; -1 when not known
     * @param mustWithhold whether the cell is withheld in any case (primary suppression)
     * @param threshold the measure's threshold (pupils or survey responses)
     */
    public void add(Key key, long count, boolean mustWithhold, long threshold) {
        thresholds.merge(key.measureId(), threshold, Math::max);
        Integer at = index.get(key);
        if (at != null) {
            primary.set(at, primary.get(at) || mustWithhold);
            if (counts.get(at) < 0) {
                counts.set(at, count);
            }
            return;
        }
        index.put(key, keys.size());
        keys.add(key);
        counts.add(count);
        primary.add(mustWithhold);
    }

    /** Runs primary and secondary suppression over every linked table; call once, after every add. */
    public void protect(boolean secondarySuppression) {
        withheld = new boolean[keys.size()];
        Map<List<Object>, List<Integer>> tables = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            Key k = keys.get(i);
            tables.computeIfAbsent(List.of(k.measureId(), k.period()), t -> new ArrayList<>())
                    .add(i);
        }
        for (List<Integer> cells : tables.values()) {
            long threshold = thresholds.get(keys.get(cells.get(0)).measureId());
            protectTable(cells, threshold, secondarySuppression);
        }
    }

    private void protectTable(List<Integer> cells, long threshold, boolean secondarySuppression) {
        int size = cells.size();
        long[] values = new long[size];
        boolean[] present = new boolean[size];
        boolean[] first = new boolean[size];
        Map<Key, Integer> local = new LinkedHashMap<>();
        for (int j = 0; j < size; j++) {
            int i = cells.get(j);
            local.put(keys.get(i), j);
            long n = counts.get(i);
            // An unknown n takes part in the equations; for the line rules it counts as large
            // enough, since nobody knows it to be small.
            values[j] = n < 0 ? threshold : n;
            present[j] = true;
            first[j] = primary.get(i);
        }
        List<int[]> lines = new ArrayList<>();
        // Institutions add up to the partnership, group by group.
        Map<PupilGroup, List<Integer>> byGroup = new LinkedHashMap<>();
        local.forEach((k, j) -> {
            if (k.scope().isPresent()) {
                byGroup.computeIfAbsent(k.group(), g -> new ArrayList<>()).add(j);
            }
        });
        Key sample = keys.get(cells.get(0));
        byGroup.forEach((group, parts) -> {
            Integer total = local.get(new Key(sample.measureId(), sample.period(), Optional.empty(), group));
            if (total != null) {
                lines.add(line(parts, total));
            }
        });
        // Within one scope, the codes of one characteristic add up to all pupils.
        Map<List<Object>, List<Integer>> byCharacteristic = new LinkedHashMap<>();
        local.forEach((k, j) -> k.group()
                .characteristic()
                .ifPresent(c -> byCharacteristic
                        .computeIfAbsent(List.of(k.scope(), c), x -> new ArrayList<>())
                        .add(j)));
        byCharacteristic.forEach((scopeAndCharacteristic, parts) -> {
            @SuppressWarnings("unchecked")
            Optional<String> scope = (Optional<String>) scopeAndCharacteristic.get(0);
            Integer total = local.get(new Key(sample.measureId(), sample.period(), scope, PupilGroup.ALL));
            if (total != null) {
                lines.add(line(parts, total));
            }
        });
        DisclosureControl.Layout layout = new DisclosureControl.Layout(values, present, lines);
        boolean[] out = DisclosureControl.suppress(layout, first, threshold, secondarySuppression, true);
        for (int j = 0; j < size; j++) {
            withheld[cells.get(j)] = out[j];
        }
    }

    private static int[] line(List<Integer> parts, int total) {
        int[] line = new int[parts.size() + 1];
        for (int p = 0; p < parts.size(); p++) {
            line[p] = parts.get(p);
        }
        line[parts.size()] = total;
        return line;
    }

    /** Whether the cell must be withheld; a cell never added is not published, so it is withheld. */
    public boolean withheld(Key key) {
        Integer at = index.get(key);
        return at == null || withheld[at];
    }

    /** Whether every cell with pupils of {@code characteristic} in one scope is published. */
    public boolean allCodesShown(
            String measureId, Period period, Optional<String> scope, Characteristic characteristic) {
        for (Key k : keys) {
            if (k.measureId().equals(measureId)
                    && k.period().equals(period)
                    && k.scope().equals(scope)
                    && k.group().characteristic().equals(Optional.of(characteristic))
                    && withheld(k)) {
                return false;
            }
        }
        return true;
    }
}
