/**
 * A Concordat record store on PostgreSQL: {@link org.concordat.postgres.PostgresRecordStoreProvider}
 * ({@code concordat.store=postgres}) for configuration by keys, {@link
 * org.concordat.postgres.PostgresStores} for an embedder's own {@link javax.sql.DataSource}, and
 * {@link org.concordat.postgres.PostgresStoreException} for failures. See docs/backends.md.
 */
package org.concordat.postgres;
