package org.concordat.pdf.internal;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.PageSizeUnits;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Objects;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.concordat.spi.ReportRenderer;
import org.concordat.spi.report.ReportDocument;

/**
 * Renders a report to PDF through openhtmltopdf: the report becomes an XHTML page in memory
 * ({@link Xhtml}), laid out on A4 with a print stylesheet, and written as tagged PDF (PDF/UA).
 *
 * <p>Thread-safe without locks: each call builds its own openhtmltopdf builder, renderer, font
 * resolver and PDF document, and registers the fonts with that builder only (from bytes read once,
 * see {@link Fonts}); nothing mutable is shared between calls.
 *
 * <p>Deterministic: the same report gives the same bytes. The PDF carries no creation or
 * modification time, and its file identifier (the trailer's {@code /ID}, which PDF libraries
 * otherwise derive from the clock) is a digest of the report and language.
 */
public final class PdfRenderer implements ReportRenderer {
    /** The producer named in the PDF's document information. */
    static final String PRODUCER = "Concordat (openhtmltopdf, PDFBox)";

    private static final float A4_WIDTH_MM = 210f;
    private static final float A4_HEIGHT_MM = 297f;

    static {
        RendererLog.install();
    }

    private final String language;

    /**
     * A renderer writing text in {@code language}.
     *
     * @param language a well-formed BCP 47 tag, e.g. {@code en-GB}
     */
    public PdfRenderer(String language) {
        this.language = Objects.requireNonNull(language, "language");
    }

    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public String mediaType() {
        return "application/pdf";
    }

    @Override
    public String fileExtension() {
        return "pdf";
    }

    @Override
    public void render(ReportDocument document, OutputStream out) throws IOException {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(out, "out");
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .usePdfUaAccessibility(true)
                .useDefaultPageSize(A4_WIDTH_MM, A4_HEIGHT_MM, PageSizeUnits.MM)
                .useFont(Fonts::regular, Fonts.FAMILY, 400, FontStyle.NORMAL, true)
                .useFont(Fonts::bold, Fonts.FAMILY, 700, FontStyle.NORMAL, true)
                // A report refers to nothing outside itself; refuse every URI, should one appear.
                .useExternalResourceAccessControl(
                        (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl(
                        (uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .withProducer(PRODUCER)
                .withW3cDocument(Xhtml.of(document, language), null);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            PDDocument pdf = renderer.createPDFKeepOpen();
            try {
                settle(pdf, document);
                pdf.save(out);
            } finally {
                pdf.close();
            }
        }
        out.flush();
    }

    /** Fixes what would differ between two renderings of one report, and what PDF/UA asks for. */
    private void settle(PDDocument pdf, ReportDocument document) {
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(Xhtml.title(document));
        info.setProducer(PRODUCER);
        info.setCreationDate(null);
        info.setModificationDate(null);
        pdf.getDocumentCatalog().setLanguage(language);
        PDViewerPreferences prefs = pdf.getDocumentCatalog().getViewerPreferences();
        if (prefs == null) {
            prefs = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
            pdf.getDocumentCatalog().setViewerPreferences(prefs);
        }
        prefs.setDisplayDocTitle(true);
        byte[] id = Arrays.copyOf(digest(document), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private byte[] digest(ReportDocument document) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(language.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            // Records' toString is a full, deterministic description of the report.
            sha.update(document.toString().getBytes(StandardCharsets.UTF_8));
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }
}
