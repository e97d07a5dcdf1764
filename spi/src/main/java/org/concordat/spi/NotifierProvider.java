package org.concordat.spi;

/**
 * Opens a {@link Notifier}. Register an implementation in {@code
 * META-INF/services/org.concordat.spi.NotifierProvider} and with {@code provides
 * org.concordat.spi.NotifierProvider with ...} in {@code module-info.java}.
 */
public interface NotifierProvider extends BackendProvider<Notifier> {
    /** The system property, and configuration key, naming the notifier provider to use. */
    String SELECTOR = "concordat.notifier";
}
