/**
 * Concordat's runnable examples, as a module so that {@code provides} is exercised: the {@code
 * outbox} notifier ({@link org.concordat.examples.outbox.OutboxNotifierProvider}) is registered
 * here for the module path and in {@code META-INF/services} for the class path, so the facade finds
 * it either way. So is the {@code jdbc-example} record store ({@link
 * org.concordat.examples.jdbc.JdbcRecordStoreProvider}).
 */
module org.concordat.examples {
    requires transitive org.concordat;
    requires static org.jspecify;
    // JdbcRecordStore.open(DataSource) names a java.sql type in its signature.
    requires transitive java.sql;

    exports org.concordat.examples;
    exports org.concordat.examples.outbox;
    exports org.concordat.examples.jdbc;

    provides org.concordat.spi.NotifierProvider with
            org.concordat.examples.outbox.OutboxNotifierProvider;
    provides org.concordat.spi.RecordStoreProvider with
            org.concordat.examples.jdbc.JdbcRecordStoreProvider;
}
