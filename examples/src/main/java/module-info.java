/**
 * Concordat's runnable examples. {@link org.concordat.examples.OutboxNotifierProvider} is a tiny
 * backend of our own, registered both here ({@code provides}, for the module path) and in {@code
 * META-INF/services} (for the class path), so the facade discovers it either way.
 */
module org.concordat.examples {
    requires transitive org.concordat;
    requires static org.jspecify;

    exports org.concordat.examples;

    provides org.concordat.spi.NotifierProvider with
            org.concordat.examples.OutboxNotifierProvider;
}
