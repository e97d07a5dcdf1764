/**
 * Concordat's runnable examples, as a module so that {@code provides} is exercised: the {@code
 * outbox} notifier ({@link org.concordat.examples.outbox.OutboxNotifierProvider}) is registered
 * here for the module path and in {@code META-INF/services} for the class path, so the facade finds
 * it either way.
 */
module org.concordat.examples {
    requires transitive org.concordat;
    requires static org.jspecify;

    exports org.concordat.examples;
    exports org.concordat.examples.outbox;

    provides org.concordat.spi.NotifierProvider with
            org.concordat.examples.outbox.OutboxNotifierProvider;
}
