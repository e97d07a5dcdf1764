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
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.concordat.calendar.Period;
import org.concordat.evaluation.pupils.PupilDataException;
import org.concordat.io.Plans;
import org.concordat.plan.PartnershipPlan;
import org.concordat.plan.PupilGroup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PupilObservationsTest {
    private static final PartnershipPlan PLAN = Plans.read(Path.of("../examples/plans/first-plan.yaml"));
    private static final Period YEAR = Period.parse("2025-09-01/2026-08-31");
    private static final PupilGroup DISADVANTAGED = PupilGroup.parse("DISADVANTAGED=Y");

    @TempDir
    Path dir;

    private Path write(String text) throws IOException {
        Path file = dir.resolve("pupils.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void gives_the_mean_outcome_per_school_and_partnership_for_all_pupils_and_the_plans_groups() throws IOException {
        Path file = write("pupil_id,institution_id,academic_year,year_group,disadvantaged,outcome:M1\n"
                + "a1,urn-138001,2025/26,Y11,Y,10\n"
                + "a2,urn-138001,2025/26,Y11,Y,20\n"
                + "a3,urn-138001,2025/26,Y11,N,30\n"
                + "a4,urn-138001,2025/26,Y11,N,40\n"
                + "b1,urn-138005,2025/26,Y11,Y,50\n"
                + "b2,urn-138005,2025/26,Y11,N,60\n");
        AtomicLong rows = new AtomicLong();

        PupilObservations.Aggregates aggregates = PupilObservations.read(file, PLAN, rows::addAndGet);

        assertThat(rows.get()).isEqualTo(6);
        List<Observation> m1 = aggregates.observations().stream()
                .filter(o -> o.measureId().equals("M1"))
                .toList();
        assertThat(m1).allMatch(o -> o.period().equals(YEAR));
        assertThat(find(m1, Optional.of("urn-138001"), PupilGroup.ALL)).satisfies(o -> {
            assertThat(o.value()).isEqualTo(new BigDecimal("25.00"));
            assertThat(o.n()).contains(4L);
            assertThat(o.source()).isEqualTo("pupils.csv (mean of pupil records)");
        });
        assertThat(find(m1, Optional.of("urn-138001"), DISADVANTAGED)).satisfies(o -> {
            assertThat(o.value()).isEqualTo(new BigDecimal("15.00"));
            assertThat(o.n()).contains(2L);
        });
        assertThat(find(m1, Optional.empty(), PupilGroup.ALL)).satisfies(o -> {
            assertThat(o.value()).isEqualTo(new BigDecimal("35.00"));
            assertThat(o.n()).contains(6L);
        });
        assertThat(find(m1, Optional.empty(), DISADVANTAGED)).satisfies(o -> {
            assertThat(o.value()).isEqualTo(new BigDecimal("26.67"));
            assertThat(o.n()).contains(3L);
        });
        // One gap analysis per measure of an objective that names a pupil group (M1 and M2 here).
        assertThat(aggregates.gaps())
                .extracting(org.concordat.evaluation.pupils.GapResult::measureId)
                .containsExactly("M1", "M2");
    }

    @Test
    void a_bad_row_is_refused_with_its_line_and_detail() throws IOException {
        Path file = write("pupil_id,institution_id,academic_year,year_group,outcome:M1\n"
                + "a1,urn-138001,2025/26,Y11,10\n"
                + "a2,urn-138001,2025/26,Y11,ten\n");

        assertThatThrownBy(() -> PupilObservations.read(file, PLAN, n -> {}))
                .isInstanceOfSatisfying(PupilDataException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.column()).isEqualTo("outcome:M1");
                    assertThat(e.detail()).startsWith("column \"outcome:M1\": value \"ten\":");
                });
    }

    @Test
    void a_missing_file_is_an_unchecked_io_exception() {
        assertThatThrownBy(() -> PupilObservations.read(dir.resolve("none.csv"), PLAN, n -> {}))
                .isInstanceOf(UncheckedIOException.class);
    }

    private static Observation find(List<Observation> in, Optional<String> institution, PupilGroup group) {
        return in.stream()
                .filter(o -> o.institution().equals(institution) && o.group().equals(group))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no observation for " + institution + " " + group + " in " + in));
    }
}
