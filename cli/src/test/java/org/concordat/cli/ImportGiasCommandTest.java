package org.concordat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.concordat.io.Plans;
import org.concordat.plan.PartnershipPlan;
import org.concordat.rules.Codes;
import org.concordat.rules.Rulebooks;
import org.concordat.rules.ValidationSettings;
import org.concordat.school.Institution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code concordat import gias}, run in-process on the example plan and example extract. */
class ImportGiasCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

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

    private Path extract() throws IOException {
        return Files.copy(
                Jar.repository().resolve("examples/gias/edubasealldata-example.csv"), dir.resolve("gias.csv"));
    }

    private Path plan() throws IOException {
        return Files.copy(Jar.repository().resolve("examples/plans/first-plan.yaml"), dir.resolve("plan.yaml"));
    }

    private static Institution institution(PartnershipPlan plan, String id) {
        return plan.institutions().stream()
                .filter(i -> i.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void a_dry_run_reports_every_difference_as_json_and_writes_nothing() throws IOException {
        Path gias = extract();
        Path plan = plan();
        byte[] before = Files.readAllBytes(plan);

        int exit = run("import", "gias", gias.toString(), "--plan", plan.toString(), "--dry-run", "--format", "json");

        // The extract has one unreadable row (a five-digit URN): exit 1, the rest still imported.
        assertThat(exit).as(err()).isEqualTo(1);
        assertThat(Files.readAllBytes(plan)).isEqualTo(before);
        assertThat(err()).contains(gias + ":7: URN \"13800\": URN \"13800\": must be six digits, the first not 0");
        JsonNode report = JSON.readTree(out());
        assertThat(report).hasSize(5);
        for (JsonNode e : report) {
            List<String> names = new ArrayList<>();
            e.fieldNames().forEachRemaining(names::add);
            assertThat(names).containsExactly("urn", "id", "name", "status", "line", "changes", "problems");
        }
        JsonNode closed = report.get(1);
        assertThat(closed.get("urn").asText()).isEqualTo("138002");
        assertThat(closed.get("status").asText()).isEqualTo("Closed");
        assertThat(closed.get("changes").toString())
                .isEqualTo("[{\"field\":\"closeDate\",\"from\":null,\"to\":\"2025-08-31\"},"
                        + "{\"field\":\"closeReason\",\"from\":null,\"to\":\"Academy converter\"}]");
        JsonNode renamed = report.get(2);
        assertThat(renamed.get("name").asText()).isEqualTo("Horsforth Grange Academy");
        assertThat(renamed.get("changes").toString())
                .isEqualTo("[{\"field\":\"name\",\"from\":\"Horsforth Grange School\",\"to\":\"Horsforth Grange"
                        + " Academy\"}]");
        assertThat(report.get(0).get("changes")).isEmpty();
        assertThat(report.get(4).get("changes")).isEmpty();
        assertThat(report.get(4).get("problems")).isEmpty();
    }

    @Test
    void without_dry_run_the_plan_is_rewritten_and_the_closure_is_then_an_error() throws IOException {
        Path gias = extract();
        Path plan = plan();

        int exit = run("import", "gias", gias.toString(), "--plan", plan.toString());

        assertThat(exit).as(err()).isEqualTo(1);
        assertThat(out())
                .contains("138002 Bramley Vale High School (urn-138002): Closed\n"
                        + "  closeDate: (none) -> 2025-08-31\n"
                        + "  closeReason: (none) -> Academy converter\n")
                .contains("138003 Horsforth Grange Academy (urn-138003): Open\n"
                        + "  name: Horsforth Grange School -> Horsforth Grange Academy\n")
                .contains("138001 Kirkstall Park Academy (urn-138001): Open, unchanged\n")
                .endsWith("5 institutions checked, 2 changed; plan rewritten\n");
        PartnershipPlan updated = Plans.read(plan);
        assertThat(institution(updated, "urn-138003").name()).isEqualTo("Horsforth Grange Academy");
        assertThat(institution(updated, "urn-138002").closeDate()).contains(LocalDate.of(2025, 8, 31));
        assertThat(Rulebooks.dfeGuidance()
                        .validate(updated, ValidationSettings.asOf(LocalDate.of(2025, 9, 1)))
                        .withCode(Codes.INSTITUTION_CLOSED))
                .singleElement()
                .satisfies(v -> assertThat(v.path()).isEqualTo("/partnership/members/1"));
    }

    @Test
    void urns_are_printed_as_plan_institutions_in_yaml() throws IOException {
        Path gias = extract();

        int exit = run("import", "gias", gias.toString(), "--urn", "138005,138001");

        assertThat(exit).as(err()).isEqualTo(1); // the extract's bad row
        assertThat(out())
                .startsWith("institutions:\n")
                .contains("- id: urn-138001\n    name: Kirkstall Park Academy\n    kind: SCHOOL\n")
                .contains("    localAuthority: Bradford\n");
        assertThat(out().indexOf("urn-138001")).isLessThan(out().indexOf("urn-138005"));
    }

    @Test
    void a_clean_extract_exits_0_and_an_unknown_urn_exits_1() throws IOException {
        Path gias = dir.resolve("clean.csv");
        List<String> lines = Files.readAllLines(extract(), java.nio.charset.Charset.forName("windows-1252"));
        Files.write(gias, lines.subList(0, 6), java.nio.charset.Charset.forName("windows-1252"));

        assertThat(run("import", "gias", gias.toString(), "--urn", "138001", "--format", "json"))
                .as(err())
                .isZero();
        assertThat(JSON.readTree(out()).get("institutions").get(0).get("urn").asText())
                .isEqualTo("138001");
        out.reset();
        assertThat(run("import", "gias", gias.toString(), "--urn", "100000")).isEqualTo(1);
        assertThat(err()).contains("URN 100000: not found");
    }

    @Test
    void an_unreadable_file_exits_2_and_writes_nothing() throws IOException {
        Path plan = plan();
        byte[] before = Files.readAllBytes(plan);
        Path gias = Files.write(dir.resolve("bad.csv"), "Name\r\nx\r\n".getBytes(StandardCharsets.US_ASCII));
        Path report = dir.resolve("report.json");

        int exit = run("import", "gias", gias.toString(), "--plan", plan.toString(), "-o", report.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err()).startsWith("concordat: " + gias + ":1: no column \"URN\" in the header");
        assertThat(Files.readAllBytes(plan)).isEqualTo(before);
        assertThat(report).doesNotExist();
    }

    @Test
    void a_utf_8_extract_read_as_windows_1252_is_refused_when_told_utf_8_on_a_cp1252_byte() throws IOException {
        Path gias = Files.write(
                dir.resolve("cp1252.csv"),
                "URN,EstablishmentName,EstablishmentStatus (code)\r\n126416,St Thomas \u00e0 Becket,1\r\n"
                        .getBytes(java.nio.charset.Charset.forName("windows-1252")));

        assertThat(run("import", "gias", gias.toString(), "--encoding", "utf-8"))
                .isEqualTo(2);
        assertThat(err()).contains(":2: bytes 0xE0 are not text in UTF-8");
        err.reset();
        assertThat(run("import", "gias", gias.toString())).isZero();
        assertThat(out()).isEqualTo(gias + ": 1 establishments read, 0 rows with problems\n");
    }
}
