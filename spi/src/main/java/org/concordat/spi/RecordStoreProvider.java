package org.concordat.spi;

/**
 * Opens a {@link RecordStore}. Register an implementation in {@code
 * META-INF/services/org.concordat.spi.RecordStoreProvider} and with {@code provides
 * org.concordat.spi.RecordStoreProvider with ...} in {@code module-info.java}.
 */
public interface RecordStoreProvider extends BackendProvider<RecordStore> {
    /** The system property, and configuration key, naming the store provider to use. */
    String SELECTOR = "concordat.store";
}
