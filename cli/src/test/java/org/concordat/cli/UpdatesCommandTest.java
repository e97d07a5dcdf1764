package org.concordat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A year of monitoring for the example partnership (examples/plans/first-plan.yaml) from the command
 * line, in-process: drafts, submissions, a return with a reason, approvals, a locked term, refusals
 * with their reasons, and an evaluation and report that use only approved, agreement-covered values
 * and say what was left out and why.
 */
class UpdatesCommandTest {
    private static final String P = "aire-valley-stem";
    private static final String AUTUMN = "2025-09-01/2025-12-19";
    private static final String SPRING = "2026-01-05/2026-03-27";

    @TempDir
    Path dir;

    private Path plan;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void savePlan() throws IOException {
        plan = Files.writeString(dir.resolve("plan.yaml"), ValidateIT.firstPlan(), StandardCharsets.UTF_8);
        assertThat(run("store", "save", plan.toString(), "--store", store())).isZero();
    }

    private String store() {
        return dir.resolve("store").toString();
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return Main.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** {@code concordat updates SUB ID ARGS... --store DIR}. */
    private int updates(String sub, String... args) {
        List<String> all = new ArrayList<>(List.of("updates", sub, P));
        all.addAll(List.of(args));
        all.addAll(List.of("--store", store()));
        return run(all.toArray(String[]::new));
    }

    private int draft(String person, String school, String period, String value) {
        return updates(
                "draft",
                "--as",
                person,
                "--measure",
                "M4",
                "--institution",
                school,
                "--period",
                period,
                "--value",
                value,
                "--n",
                "150",
                "--source",
                "options returns");
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void a_year_of_monitoring_from_the_command_line() throws IOException {
        // Autumn: three schools draft and submit; one is returned with a reason and resubmitted.
        assertThat(draft("p-novak", "urn-138003", AUTUMN, "31")).isZero();
        assertThat(out())
                .isEqualTo("aire-valley-stem: U1 drafted by p-novak: M4, urn-138003, " + AUTUMN
                        + ", all pupils, value 31, n=150\n");
        assertThat(updates("submit", "U1", "--as", "p-novak")).isZero();
        assertThat(draft("p-reid", "urn-138004", AUTUMN, "220")).isZero();
        assertThat(updates("submit", "U2", "--as", "p-reid")).isZero();
        assertThat(draft("p-shah", "urn-138005", AUTUMN, "27")).isZero();
        assertThat(updates("submit", "U3", "--as", "p-shah")).isZero();

        assertThat(updates("return", "U2", "--as", "p-okafor", "--reason", "220 is the year group, not those choosing"))
                .isZero();
        assertThat(out()).contains("U2 returned by p-okafor").contains("reason: 220 is the year group");
        // A returned update cannot be approved; it goes back to its submitter.
        assertThat(updates("approve", "U2", "--as", "p-begum")).isEqualTo(1);
        assertThat(err()).contains("refused: update U2 is RETURNED: cannot approve it");
        assertThat(updates("submit", "U2", "--as", "p-reid")).isZero();

        // The term cannot be locked while submissions await a decision.
        assertThat(updates("lock", "--as", "p-okafor", "--period", "2025-09-01/2025-12-31"))
                .isEqualTo(1);
        assertThat(err())
                .contains("refused: cannot lock every measure, 2025-09-01/2025-12-31: 3 submitted updates"
                        + " await a decision (U1, U2, U3)");
        assertThat(updates("approve", "U1", "--as", "p-begum")).isZero();
        assertThat(updates("approve", "U2", "--as", "p-okafor")).isZero();
        assertThat(updates("approve", "U3", "--as", "p-begum")).isZero();
        assertThat(updates(
                        "lock", "--as", "p-okafor", "--period", "2025-09-01/2025-12-31", "--reason", "autumn reported"))
                .isZero();
        assertThat(out())
                .isEqualTo(
                        "aire-valley-stem: every measure, 2025-09-01/2025-12-31 locked by p-okafor: autumn reported\n");

        // Refusals, each with its reason (exit 1), and bad input (exit 2).
        assertThat(draft("p-novak", "urn-138003", AUTUMN, "32")).isEqualTo(1);
        assertThat(err()).contains("is locked (by p-okafor)");
        assertThat(draft("p-hughes", "urn-138001", SPRING, "40")).isEqualTo(1);
        assertThat(err()).contains("refused: p-hughes may not record an update for institution urn-138001");
        assertThat(draft("p-begum", "urn-138002", SPRING, "29")).isZero();
        assertThat(updates("submit", "U4", "--as", "p-begum")).isZero();
        assertThat(updates("approve", "U4", "--as", "p-begum")).isEqualTo(1);
        assertThat(err()).contains("refused: p-begum submitted update U4 and so may not approve it");
        assertThat(updates("approve", "U4", "--as", "p-nobody")).isEqualTo(2);
        assertThat(err()).contains("person \"p-nobody\": not in the plan");
        assertThat(updates("lock", "--as", "p-okafor", "--period", "autumn")).isEqualTo(2);
        assertThat(err()).contains("--period \"autumn\"");
        assertThat(updates("approve", "U4", "--as", "p-okafor")).isZero();

        // Spring: a draft never submitted, and a submission never decided, stay out of the evaluation.
        assertThat(draft("p-shah", "urn-138005", SPRING, "99")).isZero();
        assertThat(draft("p-novak", "urn-138003", SPRING, "98")).isZero();
        assertThat(updates("submit", "U6", "--as", "p-novak")).isZero();
        // Figures from spring 2025, before the MOU was in force, imported as approved by the lead.
        Path csv = Files.writeString(
                dir.resolve("before.csv"),
                "measure_id,institution_id,period,group,value,n,source\n"
                        + "M4,urn-138001,2024-09-01/2025-03-31,all,35,150,2025 options returns\n",
                StandardCharsets.UTF_8);
        assertThat(updates("submit", "--observations", csv.toString(), "--import-approved", "--as", "p-okafor"))
                .isZero();
        assertThat(out()).isEqualTo("aire-valley-stem: 1 update imported as approved by p-okafor (U7 to U7)\n");

        assertThat(updates("list", "--status", "APPROVED", "--format", "json")).isZero();
        assertThat(out()).contains("\"id\": \"U1\"").contains("\"id\": \"U7\"").doesNotContain("\"U5\"");
        assertThat(updates("history", "U2")).isZero();
        assertThat(out())
                .contains("1 (new) → DRAFT by p-reid")
                .contains("3 SUBMITTED → RETURNED by p-okafor at ")
                .contains(": 220 is the year group, not those choosing")
                .contains("5 SUBMITTED → APPROVED by p-okafor");

        // The evaluation uses the approved, covered values only, and says what it left out.
        assertThat(run("evaluate", plan.toString(), "--updates", "--store", store(), "--as-of", "2026-09-01"))
                .isZero();
        String evaluation = out();
        assertThat(evaluation)
                .contains("1 school's data not used: no agreement in force on 31 March 2025")
                .containsPattern("M4, urn-138002, .*value 29,")
                .containsPattern("M4, urn-138003, .*value 31,")
                .containsPattern("M4, urn-138004, .*value 220,")
                .containsPattern("M4, urn-138005, .*value 27,")
                .doesNotContain("urn-138001,");
        assertThat(evaluation).doesNotContain("value 99").doesNotContain("value 98");

        assertThat(run(
                        "report",
                        plan.toString(),
                        "--kind",
                        "evaluation",
                        "--format",
                        "md",
                        "--updates",
                        "--store",
                        store(),
                        "--as-of",
                        "2026-09-01"))
                .isZero();
        assertThat(out())
                .contains("Data not used")
                .contains("1 school's data not used: no agreement in force on 31" + " March 2025");
    }
}
