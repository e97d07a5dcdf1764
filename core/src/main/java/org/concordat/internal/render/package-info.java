/**
 * The embedded report renderers: Markdown, HTML (one self-contained page with inline SVG charts),
 * CSV (RFC 4180, guarded against spreadsheet formula injection) and JSON. Not exported: adopters
 * reach them through their providers ({@code markdown}, {@code html}, {@code csv}, {@code json})
 * and {@link org.concordat.spi.Providers#rendererProvider(String)}.
 *
 * <p>Every renderer treats every text of the document as untrusted and replaces a lone UTF-16
 * surrogate (which no encoding can carry) with U+FFFD.
 */
@org.jspecify.annotations.NullMarked
package org.concordat.internal.render;
