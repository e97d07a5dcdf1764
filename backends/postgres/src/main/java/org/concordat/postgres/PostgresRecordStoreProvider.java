package org.concordat.postgres;

import java.util.Map;
import java.util.Objects;
import org.concordat.postgres.internal.Opening;
import org.concordat.postgres.internal.Settings;
import org.concordat.spi.RecordStore;
import org.concordat.spi.RecordStoreProvider;
import org.concordat.spi.SpiVersion;

/**
 * Provides the {@code postgres} record store, chosen with {@code concordat.store=postgres}. It
 * opens a connection pool of its own from these keys:
 *
 * <ul>
 *   <li>{@value #URL}: the JDBC URL, e.g. {@code jdbc:postgresql://127.0.0.1:5432/concordat}
 *       (required; must not carry a password);
 *   <li>{@value #USER}: the role to connect as;
 *   <li>{@value #PASSWORD_ENV}: the <em>name</em> of the environment variable holding the password
 *       (a password itself is never accepted in the configuration);
 *   <li>{@value #SCHEMA}: the schema of the store's tables (default {@code concordat});
 *   <li>{@value #MIGRATE}: {@code true} (default) creates or upgrades the schema; {@code false} only
 *       checks that it is at this Concordat's version and refuses to open otherwise;
 *   <li>{@value #POOL_SIZE}: the most connections the pool opens (default 10).
 * </ul>
 *
 * <p>Priority 100, an ordinary backend's: on the path, it is chosen when no store is named, though
 * it then fails to open unless {@value #URL} is set. Name the store you mean.
 */
public final class PostgresRecordStoreProvider implements RecordStoreProvider {
    /** The provider's name. */
    public static final String NAME = "postgres";

    /** Configuration key: the JDBC URL. */
    public static final String URL = Settings.URL;

    /** Configuration key: the user (role) to connect as. */
    public static final String USER = Settings.USER;

    /** Configuration key: the name of the environment variable holding the password. */
    public static final String PASSWORD_ENV = Settings.PASSWORD_ENV;

    /** Configuration key: the schema of the store's tables. */
    public static final String SCHEMA = Settings.SCHEMA;

    /** Configuration key: whether to create or upgrade the schema on open. */
    public static final String MIGRATE = Settings.MIGRATE;

    /** Configuration key: the most connections the pool opens. */
    public static final String POOL_SIZE = Settings.POOL_SIZE;

    /** For {@link java.util.ServiceLoader}. */
    public PostgresRecordStoreProvider() {}

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int priority() {
        return 100;
    }

    /** Written against this SPI version (a constant, kept in the compiled class). */
    @Override
    public String spiVersion() {
        return SpiVersion.MAJOR + "." + SpiVersion.MINOR;
    }

    /**
     * Opens the store: connects, prepares the schema and returns it.
     *
     * @throws IllegalArgumentException when a key is missing or malformed (naming it, never a
     *     password), or a password is given in the configuration
     * @throws PostgresStoreException when the server cannot be reached, refuses the credentials or
     *     holds a schema of another version
     */
    @Override
    public RecordStore open(Map<String, String> config) {
        Objects.requireNonNull(config, "config");
        return Opening.byUrl(Settings.from(config, System::getenv));
    }
}
