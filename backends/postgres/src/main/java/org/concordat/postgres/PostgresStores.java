package org.concordat.postgres;

import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import org.concordat.postgres.internal.Opening;
import org.concordat.postgres.internal.Settings;
import org.concordat.spi.RecordStore;

/**
 * Opens a PostgreSQL {@link RecordStore} on a {@link DataSource} the embedder already owns (its
 * own pool, its own credentials). The store never closes that data source; closing the store only
 * stops it being used. Applications that configure Concordat by keys use {@link
 * PostgresRecordStoreProvider} ({@code concordat.store=postgres}) instead, which opens a pool of
 * its own.
 *
 * <pre>{@code
 * RecordStore store = PostgresStores.open(myPool, Map.of("postgres.schema", "concordat"));
 * Concordat concordat = Concordat.builder().store(store).build();
 * }</pre>
 */
public final class PostgresStores {
    private PostgresStores() {}

    /**
     * A store in the schema {@code concordat}, created or upgraded as needed.
     *
     * @throws PostgresStoreException when the server cannot be reached or the schema does not fit
     */
    public static RecordStore open(DataSource dataSource) {
        return open(dataSource, Map.of());
    }

    /**
     * A store configured by {@code postgres.schema} (default {@code concordat}) and {@code
     * postgres.migrate} (default {@code true}; {@code false} only checks that the schema is at the
     * version this Concordat uses). Other keys are ignored: the data source already says where and
     * as whom to connect.
     *
     * @throws IllegalArgumentException when a key's value is malformed, naming the key and value
     * @throws PostgresStoreException when the server cannot be reached or the schema does not fit
     */
    public static RecordStore open(DataSource dataSource, Map<String, String> config) {
        Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(config, "config");
        return Opening.on(dataSource, Settings.schema(config), Settings.migrate(config));
    }
}
