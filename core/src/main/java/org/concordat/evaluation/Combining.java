package org.concordat.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.concordat.plan.Aggregation;
import org.concordat.plan.Measure;
import org.concordat.plan.PeriodBasis;

/**
 * How one measure's values combine before they are judged ({@link Measure#aggregation()}, {@link
 * Measure#periods()}): institutions' values make a partnership value per period and group where
 * none was reported for the partnership, and cumulative values become running totals. With neither
 * option set the values pass through unchanged, as before the options existed.
 */
final class Combining {
    /** Digits kept by a weighted mean. */
    private static final int MEAN_SCALE = 4;

    private Combining() {}

    /** The measure's values, combined as it says; in the order recorded, derived values after. */
    static List<Observation> apply(Measure measure, List<Observation> values) {
        if (measure.aggregation().isEmpty() && measure.periods() == PeriodBasis.PER_PERIOD) {
            return values;
        }
        // One value per institution, period and group: the one recorded last (a later approval replaces).
        Map<List<Object>, Observation> last = new LinkedHashMap<>();
        for (Observation o : values) {
            List<Object> key = List.of(o.institution(), o.period(), o.group());
            last.remove(key);
            last.put(key, o);
        }
        List<Observation> out = new ArrayList<>(last.values());
        measure.aggregation().ifPresent(a -> out.addAll(partnership(a, out)));
        return measure.periods() == PeriodBasis.CUMULATIVE ? cumulate(out) : List.copyOf(out);
    }

    private static List<Observation> partnership(Aggregation aggregation, List<Observation> values) {
        Set<List<Object>> reported = values.stream()
                .filter(o -> o.institution().isEmpty())
                .map(o -> List.<Object>of(o.period(), o.group()))
                .collect(Collectors.toSet());
        Map<List<Object>, List<Observation>> byCell = new LinkedHashMap<>();
        for (Observation o : values) {
            List<Object> cell = List.of(o.period(), o.group());
            if (o.institution().isPresent() && !reported.contains(cell)) {
                byCell.computeIfAbsent(cell, k -> new ArrayList<>()).add(o);
            }
        }
        List<Observation> out = new ArrayList<>();
        byCell.values().forEach(list -> combine(aggregation, list).ifPresent(out::add));
        return out;
    }

    private static Optional<Observation> combine(Aggregation aggregation, List<Observation> list) {
        Observation first = list.get(0);
        String source = aggregation.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " of " + list.size()
                + " institution" + (list.size() == 1 ? "" : "s");
        boolean allN = list.stream().allMatch(o -> o.n().isPresent());
        long nSum = list.stream().mapToLong(o -> o.n().orElse(0L)).sum();
        return switch (aggregation) {
            case SUM ->
                Optional.of(partnershipCopy(
                        first,
                        list.stream().map(Observation::value).reduce(BigDecimal.ZERO, BigDecimal::add),
                        allN ? nSum : -1,
                        source));
            case WEIGHTED_MEAN -> {
                List<Observation> weighted = list.stream()
                        .filter(o -> o.n().filter(n -> n > 0).isPresent())
                        .toList();
                long total =
                        weighted.stream().mapToLong(o -> o.n().orElseThrow()).sum();
                if (total == 0) {
                    yield Optional.empty();
                }
                BigDecimal sum = weighted.stream()
                        .map(o -> o.value().multiply(BigDecimal.valueOf(o.n().orElseThrow())))
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                yield Optional.of(partnershipCopy(
                        first,
                        sum.divide(BigDecimal.valueOf(total), MEAN_SCALE, RoundingMode.HALF_UP)
                                .stripTrailingZeros(),
                        total,
                        source));
            }
            case LATEST -> {
                Observation latest = list.get(list.size() - 1);
                yield Optional.of(
                        partnershipCopy(latest, latest.value(), latest.n().orElse(-1L), source));
            }
        };
    }

    /** Each series (institution or partnership, and group) as running totals in period order. */
    private static List<Observation> cumulate(List<Observation> values) {
        Map<List<Object>, List<Observation>> series = new LinkedHashMap<>();
        for (Observation o : values) {
            series.computeIfAbsent(List.of(o.institution(), o.group()), k -> new ArrayList<>())
                    .add(o);
        }
        List<Observation> out = new ArrayList<>();
        for (List<Observation> list : series.values()) {
            BigDecimal total = BigDecimal.ZERO;
            List<Observation> sorted = new ArrayList<>(list);
            sorted.sort(Comparator.comparing(Observation::date));
            for (Observation o : sorted) {
                total = total.add(o.value());
                out.add(copy(o, total, o.n().orElse(-1L), o.source()));
            }
        }
        return List.copyOf(out);
    }

    private static Observation copy(Observation o, BigDecimal value, long n, String source) {
        return copy(o, o.institution(), value, n, source);
    }

    /** The partnership's value for {@code o}'s measure, period and group. */
    private static Observation partnershipCopy(Observation o, BigDecimal value, long n, String source) {
        return copy(o, Optional.empty(), value, n, source);
    }

    private static Observation copy(
            Observation o, Optional<String> institution, BigDecimal value, long n, String source) {
        Observation.Builder b = Observation.builder()
                .measureId(o.measureId())
                .institution(institution)
                .period(o.period())
                .group(o.group())
                .value(value)
                .source(source);
        if (n >= 0) {
            b.n(n);
        }
        // A derived value's invited count would not match its n; only a value copied whole keeps it.
        if (n == o.n().orElse(-1L) && o.invited().isPresent()) {
            b.invited(o.invited().get());
        }
        return b.build();
    }
}
