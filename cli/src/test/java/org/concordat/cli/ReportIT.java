package org.concordat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code concordat report}, run from the built jar: HTML and PDF written whole, nothing written on
 * failure.
 */
class ReportIT {
    @TempDir
    Path dir;

    @Test
    void writes_the_action_plan_as_one_html_page_and_nothing_on_standard_output() throws IOException {
        Files.writeString(dir.resolve("plan.yaml"), ValidateIT.firstPlan(), StandardCharsets.UTF_8);

        Jar.Run run = Jar.run(dir, "report", "plan.yaml", "--kind", "plan", "--format", "html", "-o", "out/plan.html");

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).isEmpty();
        String html = Files.readString(dir.resolve("out/plan.html"), StandardCharsets.UTF_8);
        assertThat(html)
                .startsWith("<!DOCTYPE html>")
                .contains("Aire Valley STEM Partnership")
                .endsWith("</html>\n");
        assertThat(dir.resolve(".concordat")).doesNotExist();
    }

    @Test
    void writes_the_mou_as_a_tagged_pdf_with_the_bundled_backend() throws IOException {
        Files.writeString(dir.resolve("plan.yaml"), ValidateIT.firstPlan(), StandardCharsets.UTF_8);

        Jar.Run run = Jar.run(dir, "report", "plan.yaml", "--kind", "mou", "--format", "pdf", "-o", "mou.pdf");

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).isEmpty();
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("mou.pdf").toFile())) {
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(pdf.getDocumentInformation().getTitle()).contains("Aire Valley STEM Partnership");
            assertThat(new PDFTextStripper().getText(pdf)).contains("Signatures", "Signed for Kirkstall Park Academy");
        }
    }

    @ParameterizedTest
    @CsvSource({"mou,md,Memorandum of understanding", "plan,csv,Champion meeting", "newsletter,json,\"title\""})
    void renders_every_kind_in_every_format_to_standard_output(String kind, String format, String expected)
            throws IOException {
        Files.writeString(dir.resolve("plan.yaml"), ValidateIT.firstPlan(), StandardCharsets.UTF_8);

        Jar.Run run =
                Jar.run(dir, "report", "plan.yaml", "--kind", kind, "--format", format, "--term", "2025/26 autumn");

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).contains(expected);
    }

    @Test
    void writes_nothing_and_keeps_an_existing_report_when_the_plan_is_bad() throws IOException {
        Files.writeString(
                dir.resolve("plan.yaml"),
                ValidateIT.firstPlan().replace("urn: \"138003\"", "urn: \"13800\""),
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("old.html"), "the report from last week", StandardCharsets.UTF_8);

        Jar.Run fresh = Jar.run(dir, "report", "plan.yaml", "--kind", "mou", "-o", "new.html");
        Jar.Run replace = Jar.run(dir, "report", "plan.yaml", "--kind", "mou", "-o", "old.html");

        assertThat(fresh.exit()).as(fresh.toString()).isEqualTo(2);
        assertThat(fresh.err().lines()).hasSize(1);
        assertThat(fresh.out()).isEmpty();
        assertThat(dir.resolve("new.html")).doesNotExist();
        assertThat(replace.exit()).isEqualTo(2);
        assertThat(Files.readString(dir.resolve("old.html"), StandardCharsets.UTF_8))
                .isEqualTo("the report from last week");
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("plan.yaml", "old.html");
        }
    }

    @Test
    void writes_nothing_when_the_observations_are_bad() throws IOException {
        Files.writeString(dir.resolve("plan.yaml"), ValidateIT.firstPlan(), StandardCharsets.UTF_8);
        Files.writeString(
                dir.resolve("obs.csv"),
                "measure_id,institution_id,period,group,value,n,source\nM1,,2025-09-01/2026-08-31,all,lots,120,x\n",
                StandardCharsets.UTF_8);

        Jar.Run run = Jar.run(
                dir, "report", "plan.yaml", "--kind", "evaluation", "--observations", "obs.csv", "-o", "ev.html");

        assertThat(run.exit()).as(run.toString()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo(
                        "concordat: obs.csv:2: column \"value\": value \"lots\": must be a decimal number, e.g. 34.5\n");
        assertThat(dir.resolve("ev.html")).doesNotExist();
    }
}
