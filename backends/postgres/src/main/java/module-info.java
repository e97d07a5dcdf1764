/**
 * A Concordat record store on PostgreSQL. Depends on the SPI only (never on Concordat's core), plus
 * the PostgreSQL JDBC driver, Flyway for the schema and HikariCP for the pool it opens by URL.
 */
module org.concordat.postgres {
    requires transitive org.concordat.spi;
    requires transitive java.sql;
    requires org.postgresql.jdbc;
    requires flyway.core;
    requires flyway.database.postgresql;
    requires com.zaxxer.hikari;

    exports org.concordat.postgres;

    provides org.concordat.spi.RecordStoreProvider with
            org.concordat.postgres.PostgresRecordStoreProvider;
}
