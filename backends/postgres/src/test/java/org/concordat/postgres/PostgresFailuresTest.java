package org.concordat.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.concordat.postgres.PostgresStoreException.Reason;
import org.concordat.spi.Providers;
import org.concordat.spi.RecordDraft;
import org.concordat.spi.RecordKey;
import org.concordat.spi.RecordStore;
import org.concordat.spi.RetryableStoreException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What goes wrong with a server, and what the store says: unreachable, refused credentials, a
 * missing database, a connection terminated mid-append, and configuration that would leak a
 * password.
 */
class PostgresFailuresTest {
    /** The build sets this to a value that is not the role's password. */
    private static final String WRONG_PASSWORD_ENV = "CONCORDAT_TEST_WRONG_PASSWORD";

    private static final RecordDraft DRAFT =
            RecordDraft.of(1, "application/json", new byte[] {'{', '}'}, Set.of(), "t", Instant.EPOCH);

    private static String database;

    @BeforeAll
    static void createDatabase() {
        database = TestDatabase.newDatabase("failures");
    }

    private static Map<String, String> config() {
        return new HashMap<>(TestDatabase.config(database, "concordat"));
    }

    @Test
    void a_server_that_cannot_be_reached_is_named_with_the_reason() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Map<String, String> config = config();
        config.put("postgres.url", "jdbc:postgresql://127.0.0.1:" + port + "/concordat");

        assertThatThrownBy(() -> Providers.openRecordStore(config))
                .isInstanceOfSatisfying(PostgresStoreException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.UNREACHABLE);
                    assertThat(e.server()).isEqualTo("127.0.0.1:" + port + "/concordat");
                })
                .hasMessage("PostgreSQL at 127.0.0.1:" + port + "/concordat: cannot connect: connection refused");
    }

    @Test
    void refused_credentials_name_the_server_and_user_but_never_the_password() {
        Map<String, String> config = config();
        config.put("postgres.password-env", WRONG_PASSWORD_ENV);

        assertThatThrownBy(() -> Providers.openRecordStore(config))
                .isInstanceOfSatisfying(
                        PostgresStoreException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.AUTHENTICATION))
                .hasMessageStartingWith(
                        "PostgreSQL at 127.0.0.1:" + TestDatabase.server().getPort() + "/" + database
                                + ": the server refused the credentials of user \"concordat\" (SQLSTATE 28P01")
                .satisfies(e -> assertThat(everyMessage(e))
                        .doesNotContain(System.getenv(WRONG_PASSWORD_ENV))
                        .doesNotContain(TestDatabase.password()));
    }

    @Test
    void a_missing_database_is_named() {
        Map<String, String> config = config();
        config.put("postgres.url", TestDatabase.url("no_such_database"));

        assertThatThrownBy(() -> Providers.openRecordStore(config))
                .isInstanceOfSatisfying(
                        PostgresStoreException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.DATABASE_MISSING))
                .hasMessageContaining("/no_such_database: the database does not exist");
    }

    @Test
    void a_password_is_never_accepted_in_the_configuration_nor_echoed() {
        Map<String, String> inConfig = config();
        inConfig.put("postgres.password", "hunter2-secret");
        assertThatThrownBy(() -> Providers.openRecordStore(inConfig))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("postgres.password: a password is never accepted in the configuration")
                .satisfies(e -> assertThat(everyMessage(e)).doesNotContain("hunter2-secret"));

        Map<String, String> inUrl = config();
        inUrl.put("postgres.url", TestDatabase.url(database) + "?password=hunter2-secret&ssl=false");
        assertThatThrownBy(() -> Providers.openRecordStore(inUrl))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must not carry a password")
                .satisfies(e -> assertThat(everyMessage(e)).doesNotContain("hunter2-secret"));

        Map<String, String> unset = config();
        unset.put("postgres.password-env", "CONCORDAT_TEST_NOT_SET_ANYWHERE");
        assertThatThrownBy(() -> Providers.openRecordStore(unset))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("postgres.password-env \"CONCORDAT_TEST_NOT_SET_ANYWHERE\": no environment variable"
                        + " of that name is set");

        Map<String, String> notAName = config();
        notAName.put("postgres.password-env", "hunter2 secret!");
        assertThatThrownBy(() -> Providers.openRecordStore(notAName))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not the password itself")
                .hasMessageContaining("15 characters")
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(e.getMessage())
                        .doesNotContain("hunter2"));
    }

    @Test
    void a_missing_url_is_refused_naming_the_key() {
        Map<String, String> config = config();
        config.remove("postgres.url");
        assertThatThrownBy(() -> Providers.openRecordStore(config))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("postgres.url \"\": must be set");
    }

    @Test
    void a_connection_terminated_mid_append_fails_clearly_and_the_next_append_works() throws Exception {
        Map<String, String> config = config();
        config.put("postgres.schema", "terminated");
        RecordKey key = RecordKey.of("plan", "terminated");
        try (RecordStore store = Providers.openRecordStore(config);
                Connection blocker = TestDatabase.superuser(database).getConnection();
                Statement lock = blocker.createStatement()) {
            // Hold a lock that the append's INSERT must wait for, so it is certainly mid-append.
            blocker.setAutoCommit(false);
            lock.execute("LOCK TABLE terminated.record_versions IN EXCLUSIVE MODE");
            CompletableFuture<Long> append = CompletableFuture.supplyAsync(() -> store.append(key, 0, DRAFT));
            int pid;
            // Polled from another connection: pg_stat_activity is a snapshot per transaction, and
            // the blocker's transaction would see the same one on every poll.
            try (Connection watcher = TestDatabase.superuser(database).getConnection()) {
                pid = waitingAppend(watcher).orElseThrow();
            }
            lock.execute("SELECT pg_terminate_backend(" + pid + ")");

            assertThatThrownBy(() -> append.get(60, TimeUnit.SECONDS))
                    .cause()
                    .isInstanceOfSatisfying(
                            PostgresStoreException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.CONNECTION_LOST))
                    .hasMessageStartingWith(
                            "PostgreSQL at 127.0.0.1:" + TestDatabase.server().getPort() + "/" + database
                                    + ": append to plan/terminated failed: the connection was lost");
            blocker.rollback();

            assertThat(store.append(key, 0, DRAFT)).isEqualTo(1);
            assertThat(store.history(key)).hasSize(1);
        }
    }

    /** The server process of an append waiting for a lock, polled until it shows up (60 s at most). */
    private static Optional<Integer> waitingAppend(Connection c) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            try (Statement s = c.createStatement();
                    ResultSet rs =
                            s.executeQuery("SELECT pid FROM pg_stat_activity WHERE application_name = 'concordat'"
                                    + " AND wait_event_type = 'Lock' AND query LIKE 'INSERT INTO%record_versions%'")) {
                if (rs.next()) {
                    return Optional.of(rs.getInt(1));
                }
            }
            Thread.onSpinWait();
        }
        return Optional.empty();
    }

    private static String everyMessage(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(t).append('\n');
        }
        return all.toString();
    }

    @Test
    void an_append_that_waits_out_the_lock_timeout_is_retryable_and_the_retry_works() throws Exception {
        Map<String, String> config = config();
        config.put("postgres.url", TestDatabase.url(database) + "?options=-c%20lock_timeout%3D300");
        RecordKey key = RecordKey.of("plan", "locked");
        try (RecordStore store = Providers.openRecordStore(config)) {
            try (Connection holder = TestDatabase.superuser(database).getConnection()) {
                holder.setAutoCommit(false);
                try (Statement st = holder.createStatement()) {
                    // An uncommitted version 1: the store's insert of version 1 waits for it.
                    st.execute("INSERT INTO concordat.record_versions (record_type, record_id, version,"
                            + " schema_version, media_type, payload, author, made_at_second, made_at_nano)"
                            + " VALUES ('plan', 'locked', 1, 1, 'application/json', '\\x7b7d', 'holder', 0, 0)");
                }
                assertThatThrownBy(() -> store.append(key, 0, DRAFT))
                        .isInstanceOf(RetryableStoreException.class)
                        .hasMessageContaining("SQLSTATE 55P03")
                        .hasMessageContaining("may be retried")
                        .hasMessageContaining("nothing was written");
                holder.rollback();
            }
            assertThat(store.latest(key)).isEmpty();
            assertThat(store.append(key, 0, DRAFT)).isEqualTo(1);
        }
    }
}
