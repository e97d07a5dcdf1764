/**
 * The embedded record stores: {@link org.concordat.internal.store.InMemoryRecordStore} for tests
 * and short-lived programs, and {@link org.concordat.internal.store.FileRecordStore}, one directory
 * on disk written so that a crash never leaves half a record. Not exported: adopters reach them
 * through their providers ({@code memory}, {@code file}) and {@link org.concordat.spi.Providers}.
 */
@org.jspecify.annotations.NullMarked
package org.concordat.internal.store;
