package org.concordat.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.concordat.io.Plans;
import org.concordat.plan.PartnershipPlan;
import org.concordat.report.MouReport;
import org.concordat.spi.Providers;
import org.concordat.spi.ReportRenderer;
import org.concordat.spi.report.Block;
import org.concordat.spi.report.Cell;
import org.concordat.spi.report.ReportDocument;
import org.concordat.spi.report.Section;
import org.concordat.spi.report.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a governing body gets: the MOU of the example plan as a PDF, checked with PDFBox (and with
 * poppler's {@code pdffonts} and {@code pdftoppm} when installed). Writes {@code
 * target/pdf/mou-first-plan.pdf} and a PNG of its first page for a person to look at.
 */
class PdfDocumentTest {
    private static final Path OUT = Path.of("target", "pdf");
    private static final ReportRenderer RENDERER = new PdfRendererProvider().open(Map.of());

    private static ReportDocument mou;
    private static Path mouFile;

    @BeforeAll
    static void renderTheExampleMou() throws IOException {
        Path repo = Path.of(System.getProperty("concordat.repo", "../.."));
        PartnershipPlan plan = Plans.read(repo.resolve("examples/plans/first-plan.yaml"));
        mou = MouReport.of(plan);
        Files.createDirectories(OUT);
        mouFile = OUT.resolve("mou-first-plan.pdf");
        Files.write(mouFile, render(RENDERER, mou));
    }

    private static byte[] render(ReportRenderer renderer, ReportDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(doc, out);
        return out.toByteArray();
    }

    private static String text(PDDocument pdf) throws IOException {
        return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
    }

    private static String normalised(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private static List<String> headings(List<Block> blocks) {
        List<String> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Section s) {
                out.add(s.heading());
                out.addAll(headings(s.blocks()));
            }
        }
        return out;
    }

    private static Table partiesTable() {
        return mou.blocks().stream()
                .filter(b -> b instanceof Section s && s.heading().equals(MouReport.PARTIES))
                .map(b -> (Table) ((Section) b).blocks().get(0))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void the_mou_pdf_holds_every_section_heading_and_every_party() throws IOException {
        List<String> headings = headings(mou.blocks());
        assertThat(headings).contains(MouReport.PARTIES, MouReport.APPROVALS, MouReport.SIGNATURES);
        Table parties = partiesTable();
        assertThat(parties.rows()).hasSizeGreaterThanOrEqualTo(2);
        try (PDDocument pdf = Loader.loadPDF(mouFile.toFile())) {
            String text = text(pdf);
            assertThat(text).contains(normalised(mou.title()));
            for (String heading : headings) {
                assertThat(text).as("section heading").contains(normalised(heading));
            }
            for (List<Cell> row : parties.rows()) {
                String party = normalised(row.get(0).display());
                assertThat(text).as("party").contains(party);
                // The signature block, last, has a place for each party to sign.
                assertThat(text).contains(normalised("Signed for " + party));
            }
            assertThat(text.lastIndexOf(MouReport.SIGNATURES)).isGreaterThan(text.lastIndexOf(MouReport.APPROVALS));
            assertThat(text).contains("Name of signatory", "Minute reference", MouReport.BLANK_LINE);
        }
    }

    @Test
    void every_font_is_embedded() throws IOException {
        List<String> names = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(mouFile.toFile())) {
            for (PDPage page : pdf.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    names.add(font.getName());
                    assertThat(font.isEmbedded())
                            .as("%s embedded", font.getName())
                            .isTrue();
                    if (font instanceof PDType0Font type0) {
                        assertThat(type0.getDescendantFont().isEmbedded()).isTrue();
                    }
                }
            }
        }
        assertThat(names).isNotEmpty().allSatisfy(n -> assertThat(n).contains("LiberationSans"));
    }

    @Test
    void pdffonts_agrees_that_every_font_is_embedded_when_installed() throws Exception {
        if (!onPath("pdffonts")) {
            // Reported as skipped, not as passed: nothing was checked.
            org.junit.jupiter.api.Assumptions.abort(
                    "pdffonts is not installed (Debian: poppler-utils): the PDFBox font check stands alone");
        }
        Process p = new ProcessBuilder("pdffonts", mouFile.toString())
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        List<String> rows = out.lines().skip(2).filter(l -> !l.isBlank()).toList();
        assertThat(rows).as(out).isNotEmpty();
        for (String row : rows) {
            // Columns: name type encoding emb sub uni object ID; "emb" is the 4th from the end.
            String[] cols = row.trim().split("\\s+", -1);
            assertThat(cols[cols.length - 5]).as(row).isEqualTo("yes");
        }
    }

    @Test
    void the_pdf_is_tagged_with_a_title_and_a_language() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(mouFile.toFile())) {
            var catalog = pdf.getDocumentCatalog();
            assertThat(catalog.getMarkInfo()).isNotNull();
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getStructureTreeRoot()).isNotNull();
            assertThat(catalog.getStructureTreeRoot().getKids()).isNotEmpty();
            assertThat(catalog.getLanguage()).isEqualTo("en-GB");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(mou.title());
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(catalog.getMetadata()).as("XMP metadata").isNotNull();
        }
    }

    @Test
    void pages_are_a4_and_numbered() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(mouFile.toFile())) {
            int pages = pdf.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            for (PDPage page : pdf.getPages()) {
                assertThat(page.getMediaBox().getWidth())
                        .isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1f));
                assertThat(page.getMediaBox().getHeight())
                        .isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(1f));
            }
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 1; i <= pages; i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                assertThat(stripper.getText(pdf)).contains("Page " + i + " of " + pages);
            }
        }
    }

    @Test
    void a_long_table_repeats_its_headings_on_every_page() throws IOException {
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 1; i <= 150; i++) {
            rows.add(List.of(Cell.text("School " + i), Cell.count(i), Cell.money(i * 1234L)));
        }
        ReportDocument doc = ReportDocument.builder("Long table")
                .add(Table.of(
                        "Spend by school", List.of("Institution heading", "Pupils heading", "Spend heading"), rows))
                .build();
        try (PDDocument pdf = Loader.loadPDF(render(RENDERER, doc))) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                assertThat(stripper.getText(pdf))
                        .as("page %d", i)
                        .contains("Institution heading", "Pupils heading", "Spend heading");
            }
        }
    }

    @Test
    void the_language_can_be_set_and_a_malformed_one_is_refused() throws IOException {
        ReportRenderer welsh = new PdfRendererProvider().open(Map.of(PdfRendererProvider.LANGUAGE, "cy-GB"));
        try (PDDocument pdf =
                Loader.loadPDF(render(welsh, ReportDocument.builder("Cytundeb").build()))) {
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("cy-GB");
        }
        assertThatThrownBy(() -> new PdfRendererProvider().open(Map.of(PdfRendererProvider.LANGUAGE, "not a tag")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pdf.language \"not a tag\": must be a BCP 47 language tag such as en-GB or cy-GB");
    }

    @Test
    void a_blank_title_still_gives_the_pdf_a_title() throws IOException {
        try (PDDocument pdf =
                Loader.loadPDF(render(RENDERER, ReportDocument.builder(" ").build()))) {
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Report");
        }
    }

    @Test
    void is_found_by_service_loader_under_pdf() {
        assertThat(Providers.rendererProvider("pdf")).isInstanceOf(PdfRendererProvider.class);
        assertThat(Providers.rendererFormats()).contains("pdf");
    }

    @Test
    void page_one_is_rendered_to_a_png_for_a_person_to_look_at() throws Exception {
        Path png = OUT.resolve("mou-first-plan-page-1.png");
        Files.deleteIfExists(png);
        if (onPath("pdftoppm")) {
            Process p = new ProcessBuilder(
                            "pdftoppm",
                            "-png",
                            "-r",
                            "80",
                            "-f",
                            "1",
                            "-l",
                            "1",
                            "-singlefile",
                            mouFile.toString(),
                            OUT.resolve("mou-first-plan-page-1").toString())
                    .redirectErrorStream(true)
                    .start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(out).isZero();
        } else {
            System.err.println("pdftoppm is not installed (Debian: poppler-utils): page 1 drawn by PDFBox instead");
            try (PDDocument pdf = Loader.loadPDF(mouFile.toFile())) {
                ImageIO.write(new PDFRenderer(pdf).renderImageWithDPI(0, 80), "png", png.toFile());
            }
        }
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image).isNotNull();
        // A4 at 80 dpi, portrait, with ink on it.
        assertThat(image.getHeight()).isGreaterThan(image.getWidth());
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xff) < 128 && ((rgb >> 8) & 0xff) < 128 && (rgb & 0xff) < 128) {
                    dark++;
                }
            }
        }
        assertThat(dark).as("dark pixels on page 1").isGreaterThan(1000);
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator, -1)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
