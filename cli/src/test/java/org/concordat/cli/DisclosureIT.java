package org.concordat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Each item of issue 10's "Also seen", end to end through the built jar: exit code and one-line message. */
class DisclosureIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HEAD = "pupil_id,institution_id,academic_year,year_group,outcome:M1\n";

    @TempDir
    Path dir;

    @BeforeEach
    void plan() throws IOException {
        Files.writeString(dir.resolve("plan.yaml"), ValidateIT.firstPlan(), StandardCharsets.UTF_8);
    }

    private Jar.Run evaluate(String pupils) throws IOException {
        Files.writeString(dir.resolve("pupils.csv"), pupils, StandardCharsets.UTF_8);
        return Jar.run(
                dir, "evaluate", "plan.yaml", "--pupils", "pupils.csv", "--as-of", "2026-09-15", "--format", "json");
    }

    private static void assertOneLineError(Jar.Run run, String message) {
        assertThat(run.exit()).as(run.toString()).isEqualTo(2);
        assertThat(run.err().lines()).as(run.toString()).containsExactly("concordat: " + message);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void five_schools_one_with_three_pupils_publish_nothing_from_which_its_n_or_mean_follows() throws IOException {
        StringBuilder csv = new StringBuilder(HEAD);
        int[] sizes = {40, 52, 61, 45, 3};
        for (int s = 0; s < sizes.length; s++) {
            for (int i = 0; i < sizes[s]; i++) {
                csv.append("p")
                        .append(s)
                        .append('-')
                        .append(i)
                        // The plan's five parties: evaluate judges under the agreement, which covers only them.
                        .append(",urn-13800")
                        .append(s + 1);
                csv.append(",2025/26,Y11,").append(s == 4 ? 100 : (i * 7) % 100).append('\n');
            }
        }
        Jar.Run run = evaluate(csv.toString());

        assertThat(run.exit()).as(run.toString()).isZero();
        long partnership = -1;
        long shown = 0;
        int withheld = 0;
        for (JsonNode f : JSON.readTree(run.out())) {
            if (!f.get("measure").asText().equals("M1")
                    || !f.get("group").asText().equals("all")) {
                continue;
            }
            if (f.get("suppressed").asBoolean()) {
                withheld++;
                assertThat(f.get("n").isNull()).isTrue();
                assertThat(f.get("value").isNull()).isTrue();
            } else if (f.get("institution").isNull()) {
                partnership = f.get("n").asLong();
            } else {
                shown += f.get("n").asLong();
            }
        }
        assertThat(withheld).as("the small school and a complement").isEqualTo(2);
        assertThat(partnership - shown).as("only two schools together").isEqualTo(43);
    }

    @Test
    void a_survey_measure_with_eight_respondents_is_withheld() throws IOException {
        Files.writeString(dir.resolve("obs.csv"), """
                measure_id,institution_id,period,group,value,n,source
                M3,urn-138001,2025-09-01/2026-07-17,all,62,8,summer survey
                M3,urn-138002,2025-09-01/2026-07-17,all,55,40,summer survey
                """, StandardCharsets.UTF_8);
        Jar.Run run = Jar.run(
                dir, "evaluate", "plan.yaml", "--observations", "obs.csv", "--as-of", "2026-09-15", "--format", "json");

        assertThat(run.exit()).as(run.toString()).isZero();
        JsonNode school = JSON.readTree(run.out()).findParents("institution").stream()
                .filter(f -> f.get("institution").asText().equals("urn-138001"))
                .findFirst()
                .orElseThrow();
        assertThat(school.get("suppressed").asBoolean()).isTrue();
        assertThat(school.get("status").asText()).isEqualTo("NO_DATA");
        assertThat(run.out()).doesNotContain("62");
    }

    @Test
    void a_survey_with_12_of_40_invited_responding_is_withheld_and_its_complement_with_it() throws IOException {
        Files.writeString(dir.resolve("obs.csv"), """
                measure_id,institution_id,period,group,value,n,invited,source
                M3,urn-138001,2025-09-01/2026-07-17,all,62,12,40,summer survey
                M3,urn-138002,2025-09-01/2026-07-17,all,55,30,40,summer survey
                M3,,2025-09-01/2026-07-17,all,56.95,42,80,summer survey
                """, StandardCharsets.UTF_8);
        Jar.Run run = Jar.run(
                dir,
                "evaluate",
                "plan.yaml",
                "--observations",
                "obs.csv",
                "--minimum-response-rate",
                "50%",
                "--as-of",
                "2026-09-15",
                "--format",
                "json");

        assertThat(run.exit()).as(run.toString()).isZero();
        int withheld = 0;
        for (JsonNode f : JSON.readTree(run.out())) {
            if (!f.get("measure").asText().equals("M3")) {
                continue;
            }
            if (f.get("institution").asText().equals("urn-138001")) {
                assertThat(f.get("suppressed").asBoolean()).isTrue();
            }
            if (f.get("suppressed").asBoolean()) {
                withheld++;
                assertThat(f.get("value").isNull()).isTrue();
                assertThat(f.get("n").isNull()).isTrue();
                assertThat(f.get("status").asText()).isEqualTo("NO_DATA");
            }
        }
        assertThat(withheld).as("the low response rate and a complement").isGreaterThanOrEqualTo(2);
        assertThat(run.out()).doesNotContain("62").doesNotContain("\"n\": 12");

        Jar.Run text = Jar.run(
                dir,
                "evaluate",
                "plan.yaml",
                "--observations",
                "obs.csv",
                "--minimum-response-rate",
                "0.5",
                "--as-of",
                "2026-09-15");
        assertThat(text.out()
                        .lines()
                        .filter(l -> l.contains("urn-138001"))
                        .findFirst()
                        .orElseThrow())
                .contains("value c", "n=c", "a survey response rate below 50%");

        Jar.Run noRule = Jar.run(dir, "evaluate", "plan.yaml", "--observations", "obs.csv", "--as-of", "2026-09-15");
        assertThat(noRule.out()
                        .lines()
                        .filter(l -> l.contains("urn-138001"))
                        .findFirst()
                        .orElseThrow())
                .as("the default policy sets no minimum response rate")
                .contains("value 62");
    }

    @Test
    void a_bad_minimum_response_rate_is_one_line_naming_the_option() {
        assertOneLineError(
                Jar.run(dir, "evaluate", "plan.yaml", "--minimum-response-rate", "150%"),
                "--minimum-response-rate \"150%\": must be a fraction from 0 to 1 or a percentage from 0% to 100%,"
                        + " e.g. 0.5 or 50%");
    }

    @Test
    void more_respondents_than_invited_is_an_error_naming_the_line() throws IOException {
        Files.writeString(dir.resolve("obs.csv"), """
                measure_id,institution_id,period,group,value,n,invited,source
                M3,urn-138002,2025-09-01/2026-07-17,all,55,30,40,summer survey
                M3,urn-138001,2025-09-01/2026-07-17,all,62,41,40,summer survey
                """, StandardCharsets.UTF_8);
        assertOneLineError(
                Jar.run(dir, "evaluate", "plan.yaml", "--observations", "obs.csv", "--as-of", "2026-09-15"),
                "obs.csv:3: column \"n\": value \"41\": more than column \"invited\" (40): respondents are among"
                        + " those invited");
    }

    @Test
    void a_bad_invited_value_is_an_error_naming_line_and_column() throws IOException {
        Files.writeString(dir.resolve("obs.csv"), """
                measure_id,institution_id,period,group,value,n,source,invited
                M3,urn-138001,2025-09-01/2026-07-17,all,62,12,summer survey,forty
                """, StandardCharsets.UTF_8);
        assertOneLineError(
                Jar.run(dir, "evaluate", "plan.yaml", "--observations", "obs.csv", "--as-of", "2026-09-15"),
                "obs.csv:2: column \"invited\": value \"forty\": must be a whole number, 0 or more");
    }

    @Test
    void an_observation_without_n_is_withheld() throws IOException {
        Files.writeString(dir.resolve("obs.csv"), """
                measure_id,institution_id,period,group,value,n,source
                M1,,2025-09-01/2026-08-31,all,33.5,,2026 GCSE results
                """, StandardCharsets.UTF_8);
        Jar.Run run = Jar.run(dir, "evaluate", "plan.yaml", "--observations", "obs.csv", "--as-of", "2026-09-15");

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).contains("number of pupils not given").doesNotContain("33.5");
    }

    @Test
    void a_upn_shaped_pupil_id_is_described_never_printed() throws IOException {
        assertOneLineError(
                evaluate(HEAD + "A12345678901H,urn-138001,2025/26,Y11,100\n"),
                "pupils.csv:2: column \"pupil_id\": a value shaped like a UPN: pupil ids must be pseudonymised,"
                        + " never the UPN itself");
    }

    @Test
    void a_pupil_listed_twice_in_a_year_is_an_error_naming_both_lines() throws IOException {
        assertOneLineError(
                evaluate(HEAD + "p1,urn-138001,2025/26,Y11,100\np2,urn-138001,2025/26,Y11,100\n"
                        + "p1,urn-138001,2025/26,Y11,100\n"),
                "pupils.csv:4: column \"pupil_id\": the same pupil id as line 2 in 2025/26: each pupil may appear"
                        + " once a year; nothing was computed");
    }

    @Test
    void windows_1252_bytes_are_an_error_naming_the_line() throws IOException {
        Files.write(
                dir.resolve("pupils.csv"),
                (HEAD + "p1,urn-138001,2025/26,Y11,100\nZo\u00eb,urn-138001,2025/26,Y11,100\n")
                        .getBytes(Charset.forName("windows-1252")));
        Jar.Run run = Jar.run(dir, "evaluate", "plan.yaml", "--pupils", "pupils.csv", "--as-of", "2026-09-15");
        assertOneLineError(
                run,
                "pupils.csv:3: bytes that are not UTF-8: save the file as UTF-8 (\"CSV UTF-8\" in Excel); an export"
                        + " in Windows-1252 (ANSI) gives this");
    }

    @Test
    void an_outcome_beyond_range_is_an_error_naming_line_and_column() throws IOException {
        assertOneLineError(
                evaluate(HEAD + "p1,urn-138001,2025/26,Y11,1e400\n"),
                "pupils.csv:2: column \"outcome:M1\": value \"1e400\": must be a finite decimal number between"
                        + " -10^15 and 10^15");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void pupils_are_read_once_so_a_named_pipe_works() throws Exception {
        Path pipe = dir.resolve("pupils.pipe");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        assertThat(mkfifo.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(mkfifo.exitValue()).isZero();
        StringBuilder csv = new StringBuilder(HEAD);
        for (int i = 0; i < 30; i++) {
            csv.append("p")
                    .append(i)
                    .append(",urn-138001,2025/26,Y11,")
                    .append(i)
                    .append('\n');
        }
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            try (OutputStream out = Files.newOutputStream(pipe)) {
                out.write(csv.toString().getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Jar.Run run = Jar.run(dir, "evaluate", "plan.yaml", "--pupils", "pupils.pipe", "--as-of", "2026-09-15");
        writer.get(10, TimeUnit.SECONDS);

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).contains("urn-138001");
    }
}
