/**
 * Concordat's backend contracts: a versioned, append-only {@link org.concordat.spi.RecordStore},
 * a {@link org.concordat.spi.Notifier} and {@link org.concordat.spi.ReportRenderer}s, each with a
 * provider interface found through {@link java.util.ServiceLoader} and chosen by {@link
 * org.concordat.spi.Providers}.
 *
 * <p>The types here depend on the JDK only and know nothing of partnerships, so a backend written
 * today keeps working while the domain grows. No method accepts or returns {@code null}: absent
 * single values are {@link java.util.Optional}, absent collections are empty, and every factory
 * refuses {@code null} with a {@link java.lang.NullPointerException} naming the argument. See
 * {@code docs/spi.md} for the compatibility promise tied to {@link org.concordat.spi.SpiVersion}.
 */
package org.concordat.spi;
