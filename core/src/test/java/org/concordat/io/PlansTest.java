package org.concordat.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.concordat.plan.PartnershipPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlansTest {
    static final String MINIMAL = String.join(
            "\n",
            "schemaVersion: 1",
            "partnership:",
            "  id: p",
            "  name: Partnership",
            "  leadInstitutionId: urn-138001",
            "  period: 2025-09-01/2027-08-31",
            "institutions:",
            "  - id: urn-138001",
            "    name: School A",
            "    kind: SCHOOL",
            "    urn: \"138001\"",
            "");

    static PlanFormatException yamlError(String yaml) {
        return catchThrowableOfType(PlanFormatException.class, () -> Plans.readYaml(yaml));
    }

    @Test
    void reads_a_minimal_plan() {
        PartnershipPlan plan = Plans.readYaml(MINIMAL);
        assertThat(plan.partnership().id()).isEqualTo("p");
        assertThat(plan.institution("urn-138001")).isPresent();
    }

    @Test
    void reports_an_invalid_identifier_with_line_column_and_pointer() {
        PlanFormatException e = yamlError(MINIMAL.replace("\"138001\"", "\"12345\""));
        assertThat(e)
                .hasMessage("<yaml>:11:10 /institutions/0/urn: URN \"12345\": must be six digits, the first not 0");
        assertThat(e.line()).isEqualTo(11);
        assertThat(e.column()).isEqualTo(10);
        assertThat(e.pointer()).isEqualTo("/institutions/0/urn");
        assertThat(e.source()).isEqualTo("<yaml>");
        assertThat(e.detail()).startsWith("URN \"12345\"");
    }

    @Test
    void reports_an_unknown_field_listing_the_known_ones() {
        PlanFormatException e = yamlError(MINIMAL + "    colour: blue\n");
        assertThat(e.getMessage())
                .startsWith("<yaml>:12:13 /institutions/0/colour: ")
                .contains(" /institutions/0/colour: unknown field \"colour\"; expected one of [ageRange,");
    }

    @Test
    void escapes_the_pointer_of_an_odd_field_name() {
        assertThat(yamlError(MINIMAL + "    a/b~c: 1\n").pointer()).isEqualTo("/institutions/0/a~1b~0c");
    }

    @Test
    void reports_a_value_of_the_wrong_type() {
        PlanFormatException e = yamlError(MINIMAL.replace("kind: SCHOOL", "kind: SCOOL"));
        assertThat(e.pointer()).isEqualTo("/institutions/0/kind");
        assertThat(e.line()).isEqualTo(10);
        assertThat(e.detail())
                .isEqualTo("kind \"SCOOL\": expected one of SCHOOL, COLLEGE, SIXTH_FORM_COLLEGE, ACADEMY_TRUST,"
                        + " LOCAL_AUTHORITY, UNIVERSITY, EMPLOYER, CHARITY, OTHER");

        PlanFormatException list = yamlError(MINIMAL.replace("  id: p\n", "  id: [p]\n"));
        assertThat(list.pointer()).isEqualTo("/partnership/id");
        assertThat(list.line()).isEqualTo(3);
        assertThat(list.detail()).isEqualTo("expected text, found a list");
        PlanFormatException roles = yamlError(MINIMAL + "people:\n  - id: p1\n    name: P\n    roles: CHAMPION\n");
        assertThat(roles.pointer()).isEqualTo("/people/0/roles");
        assertThat(roles.detail()).isEqualTo("expected a list, found text");
        PlanFormatException quoted = yamlError(MINIMAL.replace("  period:", "  members: {a: 1}\n  period:"));
        assertThat(quoted.detail()).isEqualTo("expected a list, found an object");
    }

    @Test
    void reports_a_missing_required_field_at_its_object() {
        PlanFormatException e = yamlError(MINIMAL.replace("    name: School A\n", ""));
        assertThat(e.pointer()).isEqualTo("/institutions/0");
        assertThat(e.detail()).isEqualTo("missing required field: name");
    }

    @Test
    void reports_a_value_the_domain_refuses_at_its_object() {
        PlanFormatException e =
                yamlError(MINIMAL.replace("  period:", "  deputyLeadInstitutionId: urn-138001\n  period:"));
        assertThat(e.pointer()).isEqualTo("/partnership");
        assertThat(e.detail())
                .isEqualTo(
                        "partnership.deputyLeadInstitutionId \"urn-138001\": the deputy lead must differ from the lead");

        PlanFormatException period = yamlError(MINIMAL.replace("2025-09-01/2027-08-31", "2027-09-01/2025-08-31"));
        assertThat(period.pointer()).isEqualTo("/partnership/period");
        assertThat(period.line()).isEqualTo(6);
    }

    @Test
    void refuses_a_missing_or_other_schema_version() {
        PlanFormatException missing = yamlError(MINIMAL.replace("schemaVersion: 1\n", ""));
        assertThat(missing).hasMessage("<yaml>:1:1 /: missing field \"schemaVersion\"; expected schemaVersion: 1");

        PlanFormatException two = yamlError(MINIMAL.replace("schemaVersion: 1", "schemaVersion: 2"));
        assertThat(two.getMessage())
                .startsWith(
                        "<yaml>:1:16 /schemaVersion: schemaVersion \"2\": this version of Concordat reads schema version 1");

        assertThat(yamlError(MINIMAL.replace("schemaVersion: 1", "schemaVersion: \"1\""))
                        .pointer())
                .isEqualTo("/schemaVersion");
        assertThat(yamlError(MINIMAL.replace("schemaVersion: 1", "schemaVersion: {v: 1}"))
                        .pointer())
                .isEqualTo("/schemaVersion");
    }

    @Test
    void a_schema_version_below_the_top_level_is_an_unknown_field() {
        PlanFormatException e = yamlError(MINIMAL.replace("  id: p\n", "  id: p\n  schemaVersion: 1\n"));
        assertThat(e.pointer()).isEqualTo("/partnership/schemaVersion");
        assertThat(e.detail()).startsWith("unknown field \"schemaVersion\"");
    }

    @Test
    void reports_malformed_yaml_and_json_with_a_location() {
        PlanFormatException list = yamlError(MINIMAL + "  - [unclosed\n");
        assertThat(list.line()).isEqualTo(12);
        assertThat(list.detail()).isEqualTo("expected an object, found a list");

        PlanFormatException tab = yamlError(MINIMAL + "\tbad: tab\n");
        assertThat(tab.line()).isEqualTo(12);
        assertThat(tab.column()).isEqualTo(1);
        assertThat(tab.detail()).doesNotContain("\n").startsWith("while scanning for the next token; found character");

        PlanFormatException json = catchThrowableOfType(
                PlanFormatException.class, () -> Plans.readJson("{\"schemaVersion\": 1,\n \"partnership\": {"));
        assertThat(json.source()).isEqualTo("<json>");
        assertThat(json.line()).isEqualTo(2);
        assertThat(json.detail()).doesNotContain("Source").contains("line 2, column 17");
    }

    @Test
    void refuses_an_empty_document_duplicate_keys_and_trailing_content() {
        assertThatThrownBy(() -> Plans.readYaml("")).isInstanceOf(PlanFormatException.class);
        assertThatThrownBy(() -> Plans.readJson("  ")).isInstanceOf(PlanFormatException.class);
        assertThatThrownBy(() -> Plans.readJson("[]")).isInstanceOf(PlanFormatException.class);
        PlanFormatException dup = yamlError(MINIMAL + "schemaVersion: 1\n");
        assertThat(dup.detail()).contains("schemaVersion");
        String json = Plans.toJson(Plans.readYaml(MINIMAL));
        assertThatThrownBy(() -> Plans.readJson(json + " {}")).isInstanceOf(PlanFormatException.class);
    }

    @Test
    void refuses_a_number_in_quotes_and_a_fraction_for_a_count() {
        String withOutput = MINIMAL
                + String.join(
                        "\n",
                        "activities:",
                        "  - id: A1",
                        "    title: Launch",
                        "    type: CONFERENCE",
                        "    schedule: 2025-10-02",
                        "    plannedOutputs:",
                        "      - description: teachers",
                        "        count: 2.5",
                        "");
        assertThat(Plans.readYaml(withOutput.replace("2.5", "25")).activities()).hasSize(1);
        assertThat(yamlError(withOutput).pointer()).isEqualTo("/activities/0/plannedOutputs/0/count");
        assertThat(yamlError(withOutput.replace("2.5", "\"25\"")).pointer())
                .isEqualTo("/activities/0/plannedOutputs/0/count");
        assertThat(yamlError(withOutput.replace("2025-10-02", "next week")).detail())
                .startsWith("schedule \"next week\"");
    }

    @Test
    void writes_deterministically_with_the_schema_version_first() {
        PartnershipPlan plan = Plans.read(FirstPlanExampleTest.EXAMPLE);
        String yaml = Plans.toYaml(plan);
        assertThat(yaml).startsWith("schemaVersion: 1\npartnership:\n  id: aire-valley-stem\n");
        assertThat(Plans.toYaml(Plans.readYaml(yaml))).isEqualTo(yaml);
        String json = Plans.toJson(plan);
        assertThat(json).startsWith("{\n  \"schemaVersion\" : 1,");
        assertThat(Plans.toJson(Plans.readJson(json))).isEqualTo(json);
    }

    @Test
    void keeps_set_order_and_line_separator_characters_through_round_trips() {
        // Found by PlanCodecPropertiesTest: sets came back in hash order, and an unquoted
        // next-line character (U+0085) was read back as a line break.
        String yaml = MINIMAL
                + String.join(
                        "\n",
                        "objectives:",
                        "  - id: O1",
                        "    title: \"a\\u0085b\\u2028c\"",
                        "    pupilGroups: [SEX=M, FSM_ELIGIBLE=N, all]",
                        "");
        PartnershipPlan plan = Plans.readYaml(yaml);
        assertThat(plan.objectives().get(0).title()).isEqualTo("a\u0085b\u2028c");
        assertThat(plan.objectives().get(0).pupilGroups())
                .extracting(Object::toString)
                .containsExactly("SEX=M", "FSM_ELIGIBLE=N", "all");
        String written = Plans.toYaml(plan);
        assertThat(Plans.readYaml(written)).isEqualTo(plan);
        assertThat(Plans.toYaml(Plans.readYaml(written))).isEqualTo(written);
        String json = Plans.toJson(plan);
        assertThat(Plans.toJson(Plans.readJson(json))).isEqualTo(json);
    }

    @Test
    void reads_and_writes_files_by_extension(@TempDir Path dir) throws IOException {
        PartnershipPlan plan = Plans.read(FirstPlanExampleTest.EXAMPLE);
        for (String name : new String[] {"plan.json", "plan.yaml", "plan.YML"}) {
            Path file = dir.resolve(name);
            Plans.write(plan, file);
            Plans.write(plan, file); // over an existing file
            assertThat(Plans.read(file)).isEqualTo(plan);
        }
        assertThat(Files.readString(dir.resolve("plan.json"))).startsWith("{");
        assertThat(Files.readString(dir.resolve("plan.yaml"))).startsWith("schemaVersion: 1");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("plan.json", "plan.yaml", "plan.YML");
        }
    }

    @Test
    void names_the_file_in_errors(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("broken.yaml");
        Files.writeString(file, MINIMAL.replace("\"138001\"", "\"12345\""));
        assertThatThrownBy(() -> Plans.read(file))
                .isInstanceOf(PlanFormatException.class)
                .hasMessageStartingWith("broken.yaml:11:10 /institutions/0/urn: ");
        assertThatThrownBy(() -> Plans.read(dir.resolve("missing.yaml")))
                .isInstanceOf(UncheckedIOException.class)
                .isNotInstanceOf(PlanFormatException.class)
                .hasMessageContaining("missing.yaml");
    }

    @Test
    void refuses_other_extensions_naming_the_file(@TempDir Path dir) {
        PartnershipPlan plan = Plans.readYaml(MINIMAL);
        assertThatThrownBy(() -> Plans.write(plan, dir.resolve("plan.txt")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("plan.txt")
                .hasMessageContaining(".json, .yaml or .yml");
        assertThatThrownBy(() -> Plans.read(Path.of("plan"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_failed_write_leaves_no_file_behind(@TempDir Path dir) throws IOException {
        PartnershipPlan plan = Plans.readYaml(MINIMAL);
        Path target = dir.resolve("plan.yaml");
        Files.createDirectory(target); // a directory cannot be replaced by a file
        assertThatThrownBy(() -> Plans.write(plan, target)).isInstanceOf(UncheckedIOException.class);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
        assertThatThrownBy(() -> Plans.write(plan, dir.resolve("no/such/dir/plan.yaml")))
                .isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void reads_and_writes_streams() {
        PartnershipPlan plan = Plans.readYaml(MINIMAL);
        for (PlanFormat format : PlanFormat.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Plans.write(plan, out, format);
            byte[] bytes = out.toByteArray();
            assertThat(Plans.read(new ByteArrayInputStream(bytes), format)).isEqualTo(plan);
        }
        assertThatThrownBy(() -> Plans.read(
                        new ByteArrayInputStream("schemaVersion: 3".getBytes(StandardCharsets.UTF_8)), PlanFormat.YAML))
                .isInstanceOf(PlanFormatException.class);
    }
}
