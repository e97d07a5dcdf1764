package org.concordat.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The duplicate-pupil table: sized up front or grown, it remembers the first line of each pupil. */
class PupilIdsTest {

    @Test
    void a_table_sized_for_some_pupils_or_resized_remembers_as_a_grown_one_does() {
        qt().withExamples(200)
                .forAll(
                        lists().of(longs().between(1, 5_000)).ofSizeBetween(0, 3_000),
                        integers().between(0, 10_000),
                        integers().between(0, 10_000))
                .checkAssert((keys, expected, resizeTo) -> {
                    PupilIds grown = new PupilIds();
                    PupilIds sized = new PupilIds(expected);
                    Map<Long, Long> first = new HashMap<>();
                    for (int i = 0; i < keys.size(); i++) {
                        long key = keys.get(i);
                        long line = i + 1;
                        long want = first.getOrDefault(key, 0L);
                        first.putIfAbsent(key, line);
                        assertThat(grown.firstLineOf(key, 2024, line)).isEqualTo(want);
                        assertThat(sized.firstLineOf(key, 2024, line)).isEqualTo(want);
                    }
                    PupilIds resized = sized.resizedFor(resizeTo);
                    for (PupilIds table : List.of(grown, sized, resized)) {
                        assertThat(table.size()).isEqualTo(first.size());
                        first.forEach(
                                (key, line) -> assertThat(table.lineOf(key)).isEqualTo(line));
                        assertThat(table.lineOf(5_001)).isZero();
                    }
                });
    }

    @Test
    void room_is_the_power_of_two_at_least_twice_the_pupils_expected_within_bounds() {
        assertThat(PupilIds.capacityFor(0)).isEqualTo(1024);
        assertThat(PupilIds.capacityFor(-5)).isEqualTo(1024);
        assertThat(PupilIds.capacityFor(512)).isEqualTo(1024);
        assertThat(PupilIds.capacityFor(513)).isEqualTo(2048);
        // The benchmark's file: two million pupils fit in 4 M slots (64 MB), not 8 M.
        assertThat(PupilIds.capacityFor(2_000_000)).isEqualTo(1 << 22);
        assertThat(PupilIds.capacityFor(1L << 40)).isEqualTo(PupilIds.MAX_PRESIZED);
    }

    @Test
    void resizing_to_fewer_pupils_than_there_is_room_for_keeps_the_table() {
        PupilIds table = new PupilIds(100_000);
        table.firstLineOf(42, 2024, 7);

        assertThat(table.resizedFor(10)).isSameAs(table);
        PupilIds bigger = table.resizedFor(1_000_000);
        assertThat(bigger).isNotSameAs(table);
        assertThat(bigger.lineOf(42)).isEqualTo(7);
    }
}
