/**
 * Concordat's backend contracts: a versioned record store, a notifier and report renderers, in
 * neutral types that depend on the JDK only. Backends implement these and are found with {@link
 * java.util.ServiceLoader}.
 */
module org.concordat.spi {
    exports org.concordat.spi;
}
