package org.concordat.evaluation.pupils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.concordat.calendar.AcademicYear;
import org.concordat.plan.Characteristic;
import org.concordat.plan.PupilGroup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PupilColumnsTest {
    private static final AcademicYear Y24 = AcademicYear.of(2024);
    private static final GapAnalysis ANALYSIS = GapAnalysis.of(
                    "ks2", EnumSet.of(Characteristic.FSM_ELIGIBLE, Characteristic.SEN_PROVISION))
            .withDisadvantageGapIndex();

    @TempDir
    Path dir;

    @Test
    void packs_codes_eight_bits_per_characteristic_by_ordinal() {
        long packed = PupilColumns.codes(Map.of(Characteristic.FSM_ELIGIBLE, "n", Characteristic.SEN_PROVISION, "K"));
        assertThat(packed & 0xFF).isEqualTo(1);
        assertThat((packed >>> (8 * Characteristic.SEN_PROVISION.ordinal())) & 0xFF)
                .isEqualTo(1);
        assertThat((packed >>> (8 * Characteristic.EAL.ordinal())) & 0xFF).isEqualTo(0xFF);
        assertThat(PupilColumns.codes(Map.of())).isEqualTo(PupilColumns.NO_CODES);
        assertThatThrownBy(() -> PupilColumns.codes(Map.of(Characteristic.SEX, "X")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SEX");
    }

    @Test
    void refuses_rows_that_cannot_be_analysed() {
        PupilColumns batch = PupilColumns.of("ks2", 1);
        int school = batch.institution("A");
        int year = batch.year(Y24);
        assertThatThrownBy(() -> batch.add(school + 1, year, -1L, 1.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("institution index");
        assertThatThrownBy(() -> batch.add(school, year + 1, -1L, 1.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("year index");
        assertThatThrownBy(() -> batch.add(school, year, -1L, Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outcome");
        assertThatThrownBy(() -> batch.add(school, year, ~0xFFL | 2, 1.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("FSM_ELIGIBLE code index 2");
        assertThatThrownBy(() -> batch.add(school, year, 0xFFFF_FFFF_FFFFL, 1.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("high bytes");
        assertThatThrownBy(() -> batch.institution(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PupilColumns.of("ks2", 0)).isInstanceOf(IllegalArgumentException.class);
        batch.add(school, year, -1L, Double.NaN);
        assertThat(batch.isFull()).isTrue();
        assertThatThrownBy(() -> batch.add(school, year, -1L, 1.0))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("full");
        batch.clear();
        assertThat(batch.size()).isZero();
        assertThat(batch.capacity()).isEqualTo(1);
        assertThat(batch.measureId()).isEqualTo("ks2");
        assertThat(batch.toString()).contains("ks2");
    }

    @Test
    void refuses_a_batch_for_another_measure() {
        assertThatThrownBy(() -> ANALYSIS.analyse(PupilColumns.of("phonics", 4)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("phonics")
                .hasMessageContaining("ks2");
    }

    @Test
    void reading_columns_refuses_an_outcome_beyond_double_range_with_its_line() throws IOException {
        Path file = dir.resolve("big.csv");
        Files.writeString(
                file, "pupil_id,institution_id,academic_year,year_group,outcome:ks2\np1,A,2024/25,Y6,1e400\n");
        assertThatThrownBy(() -> PupilCsv.readColumns(file, "ks2", 8, batch -> {}))
                .isInstanceOf(PupilDataException.class)
                .hasMessageStartingWith("big.csv:2: column \"outcome:ks2\": value \"1e400\"")
                .hasMessageContaining("between -10^15 and 10^15");
    }

    @Test
    void a_batch_without_outcomes_adds_nothing() {
        PupilColumns batch = PupilColumns.of("ks2", 4);
        batch.add(batch.institution("A"), batch.year(Y24), 0L | ~0xFFL, Double.NaN);
        assertThat(ANALYSIS.analyse(batch).institutions()).isEmpty();
    }

    @Test
    void reading_a_csv_in_columns_gives_the_result_of_reading_it_as_records() throws IOException {
        StringBuilder csv = new StringBuilder(
                "pupil_id,institution_id,academic_year,year_group,fsm_eligible,disadvantaged,sen_provision,"
                        + "outcome:ks2,outcome:other\n");
        String[] sen = {"E", "K", "N", ""};
        for (int i = 0; i < 200; i++) {
            csv.append("p")
                    .append(i)
                    .append(',')
                    .append(i % 3 == 0 ? "A" : "B")
                    .append(',')
                    .append(i % 4 == 0 ? "2023/24" : "2024/25")
                    .append(",Y6,")
                    .append(i % 5 == 0 ? "" : i % 2 == 0 ? "Y" : "n")
                    .append(',')
                    .append(i % 7 == 0 ? "Y" : "N")
                    .append(',')
                    .append(sen[i % 4])
                    .append(',')
                    .append(i % 11 == 0 ? "" : i % 9 == 0 ? "1.5e2" : String.valueOf(80 + (i * 37) % 41) + ".25")
                    .append(',')
                    .append(i)
                    .append('\n');
        }
        Path file = dir.resolve("pupils.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        GapResult expected;
        try (Stream<PupilRecord> records = PupilCsv.read(file)) {
            expected = ANALYSIS.analyse(records);
        }
        GapAnalysis.Accumulator acc = ANALYSIS.newAccumulator();
        List<Integer> sizes = new ArrayList<>();
        long rows = PupilCsv.readColumns(file, "ks2", 64, batch -> {
            sizes.add(batch.size());
            acc.add(batch);
        });
        assertThat(rows).isEqualTo(200);
        assertThat(sizes).containsExactly(64, 64, 64, 8);
        GapResult actual = acc.result();
        assertThat(actual.institutions()).containsExactly("A", "B");
        assertThat(actual.years()).isEqualTo(expected.years());
        assertThat(actual.gaps()).hasSameSizeAs(expected.gaps());
        for (int i = 0; i < expected.gaps().size(); i++) {
            GroupGap e = expected.gaps().get(i);
            GroupGap a = actual.gaps().get(i);
            assertThat(a.group()).isEqualTo(e.group());
            assertThat(a.groupSummary().count()).isEqualTo(e.groupSummary().count());
            assertThat(a.groupSummary().mean()).isCloseTo(e.groupSummary().mean(), within(1e-9));
            assertThat(a.groupSummary().sumOfSquaredDeviations())
                    .isCloseTo(e.groupSummary().sumOfSquaredDeviations(), within(1e-7));
            assertThat(a.gap()).isCloseTo(e.gap(), within(1e-9));
        }
        for (AcademicYear year : expected.years()) {
            assertThat(actual.disadvantageGapIndex(Optional.of("A"), year)
                            .orElseThrow()
                            .index())
                    .isCloseTo(
                            expected.disadvantageGapIndex(Optional.of("A"), year)
                                    .orElseThrow()
                                    .index(),
                            within(1e-9));
        }
        assertThat(actual.summary(
                                Optional.empty(),
                                AcademicYear.of(2023),
                                PupilGroup.of(Characteristic.SEN_PROVISION, "E"))
                        .count())
                .isPositive();
    }
}
