package org.concordat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code concordat store save|history|show} against the default file store in ./.concordat. */
class StoreIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void saves_versions_in_dot_concordat_lists_them_and_shows_each() throws IOException {
        String first = ValidateIT.firstPlan();
        Files.writeString(dir.resolve("plan.yaml"), first, StandardCharsets.UTF_8);

        assertThat(Jar.run(dir, "store", "save", "plan.yaml").out())
                .isEqualTo("aire-valley-stem: saved version 1 in ./.concordat\n");
        assertThat(Files.isDirectory(dir.resolve(".concordat"))).isTrue();
        assertThat(Jar.run(dir, "store", "save", "plan.yaml").out())
                .isEqualTo("aire-valley-stem: unchanged since version 1; nothing saved\n");
        Files.writeString(
                dir.resolve("plan.yaml"),
                first.replace("name: Aire Valley STEM Partnership", "name: Aire Valley STEM Network"),
                StandardCharsets.UTF_8);
        Jar.Run second = Jar.run(dir, "store", "save", "--author", "Grace Okafor", "plan.yaml");
        assertThat(second.exit()).as(second.toString()).isZero();

        Jar.Run history = Jar.run(dir, "store", "history", "aire-valley-stem", "--format", "json");
        assertThat(history.exit()).as(history.toString()).isZero();
        JsonNode versions = JSON.readTree(history.out());
        assertThat(versions).hasSize(2);
        assertThat(versions.get(1).get("version").asLong()).isEqualTo(2);
        assertThat(versions.get(1).get("author").asText()).isEqualTo("Grace Okafor");

        assertThat(Jar.run(dir, "store", "show", "aire-valley-stem").out()).contains("Aire Valley STEM Network");
        assertThat(Jar.run(dir, "store", "show", "aire-valley-stem", "--version", "1")
                        .out())
                .contains("name: Aire Valley STEM Partnership");
    }

    @Test
    void refuses_to_save_a_plan_with_errors_under_the_rulebook_and_saves_nothing() throws IOException {
        Files.writeString(
                dir.resolve("plan.yaml"), ValidateIT.firstPlanWithoutTheLastApproval(), StandardCharsets.UTF_8);

        Jar.Run run = Jar.run(dir, "store", "save", "--rulebook", "dfe-guidance", "plan.yaml");

        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).contains("AGREEMENT_APPROVAL_MISSING");
        assertThat(Jar.run(dir, "store", "history", "aire-valley-stem").exit()).isEqualTo(2);
    }

    @Test
    void refuses_a_save_when_someone_else_saved_meanwhile() throws IOException {
        Files.writeString(dir.resolve("plan.yaml"), ValidateIT.firstPlan(), StandardCharsets.UTF_8);
        Jar.run(dir, "store", "save", "plan.yaml");

        Jar.Run run = Jar.run(dir, "store", "save", "--expected-version", "0", "plan.yaml");

        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).contains("holds version 1");
    }

    @Test
    void show_of_an_unknown_plan_exits_2_and_writes_no_file() {
        Jar.Run run = Jar.run(dir, "store", "show", "nobody", "-o", "out.yaml");

        assertThat(run.exit()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("concordat: store ./.concordat: no plan \"nobody\"\n");
        assertThat(dir.resolve("out.yaml")).doesNotExist();
    }
}
