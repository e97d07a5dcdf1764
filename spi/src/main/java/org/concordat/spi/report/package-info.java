/**
 * The neutral report document that every {@link org.concordat.spi.ReportRenderer} renders: a
 * {@link org.concordat.spi.report.ReportDocument} with a title, metadata, a tree of {@link
 * org.concordat.spi.report.Block}s (sections with headings, paragraphs, bullet lists, tables of
 * typed {@link org.concordat.spi.report.Cell}s, key figures with a {@link
 * org.concordat.spi.report.RagStatus}, charts as data series) and footnotes.
 *
 * <p>Every text in a document is untrusted: it may hold markup, formulas, control characters or
 * any Unicode. Renderers must escape it for their format; the testkit's {@code
 * ReportRendererContract} throws hostile text at them. Numbers are {@link java.math.BigDecimal} or
 * {@code long}, never floating point; money is GBP in pence.
 */
package org.concordat.spi.report;
