/**
 * A complete record store over JDBC, as an adopter would write one for their own database: {@link
 * org.concordat.examples.jdbc.JdbcRecordStore} (tested with H2 in memory against the testkit's
 * whole {@code RecordStoreContract}) and its provider, {@code jdbc-example}. It shows optimistic
 * concurrency from a primary key, several records appended in one transaction, point-in-time reads
 * in SQL, erasure with a trace, SQL failures mapped to {@link
 * org.concordat.spi.RetryableStoreException}, and joining the host application's transaction
 * ({@link org.concordat.examples.jdbc.JdbcRecordStore#joining}).
 */
@NullMarked
package org.concordat.examples.jdbc;

import org.jspecify.annotations.NullMarked;
