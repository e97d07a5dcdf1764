package org.concordat.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.concordat.plan.PupilGroup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ObservationCsvTest {
    @TempDir
    Path dir;

    private Path write(String text) throws IOException {
        Path file = dir.resolve("observations.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void reads_every_observation_with_the_file_name_as_the_default_source() throws IOException {
        Path file = write("measure_id,institution_id,period,group,value,n,source\n"
                + "M1,urn-138001,2025-09-01/2026-08-31,DISADVANTAGED=Y,34.5,20,\n"
                + "M1,,2025-09-01/2026-08-31,,36,,MIS\n");

        List<Observation> read = ObservationCsv.read(file);

        assertThat(read).hasSize(2);
        assertThat(read.get(0).measureId()).isEqualTo("M1");
        assertThat(read.get(0).institution()).contains("urn-138001");
        assertThat(read.get(0).group()).isEqualTo(PupilGroup.parse("DISADVANTAGED=Y"));
        assertThat(read.get(0).value()).isEqualByComparingTo(new BigDecimal("34.5"));
        assertThat(read.get(0).n()).contains(20L);
        assertThat(read.get(0).source()).isEqualTo("observations.csv");
        assertThat(read.get(1).institution()).isEqualTo(Optional.empty());
        assertThat(read.get(1).group()).isEqualTo(PupilGroup.ALL);
        assertThat(read.get(1).n()).isEmpty();
        assertThat(read.get(1).source()).isEqualTo("MIS");
    }

    @Test
    void a_bad_cell_is_refused_with_file_line_and_detail_apart() throws IOException {
        Path file = write("measure_id,period,value\nM1,2025-09-01/2026-08-31,34.5\nM1,2025-09-01/2026-08-31,lots\n");

        assertThatThrownBy(() -> ObservationCsv.read(file))
                .isInstanceOfSatisfying(ObservationFileException.class, e -> {
                    assertThat(e.file()).isEqualTo(file);
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.detail())
                            .isEqualTo("column \"value\": value \"lots\": must be a decimal number, e.g. 34.5");
                    assertThat(e.getMessage()).isEqualTo(file + ":3: " + e.detail());
                });
    }

    @Test
    void respondents_above_those_invited_are_refused() throws IOException {
        Path file = write("measure_id,period,value,n,invited\nM4,2025-09-01/2026-08-31,40,30,20\n");

        assertThatThrownBy(() -> ObservationCsv.read(file))
                .isInstanceOfSatisfying(ObservationFileException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.detail())
                            .isEqualTo("column \"n\": value \"30\": more than column \"invited\" (20):"
                                    + " respondents are among those invited");
                });
    }

    @Test
    void a_header_problem_is_on_line_one_and_a_missing_file_on_no_line() throws IOException {
        Path file = write("measure_id,period\n");

        assertThatThrownBy(() -> ObservationCsv.read(file))
                .isInstanceOfSatisfying(ObservationFileException.class, e -> {
                    assertThat(e.line()).isEqualTo(1);
                    assertThat(e.detail()).isEqualTo("missing required column \"value\"");
                });
        Path missing = dir.resolve("none.csv");
        assertThatThrownBy(() -> ObservationCsv.read(missing))
                .isInstanceOfSatisfying(ObservationFileException.class, e -> {
                    assertThat(e.line()).isZero();
                    assertThat(e.getMessage()).isEqualTo(missing + ": cannot read: no such file");
                });
    }
}
