package org.concordat.spi;

import java.io.IOException;
import java.io.OutputStream;
import org.concordat.spi.report.ReportDocument;

/**
 * Renders a {@link ReportDocument} to one format (Markdown, HTML, CSV, JSON, PDF, …). Must be safe
 * for use by many threads at once and must render every well-formed document: every text in it is
 * untrusted and must be escaped for the format. Run the testkit's {@code ReportRendererContract}
 * to prove an implementation keeps these promises.
 */
public interface ReportRenderer {
    /** The format's short name, lowercase, e.g. {@code html}; also the provider's name. */
    String format();

    /** The IANA media type of the output, e.g. {@code text/html; charset=UTF-8}. */
    String mediaType();

    /** The usual file extension, without the dot, e.g. {@code html}. */
    String fileExtension();

    /**
     * Writes the document to {@code out} and flushes it; never closes it.
     *
     * @throws IOException when writing to {@code out} fails
     */
    void render(ReportDocument document, OutputStream out) throws IOException;
}
