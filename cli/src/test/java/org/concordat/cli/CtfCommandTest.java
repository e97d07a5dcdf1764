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
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.concordat.evaluation.pupils.PupilCsv;
import org.concordat.evaluation.pupils.PupilRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code concordat key new} and {@code concordat import ctf}, run in-process on the synthetic CTF
 * files of core's tests; the output is then read by {@code evaluate --pupils}.
 */
class CtfCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] UPNS = {
        "B801200005001",
        "H801200001001",
        "A801200005001",
        "L820200114001",
        "A820200114002",
        "P820200114003",
        "T820200114005",
        "G820200114006",
        "H820400115001"
    };
    private static final String[] NAMES = {
        "QUARTERMAINE", "ZINNIA", "WINTERBOTTOM", "OYELARAN", "NAKAGAWA", "2013-11-20"
    };

    @TempDir
    Path dir;

    private ByteArrayOutputStream out;
    private ByteArrayOutputStream err;
    private Path key;

    @BeforeEach
    void key() {
        key = dir.resolve("partnership.key");
        assertThat(run("key", "new", key.toString())).as(err()).isZero();
    }

    private int run(String... args) {
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
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

    private Path ctf(String name) throws IOException {
        return Files.copy(
                Jar.repository().resolve("core/src/test/resources/org/concordat/ctf/" + name), dir.resolve(name));
    }

    private void assertNoPupilData(String... texts) {
        for (String t : texts) {
            for (String secret : UPNS) {
                assertThat(t).doesNotContain(secret);
            }
            for (String secret : NAMES) {
                assertThat(t).doesNotContain(secret);
            }
        }
    }

    @Test
    void key_new_writes_32_bytes_readable_by_the_owner_only_and_never_prints_them() throws IOException {
        byte[] bytes = Files.readAllBytes(key);
        assertThat(bytes).hasSize(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key)))
                .isEqualTo("rw-------");

        Path second = dir.resolve("second.key");
        assertThat(run("key", "new", second.toString())).isZero();
        assertThat(out()).contains("wrote a new pupil key to " + second);
        byte[] secondBytes = Files.readAllBytes(second);
        assertThat(secondBytes).isNotEqualTo(bytes);
        String printed = out() + err();
        assertThat(printed).doesNotContain(new String(secondBytes, StandardCharsets.ISO_8859_1));
        assertThat(printed)
                .doesNotContain(java.util.HexFormat.of().formatHex(secondBytes))
                .doesNotContain(java.util.Base64.getEncoder().encodeToString(secondBytes));
    }

    @Test
    void key_new_refuses_to_overwrite_a_file() throws IOException {
        byte[] before = Files.readAllBytes(key);

        assertThat(run("key", "new", key.toString())).isEqualTo(2);

        assertThat(err())
                .isEqualTo("concordat: " + key + ": exists: a key file is never overwritten (pseudonyms made"
                        + " with it would be lost)\n");
        assertThat(Files.readAllBytes(key)).isEqualTo(before);
    }

    @Test
    void imports_three_schools_into_one_pupil_file_that_evaluate_reads() throws IOException {
        Path a = ctf("ctf25-urn138001.xml");
        Path b = ctf("ctf19-urn138002-gender.xml");
        Path c = ctf("ctf24-laestab-namespaced.xml");
        Path pupils = dir.resolve("pupils.csv");

        int exit = run(
                "import",
                "ctf",
                a.toString(),
                b.toString(),
                c.toString(),
                "--key-file",
                key.toString(),
                "--census-date",
                "2025-01-16",
                "--outcome",
                "M1=KS2/MAT/MTC/MT",
                "--outcome",
                "ks2_reading=KS2/ENG/RD/SS",
                "-o",
                pupils.toString());

        // One pupil has a wrong check letter: exit 1, reported by file and line, the rest written.
        assertThat(exit).as(err()).isEqualTo(1);
        assertThat(err()).isEqualTo(a + ":84: UPN: not a valid UPN: wrong check letter\n");
        assertThat(out())
                .isEqualTo(a + ": CTF 25, urn-138001, 2024/25: 5 pupils read, 1 left out\n"
                        + b + ": CTF 19, urn-138002, 2024/25: 2 pupils read, 0 left out\n"
                        + c + ": CTF 24, laestab-8204003, 2024/25: 1 pupils read, 0 left out\n"
                        + "8 pupils from 3 files; 1 left out; written to " + pupils + "\n");
        List<String> lines = Files.readAllLines(pupils);
        assertThat(lines).hasSize(9);
        assertThat(lines.get(0))
                .isEqualTo("pupil_id,institution_id,academic_year,year_group,fsm_eligible,disadvantaged,sen_provision,"
                        + "eal,sex,ethnicity_group,outcome:M1,outcome:ks2_reading");
        assertThat(lines.get(1)).matches("[a-z2-7]{16},urn-138001,2024/25,Y6,N,Y,K,N,F,WHIT,21,104");
        assertThat(lines.get(6)).matches("[a-z2-7]{16},urn-138002,2024/25,Y6,N,N,K,Y,M,WHIT,18,");
        assertThat(lines.get(8)).matches("[a-z2-7]{16},laestab-8204003,2024/25,Y7,,,,,M,,,");
        try (Stream<PupilRecord> records = PupilCsv.read(pupils)) {
            assertThat(records.collect(Collectors.toList())).hasSize(8);
        }
        assertNoPupilData(out(), err(), Files.readString(pupils));

        // The same key gives the same pseudonyms on a second run.
        Path again = dir.resolve("again.csv");
        run(
                "import",
                "ctf",
                a.toString(),
                b.toString(),
                c.toString(),
                "--key-file",
                key.toString(),
                "--census-date",
                "2025-01-16",
                "--outcome",
                "M1=KS2/MAT/MTC/MT",
                "--outcome",
                "ks2_reading=KS2/ENG/RD/SS",
                "-o",
                again.toString());
        assertThat(Files.readAllLines(again)).isEqualTo(lines);

        // evaluate --pupils reads the file: no row refused, findings for M1 per school and year.
        Files.copy(Jar.repository().resolve("examples/plans/first-plan.yaml"), dir.resolve("plan.yaml"));
        int evaluated =
                run("evaluate", dir.resolve("plan.yaml").toString(), "--pupils", pupils.toString(), "--format", "json");
        assertThat(evaluated).as(err()).isIn(0, 1);
        assertThat(err()).doesNotContain("pupils.csv");
        JsonNode findings = JSON.readTree(out());
        assertThat(findings.toString()).contains("\"M1\"").contains("urn-138001");
        assertNoPupilData(out(), err());
        for (String line : lines.subList(1, lines.size())) {
            assertThat(out()).doesNotContain(line.substring(0, 16));
        }
    }

    @Test
    void a_pupil_in_two_files_is_left_out_everywhere_and_named_by_file_and_line() throws IOException {
        Path b = ctf("ctf19-urn138002-gender.xml");
        Path copy = Files.copy(b, dir.resolve("copy.xml"));
        Path pupils = dir.resolve("pupils.csv");

        int exit = run(
                "import",
                "ctf",
                b.toString(),
                copy.toString(),
                "--key-file",
                key.toString(),
                "--census-date",
                "2025-01-16",
                "-o",
                pupils.toString(),
                "--format",
                "json");

        assertThat(exit).isEqualTo(1);
        assertThat(err())
                .isEqualTo(b + ":17: UPN: the same pupil appears again in 2024/25 at " + copy
                        + ":17; every appearance is left out\n"
                        + b + ":41: UPN: the same pupil appears again in 2024/25 at " + copy
                        + ":41; every appearance is left out\n"
                        + copy + ":17: UPN: the same pupil appears again in 2024/25 at " + b
                        + ":17; every appearance is left out\n"
                        + copy + ":41: UPN: the same pupil appears again in 2024/25 at " + b
                        + ":41; every appearance is left out\n");
        JsonNode report = JSON.readTree(out());
        assertThat(report.get("pupils").asInt()).isZero();
        assertThat(report.get("problems")).hasSize(4);
        assertThat(report.get("files").get(0).get("leftOut").asInt()).isEqualTo(2);
        assertThat(report.get("written").asText()).isEqualTo(pupils.toString());
        assertThat(Files.readAllLines(pupils)).hasSize(1);
    }

    @Test
    void a_dry_run_reports_and_writes_nothing() throws IOException {
        Path a = ctf("ctf25-urn138001.xml");
        Path pupils = dir.resolve("pupils.csv");

        int exit =
                run("import", "ctf", a.toString(), "--key-file", key.toString(), "-o", pupils.toString(), "--dry-run");

        assertThat(exit).isEqualTo(1);
        assertThat(pupils).doesNotExist();
        assertThat(out()).endsWith("5 pupils from 1 files; 1 left out; dry run: nothing written\n");
    }

    @Test
    void without_o_the_csv_goes_to_standard_output_and_the_report_to_standard_error() throws IOException {
        Path b = ctf("ctf19-urn138002-gender.xml");

        int exit = run("import", "ctf", b.toString(), "--key-file", key.toString());

        assertThat(exit).as(err()).isZero();
        assertThat(out()).startsWith("pupil_id,institution_id,").hasLineCount(3);
        assertThat(err()).endsWith("2 pupils from 1 files; 0 left out; written to standard output\n");
    }

    @Test
    void a_file_with_a_doctype_is_refused_and_nothing_is_written() throws IOException {
        Path a = ctf("ctf25-urn138001.xml");
        Path hostile = ctf("ctf-external-entity.xml");
        Path pupils = dir.resolve("pupils.csv");

        int exit = run(
                "import",
                "ctf",
                a.toString(),
                hostile.toString(),
                "--key-file",
                key.toString(),
                "-o",
                pupils.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err())
                .startsWith("concordat: " + hostile + ":4:")
                .contains("a DOCTYPE is refused")
                .endsWith("(nothing written)\n");
        assertThat(err()).doesNotContain("root:");
        assertThat(pupils).doesNotExist();
    }

    @Test
    void an_unreadable_key_or_rule_is_a_usage_error() throws IOException {
        Path a = ctf("ctf25-urn138001.xml");
        Path shortKey = Files.write(dir.resolve("short.key"), new byte[8]);

        assertThat(run("import", "ctf", a.toString(), "--key-file", shortKey.toString()))
                .isEqualTo(2);
        assertThat(err()).contains("short.key: 8 bytes: not a pupil key");

        assertThat(run(
                        "import",
                        "ctf",
                        a.toString(),
                        "--key-file",
                        dir.resolve("none.key").toString()))
                .isEqualTo(2);
        assertThat(err()).contains("none.key: cannot read: no such file");

        assertThat(run("import", "ctf", a.toString(), "--key-file", key.toString(), "--outcome", "M1=KS2/MAT"))
                .isEqualTo(2);
        assertThat(err())
                .contains("--outcome: outcome rule \"M1=KS2/MAT\": expected MEASURE=STAGE/SUBJECT/COMPONENT/QUALIFIER");
        assertThat(out()).isEmpty();
    }
}
