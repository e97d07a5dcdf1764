package org.concordat.postgres.internal;

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
 * postgres.migrate=false} also a missing or older one.
 */
final class Schema {
    /** The schema version this code reads and writes: the newest migration it ships. */
    static final int CURRENT = 1;

    /** Where the migrations are, on the class path (not a Java package, so never encapsulated). */
    static final String LOCATION = "classpath:concordat-postgres/migration";

    /** Flyway's history table, in the store's schema. */
    static final String HISTORY_TABLE = "concordat_schema_history";

    private Schema() {}

    /** Creates or upgrades the schema ({@code migrate}) or only checks it; throws when it does not fit. */
    static void prepare(DataSource dataSource, String server, String schema, boolean migrate) {
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
            Optional<Integer> applied = appliedVersion(flyway);
            if (applied.isPresent() && applied.get() > CURRENT) {
                throw mismatch(
                        server,
                        "schema \"" + schema + "\" is at version " + applied.get()
                                + ", newer than this Concordat understands (" + CURRENT
                                + "); upgrade Concordat, never downgrade a store",
                        null);
            }
            if (migrate) {
                flyway.migrate();
                return;
            }
            if (applied.isEmpty()) {
                throw mismatch(
                        server,
                        "schema \"" + schema + "\" holds no Concordat record store (no migration applied) and"
                                + " postgres.migrate=false; open it once with postgres.migrate=true, as a role"
                                + " allowed to create tables",
                        null);
            }
            if (applied.get() < CURRENT) {
                throw mismatch(
                        server,
                        "schema \"" + schema + "\" is at version " + applied.get() + ", older than this Concordat"
                                + " needs (" + CURRENT + ") and postgres.migrate=false; upgrade it by opening"
                                + " once with postgres.migrate=true",
                        null);
            }
            flyway.validate();
        } catch (FlywayException e) {
            SQLException sql = sqlCause(e);
            if (sql != null && sql.getSQLState() != null && !sql.getSQLState().startsWith("42")) {
                throw Failures.during(server, "preparing schema \"" + schema + "\"", sql);
            }
            throw mismatch(
                    server,
                    "schema \"" + schema + "\" does not match this Concordat's migrations: "
                            + firstLine(String.valueOf(e.getMessage())),
                    e);
        }
    }

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

    private static SQLException sqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                return s;
            }
        }
        return null;
    }

    private static String firstLine(String text) {
        String stripped = text.strip();
        int nl = stripped.indexOf('\n');
        return (nl < 0 ? stripped : stripped.substring(0, nl)).strip();
    }
}
