/**
 * Concordat's backend contracts: a versioned record store, a notifier and report renderers, in
 * neutral types that depend on the JDK only. Backends implement these and are found with {@link
 * java.util.ServiceLoader}; {@link org.concordat.spi.Providers} chooses among them.
 */
module org.concordat.spi {
    exports org.concordat.spi;
    exports org.concordat.spi.report;

    uses org.concordat.spi.RecordStoreProvider;
    uses org.concordat.spi.NotifierProvider;
    uses org.concordat.spi.ReportRendererProvider;
}
