/**
 * An example backend: a notifier that drops each notification as a text file into an outbox
 * directory, found through {@link java.util.ServiceLoader} like any backend. It depends on the SPI
 * only; docs/spi.md walks through writing one.
 */
@org.jspecify.annotations.NullMarked
package org.concordat.examples.outbox;
