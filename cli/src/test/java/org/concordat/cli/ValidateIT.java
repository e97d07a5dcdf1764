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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code concordat validate}, run from the built jar as a separate process. */
class ValidateIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void exits_0_and_says_valid_for_the_first_example_plan() throws IOException {
        Path plan = copy("first-plan.yaml");

        Jar.Run run = Jar.run(dir, "validate", plan.getFileName().toString());

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).startsWith("first-plan.yaml: valid under dfe-guidance (0 errors");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void prints_one_json_object_per_file_with_exactly_the_documented_fields() throws IOException {
        copy("first-plan.yaml");
        write("no-approval.yaml", firstPlanWithoutTheLastApproval());

        Jar.Run run = Jar.run(
                dir,
                "validate",
                "--format",
                "json",
                "--rulebook",
                "stem-partnership",
                "first-plan.yaml",
                "no-approval.yaml");

        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        JsonNode files = JSON.readTree(run.out());
        assertThat(files.isArray()).isTrue();
        assertThat(files).hasSize(2);
        for (JsonNode file : files) {
            assertThat(fields(file)).containsExactly("file", "valid", "violations");
            for (JsonNode v : file.get("violations")) {
                assertThat(fields(v)).containsExactly("code", "severity", "path", "subject", "message", "hint");
                assertThat(v.get("severity").asText()).isIn("ERROR", "WARNING", "INFO");
            }
        }
        assertThat(files.get(0).get("file").asText()).isEqualTo("first-plan.yaml");
        assertThat(files.get(0).get("valid").asBoolean()).isTrue();
        JsonNode flawed = files.get(1);
        assertThat(flawed.get("valid").asBoolean()).isFalse();
        assertThat(flawed.get("violations").findValuesAsText("code")).contains("AGREEMENT_APPROVAL_MISSING");
    }

    @Test
    void exits_1_and_lists_the_errors_as_text() throws IOException {
        write("no-approval.yaml", firstPlanWithoutTheLastApproval());

        Jar.Run run = Jar.run(dir, "validate", "no-approval.yaml");

        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).startsWith("no-approval.yaml: NOT valid under dfe-guidance");
        assertThat(run.out()).contains("ERROR   AGREEMENT_APPROVAL_MISSING /agreement");
    }

    @Test
    void exits_2_with_one_line_naming_file_line_column_and_field_for_a_bad_identifier() throws IOException {
        write("bad-urn.yaml", firstPlan().replace("urn: \"138003\"", "urn: \"13800\""));

        Jar.Run run = Jar.run(dir, "validate", "bad-urn.yaml");

        assertThat(run.exit()).as(run.toString()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).matches("concordat: bad-urn\\.yaml:\\d+:\\d+: /institutions/2/urn: .*13800.*\\R");
    }

    @Test
    void exits_2_for_a_missing_file_but_still_judges_the_others() throws IOException {
        copy("first-plan.yaml");

        Jar.Run run = Jar.run(dir, "validate", "--format", "json", "first-plan.yaml", "missing.yaml");

        assertThat(run.exit()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("concordat: missing.yaml: cannot read: no such file\n");
        assertThat(JSON.readTree(run.out())).hasSize(1);
    }

    @Test
    void exits_2_for_an_unknown_rulebook_naming_the_known_ones() throws IOException {
        copy("first-plan.yaml");

        Jar.Run run = Jar.run(dir, "validate", "--rulebook", "ofsted", "first-plan.yaml");

        assertThat(run.exit()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("ofsted").contains("dfe-guidance").contains("stem-partnership");
        assertThat(run.err().lines()).hasSize(1);
    }

    @Test
    void exits_2_for_a_bad_date_on_the_command_line() throws IOException {
        copy("first-plan.yaml");

        Jar.Run run = Jar.run(dir, "validate", "--as-of", "31/08/2026", "first-plan.yaml");

        assertThat(run.exit()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("--as-of").contains("31/08/2026");
    }

    static String firstPlan() throws IOException {
        return Files.readString(Jar.repository().resolve("examples/plans/first-plan.yaml"), StandardCharsets.UTF_8);
    }

    /** The first plan with Shipley Beck School's governing body approval taken out. */
    static String firstPlanWithoutTheLastApproval() throws IOException {
        String plan = firstPlan();
        int start = plan.indexOf("        - institutionId: urn-138005\n          governingBody:");
        int end = plan.indexOf("\n\n", start);
        assertThat(start).isPositive();
        return plan.substring(0, start) + plan.substring(end + 1);
    }

    private Path copy(String example) throws IOException {
        return Files.copy(Jar.repository().resolve("examples/plans").resolve(example), dir.resolve(example));
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
