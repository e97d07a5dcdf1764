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
                "pupils.csv:2: column \"pupil_id\": a value shaped like a UPN: pupil ids must be pseudonymised");
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

    private static final String HEAD = "pupil_id,institution_id,academic_year,year_group,outcome:ks2\n";

    /** Both readers, with the message each gives for {@code text}. */
    private List<String> errors(byte[] bytes) throws IOException {
        Path file = dir.resolve("pupils.csv");
        Files.write(file, bytes);
        List<String> messages = new java.util.ArrayList<>();
        try (Stream<PupilRecord> s = PupilCsv.read(file)) {
            s.forEach(r -> {});
            messages.add("no error from the record reader");
        } catch (PupilDataException e) {
            messages.add(e.getMessage());
        }
        try {
            PupilCsv.readColumns(file, "ks2", 2, batch -> {});
            messages.add("no error from the column reader");
        } catch (PupilDataException e) {
            messages.add(e.getMessage());
        }
        return messages;
    }

    private List<String> errors(String text) throws IOException {
        return errors(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void never_quotes_a_upn_shaped_value_in_any_column() throws IOException {
        for (String row : List.of(
                "A801200005001,1,2024/25,Y6,1",
                "p1,A801200005001,2024/25,Y6,1",
                "p1,1,A801200005001,Y6,1",
                "p1,1,2024/25,A801200005001,1",
                "p1,1,2024/25,Y6,A801200005001",
                "p1,1,2024/25,Y6,\"1\"A801200005001")) {
            assertThat(errors(HEAD + row + "\n"))
                    .as(row)
                    .allSatisfy(m -> assertThat(m)
                            .startsWith("pupils.csv:2: ")
                            .doesNotContain("A801200005001")
                            .doesNotContain("801200005001"));
        }
    }

    @Test
    void refuses_a_pupil_listed_twice_in_one_year_naming_both_lines_and_not_the_id() throws IOException {
        String text = HEAD + "p-7,1,2024/25,Y6,1\n" + "p-8,1,2024/25,Y6,1\n" + "p-7,2,2024/25,Y6,1\n";
        assertThat(errors(text))
                .containsOnly("pupils.csv:4: column \"pupil_id\": the same pupil id as line 2 in 2024/25: each pupil"
                        + " may appear once a year; nothing was computed");
        // The same pupil in another year is another record.
        assertThat(errors(HEAD + "p-7,1,2024/25,Y6,1\np-7,1,2025/26,Y7,1\n"))
                .containsOnly("no error from the record reader", "no error from the column reader");
    }

    @Test
    void refuses_bytes_that_are_not_utf8_naming_the_line_with_a_hint() throws IOException {
        byte[] head = (HEAD + "p1,1,2024/25,Y6,1\n").getBytes(StandardCharsets.UTF_8);
        byte[] bad = "p\u00e9,1,2024/25,Y6,1\n".getBytes(java.nio.charset.Charset.forName("windows-1252"));
        byte[] bytes = java.util.Arrays.copyOf(head, head.length + bad.length);
        System.arraycopy(bad, 0, bytes, head.length, bad.length);
        assertThat(errors(bytes))
                .containsOnly("pupils.csv:3: bytes that are not UTF-8: save the file as UTF-8 (\"CSV UTF-8\" in"
                        + " Excel); an export in Windows-1252 (ANSI) gives this");
    }

    @Test
    void refuses_an_outcome_that_is_not_finite_or_out_of_range_on_both_paths() throws IOException {
        for (String value : List.of("1e400", "-1e400", "1e16", "NaN", "Infinity")) {
            assertThat(errors(HEAD + "p1,1,2024/25,Y6,1\np2,1,2024/25,Y6," + value + "\n"))
                    .as(value)
                    .allSatisfy(
                            m -> assertThat(m).startsWith("pupils.csv:3: column \"outcome:ks2\": value \"" + value));
        }
    }

    @Test
    void reads_a_long_file_across_decoder_buffers_and_multibyte_letters() throws IOException {
        StringBuilder text = new StringBuilder(HEAD);
        for (int i = 0; i < 20_000; i++) {
            text.append("p\u00e9-")
                    .append(i)
                    .append(",1,2024/25,Y6,")
                    .append(i % 100)
                    .append('\n');
        }
        Path file = write(text.toString());
        try (Stream<PupilRecord> s = PupilCsv.read(file)) {
            assertThat(s.count()).isEqualTo(20_000);
        }
    }

    @Test
    void a_record_prints_without_its_pupil_id() {
        PupilRecord r = PupilRecord.builder()
                .pupilId("secret-17")
                .institutionId("100000")
                .academicYear(AcademicYear.of(2024))
                .yearGroup(YearGroup.YEAR_6)
                .outcome("m", BigDecimal.TEN)
                .build();
        assertThat(r.toString()).doesNotContain("secret-17").contains("100000");
        assertThatThrownBy(() -> PupilRecord.builder()
                        .pupilId("A801200005001")
                        .institutionId("100000")
                        .academicYear(AcademicYear.of(2024))
                        .yearGroup(YearGroup.YEAR_6)
                        .build())
                .hasMessageStartingWith("pupil id: a value shaped like a UPN")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("801200005001"));
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

    @Test
    @org.junit.jupiter.api.condition.EnabledOnOs({
        org.junit.jupiter.api.condition.OS.LINUX,
        org.junit.jupiter.api.condition.OS.MAC
    })
    void reads_columns_from_a_named_pipe_once_in_order() throws Exception {
        Path pipe = dir.resolve("pupils.pipe");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        assertThat(mkfifo.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        StringBuilder text = new StringBuilder(HEAD);
        for (int i = 0; i < 5000; i++) {
            text.append("p").append(i).append(",1,2024/25,Y6,").append(i % 7).append('\n');
        }
        java.util.concurrent.CompletableFuture<Void> writer = java.util.concurrent.CompletableFuture.runAsync(() -> {
            try {
                Files.writeString(pipe, text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        long sum = PupilCsv.collectColumns(
                pipe, List.of("ks2"), 64, 2, java.util.stream.Collectors.summingLong((PupilColumns b) -> b.size()));
        writer.get(10, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(sum).isEqualTo(5000);
    }

    @Test
    void the_columnar_readers_report_the_first_bad_row_even_with_bad_bytes_soon_after() throws IOException {
        byte[] head = (HEAD + "p1,1,2024/25,Y6,x\n").getBytes(StandardCharsets.UTF_8);
        byte[] bad = "p\u00e9,1,2024/25,Y6,1\n".getBytes(java.nio.charset.Charset.forName("windows-1252"));
        byte[] bytes = java.util.Arrays.copyOf(head, head.length + bad.length);
        System.arraycopy(bad, 0, bytes, head.length, bad.length);
        // The record reader decodes ahead and meets the bad bytes first; the columnar readers go in file order.
        assertThat(errors(bytes))
                .containsExactly(
                        "pupils.csv:3: bytes that are not UTF-8: save the file as UTF-8 (\"CSV UTF-8\" in"
                                + " Excel); an export in Windows-1252 (ANSI) gives this",
                        "pupils.csv:2: column \"outcome:ks2\": value \"x\": must be a decimal number");
    }

    @Test
    void refuses_bad_thread_counts_and_measure_lists() throws IOException {
        Path file = write(HEAD);
        assertThatThrownBy(() ->
                        PupilCsv.collectColumns(file, List.of("ks2"), 1, 0, java.util.stream.Collectors.counting()))
                .hasMessage("threads \"0\": must be at least 1");
        assertThatThrownBy(
                        () -> PupilCsv.collectColumns(file, List.of("a", "a"), java.util.stream.Collectors.counting()))
                .hasMessageStartingWith("measure ids \"[a, a]\": must name each measure once");
    }
}
