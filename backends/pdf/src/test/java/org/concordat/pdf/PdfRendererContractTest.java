package org.concordat.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.concordat.spi.ReportRenderer;
import org.concordat.spi.report.ReportDocument;
import org.concordat.testkit.contract.ReportRendererContract;

/**
 * The testkit's renderer contract run against the PDF renderer: every generated, hostile and empty
 * document renders to a PDF that PDFBox opens, with the same bytes every time, from eight threads
 * at once.
 */
class PdfRendererContractTest extends ReportRendererContract {
    private static final ReportRenderer RENDERER = new PdfRendererProvider().open(Map.of());

    @Override
    protected ReportRenderer renderer() {
        return RENDERER;
    }

    @Override
    protected boolean isUtf8Text() {
        return false;
    }

    @Override
    protected void assertWellFormed(byte[] output, ReportDocument document) {
        assertThat(new String(output, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        try (PDDocument pdf = Loader.loadPDF(output)) {
            assertThat(pdf.getNumberOfPages()).isPositive();
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(pdf.getDocumentInformation().getTitle()).isNotBlank();
            // The title is the first text of the first page, unless it is blank.
            if (!document.title().isBlank() && document.title().chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
                String text = new PDFTextStripper().getText(pdf);
                assertThat(text.replaceAll("\\s+", ""))
                        .contains(document.title().replaceAll("\\s+", ""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("PDFBox cannot read the PDF", e);
        }
    }
}
