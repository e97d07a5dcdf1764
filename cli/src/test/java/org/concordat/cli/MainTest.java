package org.concordat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands run in-process through {@link Main#run}, as an embedding application would. */
class MainTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path plan(String text) throws IOException {
        return Files.writeString(dir.resolve("plan.yaml"), text, StandardCharsets.UTF_8);
    }

    @Test
    void validate_returns_0_1_and_2_as_documented() throws IOException {
        Path good = plan(ValidateIT.firstPlan());
        Path bad = Files.writeString(
                dir.resolve("bad.yaml"), ValidateIT.firstPlanWithoutTheLastApproval(), StandardCharsets.UTF_8);

        assertThat(run("validate", good.toString())).isZero();
        assertThat(run("validate", good.toString(), bad.toString())).isEqualTo(1);
        assertThat(run("validate", dir.resolve("none.json").toString())).isEqualTo(2);
        assertThat(err()).contains("none.json: cannot read: no such file");
    }

    @Test
    void a_plan_with_an_unknown_extension_is_unreadable() throws IOException {
        Path txt = Files.writeString(dir.resolve("plan.txt"), "schemaVersion: 1\n", StandardCharsets.UTF_8);

        assertThat(run("validate", txt.toString())).isEqualTo(2);
        assertThat(err()).contains("plan.txt").contains(".json, .yaml or .yml");
    }

    @Test
    void a_directory_is_not_a_plan() {
        assertThat(run("validate", dir.toString())).isEqualTo(2);
        assertThat(err()).contains("is a directory");
    }

    @Test
    void store_commands_use_the_directory_given() throws IOException {
        Path file = plan(ValidateIT.firstPlan());
        String store = dir.resolve("store").toString();

        assertThat(run("store", "save", "--store", store, file.toString())).isZero();
        assertThat(run("store", "history", "--store", store, "aire-valley-stem"))
                .isZero();
        assertThat(run(
                        "store",
                        "show",
                        "--store",
                        store,
                        "aire-valley-stem",
                        "-o",
                        dir.resolve("copy.json").toString()))
                .isZero();

        assertThat(out()).contains("saved version 1").contains("1  ");
        assertThat(Files.readString(dir.resolve("copy.json"))).startsWith("{").contains("aire-valley-stem");
        assertThat(run("store", "show", "--store", store, "aire-valley-stem", "--version", "9"))
                .isEqualTo(2);
        assertThat(run("store")).isEqualTo(2);
    }

    @Test
    void store_save_refuses_a_status_that_cannot_follow_the_stored_one_and_saves_nothing() throws IOException {
        String active = ValidateIT.firstPlan();
        String ended = active.replaceFirst("\n  status: ACTIVE\n", "\n  status: ENDED\n");
        assertThat(ended).isNotEqualTo(active);
        String store = dir.resolve("store").toString();
        assertThat(run("store", "save", "--store", store, plan(ended).toString()))
                .isZero();

        Path file = plan(active);
        assertThat(run("store", "save", "--store", store, file.toString())).isEqualTo(1);

        assertThat(err())
                .isEqualTo("concordat: " + file + ": not saved: plan \"aire-valley-stem\": partnership.status"
                        + " \"ACTIVE\": cannot move from ENDED to ACTIVE; the stored version holds ENDED\n");
        assertThat(run("store", "history", "--store", store, "aire-valley-stem"))
                .isZero();
        assertThat(out()).doesNotContain("\n2  ");
    }

    @Test
    void report_writes_a_file_whole_and_refuses_an_unknown_term() throws IOException {
        Path file = plan(ValidateIT.firstPlan());
        Path html = dir.resolve("deep/er/mou.html");

        assertThat(run("report", file.toString(), "--kind", "mou", "-o", html.toString()))
                .isZero();
        assertThat(Files.readString(html)).contains("Memorandum of understanding");
        assertThat(run("report", file.toString(), "--kind", "newsletter", "--term", "someday"))
                .isEqualTo(2);
        assertThat(err()).contains("--term");
    }

    @Test
    void evaluate_reports_progress_lines_over_a_long_pupil_file() throws IOException {
        Path file = plan(ValidateIT.firstPlan());
        StringBuilder csv = new StringBuilder("pupil_id,institution_id,academic_year,year_group,outcome:M1\n");
        for (int i = 0; i < 5_000; i++) {
            csv.append("P")
                    .append(i)
                    .append(",urn-138001,2025/26,Y11,")
                    .append(i % 2 * 100)
                    .append('\n');
        }
        Files.writeString(dir.resolve("pupils.csv"), csv, StandardCharsets.UTF_8);
        AtomicLong clock = new AtomicLong();
        Environment env = new Environment(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                false,
                () -> clock.addAndGet(400_000_000L));

        int exit = Main.run(
                new String[] {
                    "evaluate",
                    file.toString(),
                    "--pupils",
                    dir.resolve("pupils.csv").toString()
                },
                env);

        assertThat(exit).isZero();
        assertThat(err()).contains("concordat: pupils.csv: ").contains("done, 5,000 rows read (100%)");
        assertThat(out()).contains("M1").doesNotContain("P4999");
    }
}
