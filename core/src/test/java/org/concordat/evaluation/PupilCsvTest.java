package org.concordat.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.concordat.calendar.AcademicYear;
import org.concordat.calendar.YearGroup;
import org.concordat.plan.Characteristic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PupilCsvTest {
    @TempDir
    Path dir;

    private Path write(String text) throws IOException {
        Path file = dir.resolve("pupils.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void reads_header_bound_columns_in_any_order_with_quotes_and_empty_cells() throws IOException {
        Path file =
                write("\uFEFFsex,outcome:ks2_maths,pupil_id,institution_id,academic_year,year_group,fsm_eligible\r\n"
                        + "f,104.5,p-001,\"100000\",2024/25,Y6,Y\r\n"
                        + "M,,\"p,002\",100000,202425,Year 6,\r\n");
        List<PupilRecord> records;
        try (Stream<PupilRecord> s = PupilCsv.read(file)) {
            records = s.toList();
        }
        assertThat(records).hasSize(2);
        PupilRecord first = records.get(0);
        assertThat(first.pupilId()).isEqualTo("p-001");
        assertThat(first.institutionId()).isEqualTo("100000");
        assertThat(first.academicYear()).isEqualTo(AcademicYear.of(2024));
        assertThat(first.yearGroup()).isEqualTo(YearGroup.YEAR_6);
        assertThat(first.characteristic(Characteristic.SEX)).contains("F");
        assertThat(first.characteristic(Characteristic.FSM_ELIGIBLE)).contains("Y");
        assertThat(first.outcome("ks2_maths")).contains(new BigDecimal("104.5"));
        PupilRecord second = records.get(1);
        assertThat(second.pupilId()).isEqualTo("p,002");
        assertThat(second.characteristic(Characteristic.FSM_ELIGIBLE)).isEmpty();
        assertThat(second.outcome("ks2_maths")).isEmpty();
    }

    @Test
    void names_file_line_column_and_value_in_one_line_errors() throws IOException {
        Path file =
                write("pupil_id,institution_id,academic_year,year_group,sex\np1,1,2024/25,Y6,M\np2,1,2024/25,Y6,X\n");
        try (Stream<PupilRecord> s = PupilCsv.read(file)) {
            assertThatThrownBy(s::toList)
                    .isInstanceOf(PupilDataException.class)
                    .hasMessage("pupils.csv:3: column \"sex\": value \"X\": must be one of F, M")
                    .satisfies(e -> {
                        PupilDataException p = (PupilDataException) e;
                        assertThat(p.file()).isEqualTo("pupils.csv");
                        assertThat(p.line()).isEqualTo(3);
                        assertThat(p.column()).isEqualTo("sex");
                    });
        }
    }

    @Test
    void refuses_bad_values_in_each_kind_of_column() throws IOException {
        String head = "pupil_id,institution_id,academic_year,year_group,outcome:m\n";
        assertError(head + "p1,1,2024/26,Y6,1\n", "pupils.csv:2: column \"academic_year\": value \"2024/26\":");
        assertError(head + "p1,1,2024/25,Y15,1\n", "pupils.csv:2: column \"year_group\": value \"Y15\":");
        assertError(
                head + "p1,1,2024/25,Y6,abc\n",
                "pupils.csv:2: column \"outcome:m\": value \"abc\": must be a decimal number");
        assertError(
                head + "p1,,2024/25,Y6,1\n", "pupils.csv:2: column \"institution_id\": value \"\": must not be blank");
        assertError(
                head + "A801200005001,1,2024/25,Y6,1\n",
                "pupils.csv:2: column \"pupil_id\": value \"A801200005001\": pupil id \"A801200005001\": looks like a UPN");
        assertError(head + "p1,1,2024/25\n", "pupils.csv:2: 3 fields where the header has 5");
        assertError(
                "pupil_id,institution_id,academic_year,year_group,shoe_size\n",
                "pupils.csv:1: unknown column \"shoe_size\"");
        assertError("pupil_id,institution_id,academic_year\n", "pupils.csv:1: missing required column \"year_group\"");
        assertError(
                "pupil_id,institution_id,academic_year,year_group,sex,sex\n", "pupils.csv:1: duplicate column \"sex\"");
        assertError("", "pupils.csv:1: no header row");
        assertError(
                head + "p1,1,2024/25,Y6,\"1\"x\n",
                "pupils.csv:2: not valid CSV: Unexpected character after closing quote: 'x' (0x78)");
    }

    private void assertError(String text, String message) throws IOException {
        Path file = write(text);
        assertThatThrownBy(() -> {
                    try (Stream<PupilRecord> s = PupilCsv.read(file)) {
                        s.forEach(r -> {});
                    }
                })
                .isInstanceOf(PupilDataException.class)
                .hasMessageStartingWith(message);
        // The columnar reader checks every row as the record reader does, with the same message.
        assertThatThrownBy(() -> PupilCsv.readColumns(file, "ks2", 2, batch -> {}))
                .isInstanceOf(PupilDataException.class)
                .hasMessageStartingWith(message);
    }

    @Test
    void reports_a_missing_file_as_an_unchecked_io_exception() {
        assertThatThrownBy(() -> PupilCsv.read(dir.resolve("absent.csv")))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageStartingWith("cannot open pupil records");
    }

    @Test
    void builds_records_directly_and_refuses_upns_and_missing_fields() {
        PupilRecord r = PupilRecord.builder()
                .pupilId("x1")
                .institutionId("100000")
                .academicYear(AcademicYear.of(2024))
                .yearGroup(YearGroup.YEAR_6)
                .characteristic(Characteristic.SEN_PROVISION, "k")
                .outcome("m", BigDecimal.TEN)
                .build();
        assertThat(r.characteristics()).containsEntry(Characteristic.SEN_PROVISION, "K");
        assertThat(r.outcomes()).containsEntry("m", BigDecimal.TEN);
        assertThat(r).isEqualTo(r.toString().isEmpty() ? null : copy(r)).hasSameHashCodeAs(copy(r));
        assertThat(PupilCsv.stream(List.of(r))).containsExactly(r);
        assertThatThrownBy(() -> PupilRecord.builder().pupilId("x").build()).hasMessage("institution id");
    }

    @Test
    void recognises_the_shape_of_a_upn_exactly() {
        assertThat(PupilRecord.looksLikeUpn("A801200005001")).isTrue();
        assertThat(PupilRecord.looksLikeUpn("t20110001804v")).isTrue();
        assertThat(PupilRecord.looksLikeUpn("A80120000500")).isFalse();
        assertThat(PupilRecord.looksLikeUpn("1801200005001")).isFalse();
        assertThat(PupilRecord.looksLikeUpn("A8012000050-1")).isFalse();
        assertThat(PupilRecord.looksLikeUpn("A80120000500-")).isFalse();
        assertThat(PupilRecord.looksLikeUpn("Ä801200005001")).isFalse();
    }

    private static PupilRecord copy(PupilRecord r) {
        return PupilRecord.builder()
                .pupilId(r.pupilId())
                .institutionId(r.institutionId())
                .academicYear(r.academicYear())
                .yearGroup(r.yearGroup())
                .characteristic(Characteristic.SEN_PROVISION, "K")
                .outcome("m", BigDecimal.TEN)
                .build();
    }
}
