package org.concordat.examples.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.concordat.spi.Providers;
import org.concordat.spi.RecordAppend;
import org.concordat.spi.RecordKey;
import org.concordat.spi.RecordStore;
import org.concordat.spi.RetryableStoreException;
import org.concordat.spi.VersionConflictException;
import org.concordat.testkit.contract.RecordStoreContract;
import org.junit.jupiter.api.Test;

/**
 * The testkit's whole contract, unchanged (races included), against the JDBC example store on H2 in
 * memory, and what the store adds: joining the caller's transaction, and SQL failures mapped to the
 * SPI's exceptions.
 */
class JdbcRecordStoreTest extends RecordStoreContract {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private String url = "";

    @Override
    protected RecordStore newStore() {
        // DB_CLOSE_DELAY=-1 keeps the in-memory database while the JVM lives, so reopen finds it.
        url = "jdbc:h2:mem:contract-" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";
        return open(url);
    }

    @Override
    protected Optional<RecordStore> reopen(RecordStore closed) {
        return Optional.of(open(url));
    }

    private static RecordStore open(String url) {
        return Providers.openRecordStore(Map.of("concordat.store", "jdbc-example", JdbcRecordStoreProvider.URL, url));
    }

    /** Searches every column of every row of every table the store has, as bytes and as text. */
    @Override
    protected boolean storageContains(String text) {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        try (Connection c = DriverManager.getConnection(url);
                Statement tables = c.createStatement();
                ResultSet names = tables.executeQuery(
                        "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'")) {
            List<String> all = new ArrayList<>();
            while (names.next()) {
                all.add(names.getString(1));
            }
            assertThat(all).contains("RECORD_VERSIONS", "INDEX_TERMS", "ERASURES");
            for (String table : all) {
                try (Statement s = c.createStatement();
                        ResultSet rs = s.executeQuery("SELECT * FROM \"" + table + "\"")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            Object value = rs.getObject(i);
                            if ((value instanceof byte[] bytes && indexOf(bytes, needle) >= 0)
                                    || (value instanceof String string && string.contains(text))) {
                                return true;
                            }
                        }
                    }
                }
            }
            return false;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private JdbcRecordStore direct() {
        return JdbcRecordStore.open(() -> DriverManager.getConnection(url));
    }

    @Test
    void a_joined_store_commits_and_rolls_back_with_the_callers_transaction() throws SQLException {
        RecordKey key = RecordKey.of("plan", "joined");
        try (JdbcRecordStore owner = direct();
                Connection tx = DriverManager.getConnection(url)) {
            tx.setAutoCommit(false);
            RecordStore joined = owner.joining(tx);
            assertThat(joined.append(key, 0, draft("rolled back"))).isEqualTo(1);
            assertThat(joined.latest(key)).isPresent(); // the transaction sees its own write
            assertThat(store.latest(key)).as("uncommitted, invisible to others").isEmpty();
            tx.rollback();
            assertThat(store.latest(key)).isEmpty();

            joined.append(key, 0, draft("committed"));
            try (PreparedStatement own = tx.prepareStatement("CREATE TABLE host_audit (note VARCHAR)")) {
                own.execute(); // the host's own work in the same transaction
            }
            tx.commit();
            assertThat(store.history(key)).hasSize(1);
            assertThat(new String(store.latest(key).orElseThrow().payload(), StandardCharsets.UTF_8))
                    .isEqualTo("committed");
            joined.close();
            assertThat(tx.isClosed())
                    .as("closing the view leaves the caller's connection")
                    .isFalse();
        }
    }

    @Test
    void a_conflict_in_a_joined_transaction_undoes_only_the_failed_call() throws SQLException {
        RecordKey mine = RecordKey.of("plan", "mine");
        RecordKey taken = RecordKey.of("plan", "taken");
        store.append(taken, 0, draft("first"));
        try (JdbcRecordStore owner = direct();
                Connection tx = DriverManager.getConnection(url)) {
            tx.setAutoCommit(false);
            RecordStore joined = owner.joining(tx);
            joined.append(mine, 0, draft("kept"));
            assertThatThrownBy(() -> joined.appendAll(List.of(
                            RecordAppend.of(RecordKey.of("plan", "also-mine"), 0, draft("undone")),
                            RecordAppend.of(taken, 0, draft("stale")))))
                    .isInstanceOfSatisfying(VersionConflictException.class, e -> {
                        assertThat(e.key()).isEqualTo(taken);
                        assertThat(e.actualVersion()).isEqualTo(1);
                    });
            tx.commit();
        }
        assertThat(store.history(mine)).hasSize(1);
        assertThat(store.latest(RecordKey.of("plan", "also-mine"))).isEmpty();
        assertThat(store.history(taken)).hasSize(1);
    }

    @Test
    void a_joined_connection_must_hold_a_transaction() throws SQLException {
        try (JdbcRecordStore owner = direct();
                Connection auto = DriverManager.getConnection(url)) {
            RecordStore joined = owner.joining(auto);
            assertThatThrownBy(() -> joined.latest(RecordKey.of("plan", "p")))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("auto-commit on");
        }
    }

    @Test
    void a_lock_timeout_is_retryable_and_writes_nothing() throws SQLException {
        RecordKey key = RecordKey.of("plan", "locked");
        String impatient = url.replace("LOCK_TIMEOUT=10000", "LOCK_TIMEOUT=200");
        try (Connection holder = DriverManager.getConnection(url);
                JdbcRecordStore waiting = JdbcRecordStore.open(() -> DriverManager.getConnection(impatient))) {
            holder.setAutoCommit(false);
            // Another transaction holds version 1 of the record, uncommitted: ours must wait for its lock.
            waiting.joining(holder).append(key, 0, draft("held"));
            assertThatThrownBy(() -> waiting.append(key, 0, draft("waits")))
                    .isInstanceOf(RetryableStoreException.class)
                    .hasMessage("append to plan/locked failed and may be retried as it is (SQLSTATE HYT00);"
                            + " nothing was written");
            holder.rollback();
            assertThat(waiting.append(key, 0, draft("retried")))
                    .as("the same call, retried")
                    .isEqualTo(1);
        }
    }

    @Test
    void sql_failures_map_to_the_spis_exceptions_by_state_never_quoting_the_driver() {
        SQLException deadlock = new SQLException("Deadlock detected; row 'Jane Doe' ...", "40001", 40001);
        assertThat(JdbcRecordStore.failure("append to plan/p", deadlock))
                .isInstanceOf(RetryableStoreException.class)
                .hasMessageNotContaining("Jane");
        assertThat(JdbcRecordStore.failure("x", new java.sql.SQLTimeoutException("slow", "XX000")))
                .isInstanceOf(RetryableStoreException.class);
        assertThat(JdbcRecordStore.failure("x", new SQLException("disk full: row 'Jane Doe'", "53100", 1)))
                .isNotInstanceOf(RetryableStoreException.class)
                .hasMessage("x failed (SQLSTATE 53100)")
                .satisfies(e -> assertThat(e.getCause().getMessage()).doesNotContain("Jane"));
        for (String state : JdbcRecordStore.RETRYABLE_STATES) {
            assertThat(JdbcRecordStore.failure("x", new SQLException("m", state)))
                    .as(state)
                    .isInstanceOf(RetryableStoreException.class);
        }
    }

    @Test
    void the_provider_is_found_by_name_and_refuses_a_missing_url_or_a_password_in_it() {
        assertThatThrownBy(() -> Providers.openRecordStore(Map.of("concordat.store", "jdbc-example")))
                .hasMessageContaining("jdbc-example.url is required");
        assertThatThrownBy(() -> Providers.openRecordStore(Map.of(
                        "concordat.store",
                        "jdbc-example",
                        JdbcRecordStoreProvider.URL,
                        "jdbc:h2:mem:x;PASSWORD=secret")))
                .hasMessageContaining("must not carry a password")
                .hasMessageNotContaining("secret");
        assertThat(Arrays.asList(JdbcRecordStoreProvider.class.getInterfaces()))
                .contains(org.concordat.spi.RecordStoreProvider.class);
    }
}
