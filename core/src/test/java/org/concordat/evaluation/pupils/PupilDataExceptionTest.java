package org.concordat.evaluation.pupils;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PupilDataExceptionTest {
    @Test
    void gives_the_detail_of_a_bad_cell_apart_from_file_and_line() {
        PupilDataException e = new PupilDataException("pupils.csv", 12, "sex", "X", "must be one of F, M", null);

        assertThat(e.getMessage()).isEqualTo("pupils.csv:12: column \"sex\": value \"X\": must be one of F, M");
        assertThat(e.file()).isEqualTo("pupils.csv");
        assertThat(e.line()).isEqualTo(12);
        assertThat(e.column()).isEqualTo("sex");
        assertThat(e.detail()).isEqualTo("column \"sex\": value \"X\": must be one of F, M");
        assertThat(e.getMessage()).isEqualTo(e.file() + ":" + e.line() + ": " + e.detail());
    }

    @Test
    void gives_the_detail_of_a_problem_outside_one_column() {
        PupilDataException e = new PupilDataException("pupils.csv", 1, "missing required column \"pupil_id\"");

        assertThat(e.column()).isEmpty();
        assertThat(e.detail()).isEqualTo("missing required column \"pupil_id\"");
        assertThat(e.getMessage()).isEqualTo("pupils.csv:1: missing required column \"pupil_id\"");
    }

    @Test
    void the_detail_never_carries_a_value_shaped_like_a_upn() {
        PupilDataException e =
                new PupilDataException("pupils.csv", 4, "year_group", "A12345678901B", "not a year group", null);

        assertThat(e.detail())
                .doesNotContain("A12345678901B")
                .isEqualTo("column \"year_group\": value \"[a value shaped like a UPN]\": not a year group");
        assertThat(e.getMessage()).doesNotContain("A12345678901B");
    }
}
