/**
 * The {@code pdf} report renderer: {@link org.concordat.pdf.PdfRendererProvider} renders any
 * {@link org.concordat.spi.report.ReportDocument} as a tagged A4 PDF for printing, signing and
 * archiving. Found by {@link java.util.ServiceLoader} under the format name {@code pdf}; see
 * docs/backends.md.
 */
package org.concordat.pdf;
