package org.concordat.postgres.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;
import javax.sql.DataSource;
import org.concordat.postgres.PostgresStoreException;

/** Opens {@link PostgresRecordStore}s: by URL with a pool of its own, or on a caller's data source. */
public final class Opening {
    /** Shown to database administrators in {@code pg_stat_activity.application_name}. */
    public static final String APPLICATION_NAME = "concordat";

    private Opening() {}

    /**
     * Connects once to report a failure clearly (host and reason), then opens a HikariCP pool,
     * prepares the schema and returns the store, which owns the pool.
     *
     * @throws PostgresStoreException when the server cannot be reached, refuses the credentials or
     *     holds a schema that does not fit
     */
    public static PostgresRecordStore byUrl(Settings settings) {
        String server = Servers.describe(settings.url());
        Properties props = connectionProperties(settings);
        try (Connection probe = new org.postgresql.Driver().connect(settings.url(), props)) {
            if (probe == null) {
                throw new IllegalArgumentException(Settings.URL + " \"" + Servers.withoutQuery(settings.url())
                        + "\": the PostgreSQL driver does not accept it");
            }
        } catch (SQLException e) {
            throw Failures.connecting(server, settings.user(), e);
        }
        HikariConfig config = new HikariConfig();
        config.setPoolName("concordat-postgres");
        config.setJdbcUrl(settings.url());
        config.setDataSourceProperties(props);
        config.setMaximumPoolSize(settings.poolSize());
        config.setMinimumIdle(Math.min(2, settings.poolSize()));
        config.setConnectionTimeout(10_000);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new PostgresStoreException(
                    server,
                    PostgresStoreException.Reason.UNREACHABLE,
                    "cannot start the connection pool: " + e.getClass().getSimpleName(),
                    e);
        }
        try {
            Schema.prepare(pool, server, settings.schema(), settings.migrate());
            return new PostgresRecordStore(pool, Optional.of(pool), server, settings.schema());
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /**
     * Prepares the schema on a caller's data source and returns a store that leaves the data source
     * open when closed.
     *
     * @throws PostgresStoreException as {@link #byUrl}
     */
    public static PostgresRecordStore on(DataSource dataSource, String schema, boolean migrate) {
        String server;
        try (Connection c = dataSource.getConnection()) {
            server = Servers.describe(c.getMetaData().getURL());
        } catch (SQLException e) {
            throw Failures.connecting("the given DataSource's server", Optional.empty(), e);
        }
        Schema.prepare(dataSource, server, schema, migrate);
        return new PostgresRecordStore(dataSource, Optional.empty(), server, schema);
    }

    private static Properties connectionProperties(Settings settings) {
        Properties props = new Properties();
        settings.user().ifPresent(u -> props.setProperty("user", u));
        settings.password().ifPresent(p -> props.setProperty("password", p));
        props.setProperty("ApplicationName", APPLICATION_NAME);
        // The detail of a server error can quote a whole row, payload included; never log it.
        props.setProperty("logServerErrorDetail", "false");
        props.setProperty("connectTimeout", "10");
        return props;
    }
}
