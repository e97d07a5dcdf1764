package org.concordat.evaluation.pupils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.concordat.calendar.AcademicYear;
import org.concordat.calendar.YearGroup;
import org.concordat.evaluation.effects.Summary;
import org.concordat.plan.Characteristic;
import org.concordat.plan.PupilGroup;
import org.junit.jupiter.api.Test;

/** A batch carrying several measures, or none, and what it lets a reader see. */
class PupilColumnsMeasuresTest {
    private static PupilRecord pupil(String school, String sex, String ks2, String ks4) {
        PupilRecord.Builder b = PupilRecord.builder()
                .pupilId("p-" + school + sex + ks2)
                .institutionId(school)
                .academicYear(AcademicYear.of(2024))
                .yearGroup(YearGroup.YEAR_6)
                .characteristic(Characteristic.SEX, sex);
        if (!ks2.isEmpty()) {
            b.outcome("ks2", new BigDecimal(ks2));
        }
        if (!ks4.isEmpty()) {
            b.outcome("ks4", new BigDecimal(ks4));
        }
        return b.build();
    }

    @Test
    void carries_every_measure_of_a_record_and_reads_back_each_row() {
        PupilColumns batch = PupilColumns.of(List.of("ks2", "ks4"), 4);
        batch.add(pupil("A", "F", "101.5", ""));
        batch.add(pupil("B", "M", "", "7"));

        assertThat(batch.measureIds()).containsExactly("ks2", "ks4");
        assertThat(batch.measureId()).isEqualTo("ks2");
        assertThat(batch.measureIndex("ks4")).isEqualTo(1);
        assertThat(batch.measureIndex("ks5")).isEqualTo(-1);
        assertThat(batch.outcome(0, 0)).isEqualTo(101.5);
        assertThat(batch.outcome(1, 0)).isNaN();
        assertThat(batch.outcome(1, 1)).isEqualTo(7.0);
        assertThat(batch.institutionId(batch.institutionIndex(1))).isEqualTo("B");
        assertThat(batch.academicYear(batch.yearIndex(1))).isEqualTo(AcademicYear.of(2024));
        assertThat(batch.packedCodes(0)).isEqualTo(PupilColumns.codes(java.util.Map.of(Characteristic.SEX, "F")));
        assertThat(batch.institutionCount()).isEqualTo(2);
        assertThat(batch.yearCount()).isEqualTo(1);
        assertThatThrownBy(() -> batch.outcome(0, 2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> batch.outcome(2, 0)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void feeds_an_analysis_of_each_of_its_measures_and_refuses_one_it_does_not_carry() {
        PupilColumns batch = PupilColumns.of(List.of("ks2", "ks4"), 4);
        batch.add(pupil("A", "F", "100", "5"));
        batch.add(pupil("A", "M", "110", ""));

        GapResult ks4 = GapAnalysis.of("ks4", Set.of(Characteristic.SEX)).analyse(batch);
        // Only the girl has a ks4 value: she is counted, the boy without one is not (so no gap).
        AcademicYear year = AcademicYear.of(2024);
        Summary girls = ks4.summary(Optional.of("A"), year, PupilGroup.parse("SEX=F"));
        assertThat(girls.count()).isEqualTo(1);
        assertThat(girls.mean()).isEqualTo(5.0);
        assertThat(ks4.summary(Optional.of("A"), year, PupilGroup.parse("SEX=M"))
                        .isEmpty())
                .isTrue();
        assertThat(ks4.gaps()).isEmpty();
        assertThat(GapAnalysis.of("ks2", Set.of(Characteristic.SEX))
                        .analyse(batch)
                        .gaps())
                .isNotEmpty()
                .allSatisfy(g -> assertThat(Math.abs(g.gap())).isEqualTo(10.0));
        assertThatThrownBy(
                        () -> GapAnalysis.of("ks5", Set.of(Characteristic.SEX)).analyse(batch))
                .hasMessage("pupil batch \"[ks2, ks4]\": cannot feed an analysis of ks5");
    }

    @Test
    void a_batch_of_several_measures_takes_records_not_single_values_and_one_of_none_has_no_measure() {
        PupilColumns several = PupilColumns.of(List.of("ks2", "ks4"), 4);
        int school = several.institution("A");
        int year = several.year(AcademicYear.of(2024));
        assertThatThrownBy(() -> several.add(school, year, PupilColumns.NO_CODES, 1.0))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("pupil batch carries 2 measures");
        PupilColumns none = PupilColumns.of(List.of(), 4);
        none.add(pupil("A", "F", "1", ""));
        assertThat(none.size()).isEqualTo(1);
        assertThatThrownBy(none::measureId).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> PupilColumns.of(List.of("ks2", " "), 4)).hasMessageStartingWith("measure id");
        PupilColumns full = PupilColumns.of(List.of("ks2", "ks4"), 1);
        full.add(pupil("A", "F", "1", ""));
        assertThatThrownBy(() -> full.add(pupil("B", "F", "1", "")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("pupil batch is full");
    }
}
