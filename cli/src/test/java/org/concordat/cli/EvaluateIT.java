package org.concordat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code concordat evaluate}, run from the built jar: the JSON shape, disclosure control, pupils. */
class EvaluateIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @BeforeEach
    void plan() throws IOException {
        Files.writeString(dir.resolve("plan.yaml"), ValidateIT.firstPlan(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("obs.csv"), """
                measure_id,institution_id,period,group,value,n,source
                M1,,2025-09-01/2026-08-31,DISADVANTAGED=Y,33.5,120,2026 GCSE results
                M1,urn-138001,2025-09-01/2026-08-31,DISADVANTAGED=Y,36,4,2026 GCSE results
                M1,urn-138002,2025-09-01/2026-08-31,DISADVANTAGED=Y,33.4,116,2026 GCSE results
                M3,,2025-09-01/2026-07-17,all,47,450,summer survey
                """, StandardCharsets.UTF_8);
    }

    @Test
    void prints_findings_with_exactly_the_documented_fields() throws IOException {
        Jar.Run run = Jar.run(
                dir, "evaluate", "plan.yaml", "--observations", "obs.csv", "--as-of", "2026-09-15", "--format", "json");

        assertThat(run.exit()).as(run.toString()).isZero();
        JsonNode findings = JSON.readTree(run.out());
        assertThat(findings).hasSize(6);
        for (JsonNode f : findings) {
            assertThat(fields(f))
                    .containsExactly(
                            "measure",
                            "institution",
                            "group",
                            "value",
                            "expected",
                            "comparedAt",
                            "target",
                            "status",
                            "n",
                            "suppressed",
                            "evidenceLevel");
        }
        JsonNode m1 = findings.get(0);
        assertThat(m1.get("measure").asText()).isEqualTo("M1");
        assertThat(m1.get("institution").isNull()).isTrue();
        assertThat(m1.get("group").asText()).isEqualTo("DISADVANTAGED=Y");
        assertThat(m1.get("value").decimalValue()).isEqualByComparingTo("33.5");
        assertThat(m1.get("expected").decimalValue()).isEqualByComparingTo("34.0");
        assertThat(m1.get("comparedAt").asText()).isEqualTo("2026-08-31");
        assertThat(m1.get("target").decimalValue()).isEqualByComparingTo("38.0");
        assertThat(m1.get("status").asText()).isEqualTo("AT_RISK");
        assertThat(m1.get("n").asLong()).isEqualTo(120);
        assertThat(m1.get("evidenceLevel").asInt()).isEqualTo(2);
    }

    @Test
    void suppresses_a_figure_about_fewer_than_five_pupils_and_its_n() throws IOException {
        Jar.Run run = Jar.run(
                dir, "evaluate", "plan.yaml", "--observations", "obs.csv", "--as-of", "2026-09-15", "--format", "json");

        JsonNode school = JSON.readTree(run.out()).get(1);
        assertThat(school.get("institution").asText()).isEqualTo("urn-138001");
        assertThat(school.get("suppressed").asBoolean()).isTrue();
        assertThat(school.get("value").isNull()).isTrue();
        assertThat(school.get("n").isNull()).isTrue();
        assertThat(run.out()).doesNotContain("36");
    }

    @Test
    void a_withheld_finding_shows_neither_an_expected_value_nor_a_compared_date() throws IOException {
        Jar.Run run = Jar.run(
                dir, "evaluate", "plan.yaml", "--observations", "obs.csv", "--as-of", "2026-09-15", "--format", "json");

        JsonNode findings = JSON.readTree(run.out());
        JsonNode shown = findings.get(0);
        assertThat(shown.get("institution").isNull()).isTrue();
        assertThat(shown.get("suppressed").asBoolean()).isFalse();
        assertThat(shown.get("comparedAt").asText()).isEqualTo("2026-08-31");
        assertThat(shown.get("expected").decimalValue()).isEqualByComparingTo("34.0");
        JsonNode withheld = findings.get(1);
        assertThat(withheld.get("suppressed").asBoolean()).isTrue();
        assertThat(withheld.get("expected").isNull()).isTrue();
        assertThat(withheld.get("comparedAt").isNull()).isTrue();
        JsonNode survey = findings.findParents("measure").stream()
                .filter(f -> f.get("measure").asText().equals("M3"))
                .findFirst()
                .orElseThrow();
        assertThat(survey.get("comparedAt").asText())
                .as("a value for a period ending on a target's date is compared on that date")
                .isEqualTo("2026-07-17");
    }

    @Test
    void the_text_output_gives_no_hint_of_a_suppressed_value() {
        Jar.Run run = Jar.run(dir, "evaluate", "plan.yaml", "--observations", "obs.csv", "--as-of", "2026-09-15");

        String school = run.out()
                .lines()
                .filter(l -> l.contains("urn-138001"))
                .findFirst()
                .orElseThrow();
        assertThat(school).contains("value c").contains("n=c").contains("withheld by disclosure control");
        assertThat(school).doesNotContain("36").doesNotContain("ahead").doesNotContain("behind");
    }

    @Test
    void the_text_output_uses_labels_and_uk_dates_not_codes() {
        Jar.Run run = Jar.run(dir, "evaluate", "plan.yaml", "--observations", "obs.csv", "--as-of", "2026-09-15");

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).startsWith("Evaluation as of 15 September 2026: 6 findings");
        String m1 = run.out()
                .lines()
                .filter(l -> l.contains("M1, partnership"))
                .findFirst()
                .orElseThrow();
        assertThat(m1)
                .startsWith("  At risk — M1, partnership, Disadvantaged pupils: value 33.5, expected 34.0, target 38.0,"
                        + " n=120; expected 34.0 on 31 August 2026")
                .endsWith("; evidence: Before and after, no comparison group (Maryland scale level two of five)");
        assertThat(run.out())
                .doesNotContain("DISADVANTAGED")
                .doesNotContain("AT_RISK")
                .doesNotContain("OFF_TRACK")
                .doesNotContain("NO_DATA")
                .doesNotContain("BEFORE_AFTER")
                .doesNotContain("2026-");
    }

    @Test
    void refuses_pupil_records_keyed_by_upn() throws IOException {
        Files.writeString(
                dir.resolve("pupils.csv"),
                "pupil_id,institution_id,academic_year,year_group,outcome:M1\nA12345678901H,urn-138001,2025/26,Y11,100\n",
                StandardCharsets.UTF_8);

        Jar.Run run = Jar.run(dir, "evaluate", "plan.yaml", "--pupils", "pupils.csv");

        assertThat(run.exit()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("pupils.csv:2").contains("UPN");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void exits_1_when_a_finding_has_a_status_named_by_fail_on() {
        Jar.Run run = Jar.run(
                dir,
                "evaluate",
                "plan.yaml",
                "--observations",
                "obs.csv",
                "--as-of",
                "2026-09-15",
                "--fail-on",
                "OFF_TRACK");

        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("Off track — M3, partnership, All pupils");
    }

    @Test
    void aggregates_pupil_records_into_findings_and_never_prints_a_pupil() throws IOException {
        StringBuilder csv =
                new StringBuilder("pupil_id,institution_id,academic_year,year_group,disadvantaged,outcome:M1\n");
        for (int i = 0; i < 40; i++) {
            csv.append("P")
                    .append(1000 + i)
                    .append(",urn-138002,2025/26,Y11,")
                    .append(i % 2 == 0 ? "Y" : "N")
                    .append(',')
                    .append(i % 2 == 0 ? "100" : "0")
                    .append('\n');
        }
        Files.writeString(dir.resolve("pupils.csv"), csv, StandardCharsets.UTF_8);

        Jar.Run run = Jar.run(
                dir, "evaluate", "plan.yaml", "--pupils", "pupils.csv", "--as-of", "2026-09-15", "--format", "json");

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).doesNotContain("P1000");
        List<JsonNode> m1 = new ArrayList<>();
        JSON.readTree(run.out()).forEach(f -> {
            if (f.get("measure").asText().equals("M1")
                    && f.get("institution").isNull()
                    && f.get("group").asText().equals("DISADVANTAGED=Y")) {
                m1.add(f);
            }
        });
        assertThat(m1).singleElement().satisfies(f -> {
            assertThat(f.get("value").decimalValue()).isEqualByComparingTo("100");
            assertThat(f.get("n").asLong()).isEqualTo(20);
            assertThat(f.get("status").asText()).isEqualTo("ACHIEVED");
        });
    }

    @Test
    void the_evaluation_report_from_pupil_records_shows_group_gaps_and_no_pupil() throws IOException {
        StringBuilder csv =
                new StringBuilder("pupil_id,institution_id,academic_year,year_group,disadvantaged,outcome:M1\n");
        for (int i = 0; i < 40; i++) {
            csv.append("P")
                    .append(2000 + i)
                    .append(",urn-138002,2025/26,Y11,")
                    .append(i % 2 == 0 ? "Y" : "N")
                    .append(',')
                    .append(i % 2 == 0 ? "60" : "40")
                    .append('\n');
        }
        Files.writeString(dir.resolve("pupils.csv"), csv, StandardCharsets.UTF_8);

        Jar.Run run = Jar.run(
                dir,
                "report",
                "plan.yaml",
                "--kind",
                "evaluation",
                "--format",
                "md",
                "--pupils",
                "pupils.csv",
                "--as-of",
                "2026-09-15");

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).contains("Gaps between pupil groups").contains("| Disadvantaged pupils | -20.00 |");
        assertThat(run.out()).doesNotContain("P2000");
    }

    @Test
    void a_bad_pupil_row_is_one_line_naming_file_line_and_column() throws IOException {
        Files.writeString(
                dir.resolve("pupils.csv"),
                "pupil_id,institution_id,academic_year,year_group,sex\nP1,urn-138001,2025/26,Y11,Q\n",
                StandardCharsets.UTF_8);

        Jar.Run run = Jar.run(dir, "evaluate", "plan.yaml", "--pupils", "pupils.csv");

        assertThat(run.exit()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).startsWith("concordat: pupils.csv:2: column \"sex\": value \"Q\"");
        assertThat(run.err().lines()).hasSize(1);
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
