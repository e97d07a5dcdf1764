package org.concordat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code evaluate} and {@code report} judge under the plan's agreement, in-process: the example plan
 * with urn-138005 taken out of the MOU's parties, so its values and its pupils are left out, and
 * every output says so.
 */
class AgreementGateTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void files() throws IOException {
        String plan = ValidateIT.firstPlan()
                .replace(
                        "parties: [urn-138001, urn-138002, urn-138003, urn-138004, urn-138005]",
                        "parties: [urn-138001, urn-138002, urn-138003, urn-138004]");
        int approval = plan.indexOf("        - institutionId: urn-138005\n");
        int next = plan.indexOf("\n", plan.indexOf("minuteReference", approval)) + 1;
        plan = plan.substring(0, approval) + plan.substring(next);
        Files.writeString(dir.resolve("plan.yaml"), plan, StandardCharsets.UTF_8);
        Files.writeString(
                dir.resolve("obs.csv"),
                "measure_id,institution_id,period,group,value,n,source\n"
                        + "M4,urn-138001,2025-09-01/2026-03-31,all,40,150,options returns\n"
                        + "M4,urn-138005,2025-09-01/2026-03-31,all,45,150,options returns\n",
                StandardCharsets.UTF_8);
        StringBuilder pupils =
                new StringBuilder("pupil_id,institution_id,academic_year,year_group,disadvantaged,outcome:M1\n");
        for (String school : new String[] {"urn-138001", "urn-138005"}) {
            for (int i = 0; i < 40; i++) {
                pupils.append(school)
                        .append("-p")
                        .append(i)
                        .append(',')
                        .append(school)
                        .append(",2025/26,Y11,")
                        .append(i % 2 == 0 ? "Y" : "N")
                        .append(',')
                        .append(i % 3 == 0 ? 100 : 0)
                        .append('\n');
            }
        }
        Files.writeString(dir.resolve("pupils.csv"), pupils.toString(), StandardCharsets.UTF_8);
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        String[] all = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            all[i] = args[i].endsWith(".yaml") || args[i].endsWith(".csv")
                    ? dir.resolve(args[i]).toString()
                    : args[i];
        }
        return Main.run(
                all,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void a_school_that_is_not_a_party_is_left_out_and_the_text_says_why() {
        assertThat(run("evaluate", "plan.yaml", "--observations", "obs.csv", "--as-of", "2026-09-15"))
                .isZero();
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text)
                .contains("  1 school's data not used: not a party to the agreement in force on 31 March 2026")
                .contains("M4, urn-138001,")
                .doesNotContain("urn-138005");
    }

    @Test
    void the_json_stays_the_list_of_findings_and_the_note_goes_to_standard_error() {
        assertThat(run(
                        "evaluate",
                        "plan.yaml",
                        "--observations",
                        "obs.csv",
                        "--as-of",
                        "2026-09-15",
                        "--format",
                        "json"))
                .isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("[").doesNotContain("urn-138005");
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("concordat: note: 1 school's data not used: not a party to the agreement in force on 31"
                        + " March 2026\n");
    }

    @Test
    void a_schools_pupils_are_left_out_of_the_findings_and_the_gaps() {
        assertThat(run(
                        "report",
                        "plan.yaml",
                        "--kind",
                        "evaluation",
                        "--format",
                        "md",
                        "--pupils",
                        "pupils.csv",
                        "--as-of",
                        "2026-09-15",
                        "--progress",
                        "none"))
                .isZero();
        String report = out.toString(StandardCharsets.UTF_8);
        assertThat(report)
                .contains("## Data not used")
                .contains("1 school's data not used: not a party to the agreement in force on 31 August 2026")
                .contains("Gaps between pupil groups");
        assertThat(report).doesNotContain("Selly").doesNotContain("Shipley Beck");
    }
}
