/**
 * A Concordat report renderer for PDF: tagged (PDF/UA) A4 documents with page numbers, table
 * headings repeated on every page and an embedded font. Depends on the SPI only (never on
 * Concordat's core), plus openhtmltopdf and PDFBox.
 */
module org.concordat.pdf {
    requires transitive org.concordat.spi;
    requires java.xml;
    requires java.logging;
    // openhtmltopdf lays pages out with java.awt geometry and fonts.
    requires java.desktop;
    requires openhtmltopdf.pdfbox;
    requires openhtmltopdf.core;
    requires org.apache.pdfbox;

    exports org.concordat.pdf;

    provides org.concordat.spi.ReportRendererProvider with
            org.concordat.pdf.PdfRendererProvider;
}
