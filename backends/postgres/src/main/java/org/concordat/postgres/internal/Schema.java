package org.concordat.postgres.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import javax.sql.DataSource;
import org.concordat.postgres.PostgresStoreException;
import org.concordat.postgres.PostgresStoreException.Reason;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;

/**
 * The store's tables, created and upgraded by the Flyway migrations in {@value #LOCATION} of this
 * jar, with their own history table ({@value #HISTORY_TABLE}) in the store's schema. Opening
 * refuses a schema newer than this code knows, with or without migrating, and with {@code
 * postgres.migrate=false} also a missing or older one. The version is read from the history
 * table's successful rows; Flyway runs only when there is something to migrate.
 */
final class Schema {
    /** The schema version this code reads and writes: the newest migration it ships. */
    static final int CURRENT = 3;

    /** Where the migrations are, on the class path (not a Java package, so never encapsulated). */
    static final String LOCATION = "classpath:concordat-postgres/migration";

    /** Flyway's history table, in the store's schema. */
    static final String HISTORY_TABLE = "concordat_schema_history";

    private Schema() {}

    /**
     * Creates or upgrades the schema ({@code migrate}) or only checks it; throws when it does not fit.
     * A schema already at {@link #CURRENT} is recognised from the history table alone, so an
     * ordinary open runs no Flyway at all and needs no right to create anything.
     */
    static void prepare(DataSource dataSource, String server, String schema, boolean migrate) {
        Optional<Integer> applied = applied(dataSource, server, schema);
        if (applied.isPresent() && applied.get() > CURRENT) {
            throw mismatch(
                    server,
                    "schema \"" + schema + "\" is at version " + applied.get()
                            + ", newer than this Concordat understands (" + CURRENT
                            + "); upgrade Concordat, never downgrade a store",
                    null);
        }
        if (applied.isPresent() && applied.get() == CURRENT) {
            return;
        }
        if (!migrate) {
            throw mismatch(
                    server,
                    applied.isEmpty()
                            ? "schema \"" + schema + "\" holds no Concordat record store (no migration applied) and"
                                    + " postgres.migrate=false; open it once with postgres.migrate=true, as a role"
                                    + " allowed to create tables"
                            : "schema \"" + schema + "\" is at version " + applied.get() + ", older than this"
                                    + " Concordat needs (" + CURRENT + ") and postgres.migrate=false; upgrade it by"
                                    + " opening once with postgres.migrate=true",
                    null);
        }
        migrate(dataSource, server, schema);
    }

    private static void migrate(DataSource dataSource, String server, String schema) {
        Flyway flyway = Flyway.configure(Schema.class.getClassLoader())
                .dataSource(dataSource)
                .schemas(schema)
                .defaultSchema(schema)
                .table(HISTORY_TABLE)
                .locations(LOCATION)
                .createSchemas(true)
                .cleanDisabled(true)
                .failOnMissingLocations(true)
                .load();
        try {
            // Flyway takes an advisory lock, so instances starting together migrate one at a time;
            // a newer version applied meanwhile is caught by the check after.
            flyway.migrate();
            Optional<Integer> now = appliedVersion(flyway);
            if (now.isEmpty() || now.get() != CURRENT) {
                throw mismatch(
                        server,
                        "schema \"" + schema + "\" is at version "
                                + now.map(String::valueOf).orElse("none") + " after migrating, not " + CURRENT,
                        null);
            }
        } catch (FlywayException e) {
            Optional<SQLException> sql = sqlCause(e);
            if (sql.isPresent()
                    && sql.get().getSQLState() != null
                    && !sql.get().getSQLState().startsWith("42")) {
                throw Failures.during(server, "migrating schema \"" + schema + "\"", sql.get());
            }
            throw mismatch(
                    server,
                    "schema \"" + schema + "\" does not match this Concordat's migrations: "
                            + firstLine(String.valueOf(e.getMessage())),
                    e);
        }
    }

    /** The highest version recorded as applied in the history table; empty when there is none. */
    private static Optional<Integer> applied(DataSource dataSource, String server, String schema) {
        String table = "\"" + schema + "\"." + HISTORY_TABLE;
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement exists = c.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
                exists.setString(1, table);
                try (ResultSet rs = exists.executeQuery()) {
                    rs.next();
                    if (!rs.getBoolean(1)) {
                        return Optional.empty();
                    }
                }
            }
            Optional<Integer> highest = Optional.empty();
            try (PreparedStatement versions = c.prepareStatement(
                            "SELECT version FROM " + table + " WHERE success AND version IS NOT NULL");
                    ResultSet rs = versions.executeQuery()) {
                while (rs.next()) {
                    String version = rs.getString(1);
                    int v;
                    try {
                        v = Integer.parseInt(version);
                    } catch (NumberFormatException e) {
                        throw mismatch(
                                server,
                                "schema \"" + schema + "\" records version \"" + version
                                        + "\", which no Concordat migration has",
                                e);
                    }
                    if (highest.isEmpty() || v > highest.get()) {
                        highest = Optional.of(v);
                    }
                }
            }
            return highest;
        } catch (SQLException e) {
            throw Failures.during(server, "reading the schema version of \"" + schema + "\"", e);
        }
    }

    @SuppressWarnings("ReferenceEquality") // MigrationVersion.EMPTY is Flyway's sentinel instance
    private static Optional<Integer> appliedVersion(Flyway flyway) {
        return Arrays.stream(flyway.info().applied())
                .map(MigrationInfo::getVersion)
                .filter(v -> v != null && v != MigrationVersion.EMPTY)
                .max(Comparator.naturalOrder())
                .map(v -> v.getMajor().intValueExact());
    }

    private static PostgresStoreException mismatch(String server, String message, Throwable cause) {
        return new PostgresStoreException(server, Reason.SCHEMA_VERSION, message, cause);
    }

    private static Optional<SQLException> sqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    private static String firstLine(String text) {
        String stripped = text.strip();
        int nl = stripped.indexOf('\n');
        return (nl < 0 ? stripped : stripped.substring(0, nl)).strip();
    }
}
