package org.concordat.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.concordat.spi.IndexTerm;
import org.concordat.spi.Providers;
import org.concordat.spi.RecordDraft;
import org.concordat.spi.RecordKey;
import org.concordat.spi.RecordStore;
import org.concordat.testkit.contract.RecordStoreContract;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The testkit's contract, unchanged, against a real PostgreSQL (one schema per test), and what this
 * store adds: the database itself refuses to change a stored version, payload bytes are stored as
 * given, and find reads the index of terms.
 */
class PostgresRecordStoreTest extends RecordStoreContract {
    private static String database;
    private static int schemas;
    private String schema;

    @BeforeAll
    static void createDatabase() {
        database = TestDatabase.newDatabase("contract");
    }

    @Override
    protected RecordStore newStore() {
        schema = "contract_" + ++schemas;
        return open(schema);
    }

    @Override
    protected Optional<RecordStore> reopen(RecordStore closed) {
        return Optional.of(open(schema));
    }

    /**
     * Searches every live row of the store's tables: payloads as bytes, and every text column. Old
     * row versions left for VACUUM are not visible to a query (docs/backends.md says how to remove them).
     */
    @Override
    protected boolean storageContains(String text) {
        String sql = "SELECT (SELECT count(*) FROM " + schema
                + ".record_versions WHERE position(convert_to(?, 'UTF8') IN payload) > 0"
                + " OR position(? IN author) > 0)"
                + " + (SELECT count(*) FROM " + schema + ".index_terms WHERE position(? IN term_value) > 0)"
                + " + (SELECT count(*) FROM " + schema
                + ".erasures WHERE position(? IN reason) > 0 OR position(? IN erased_by) > 0)";
        try (java.sql.Connection c = TestDatabase.superuser(database).getConnection();
                java.sql.PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 1; i <= 5; i++) {
                ps.setString(i, text);
            }
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RecordStore open(String schema) {
        return Providers.openRecordStore(TestDatabase.config(database, schema));
    }

    @Test
    void the_database_refuses_to_update_delete_or_truncate_a_stored_version() {
        store.append(RecordKey.of("plan", "p1"), 0, draft("a", "urn=100000"));
        for (String sql : new String[] {
            "UPDATE " + schema + ".record_versions SET author = 'mallory'",
            "DELETE FROM " + schema + ".record_versions",
            "TRUNCATE " + schema + ".record_versions CASCADE",
            "UPDATE " + schema + ".index_terms SET term_value = '999999'",
            "DELETE FROM " + schema + ".index_terms",
        }) {
            assertThatThrownBy(() -> asOwner(s -> s.execute(sql)))
                    .as(sql)
                    .isInstanceOfSatisfying(
                            SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("23001"))
                    .hasMessageContaining("append-only");
        }
        assertThat(store.latest(RecordKey.of("plan", "p1"))
                        .orElseThrow()
                        .content()
                        .author())
                .isEqualTo("tester");
        assertThat(store.find("plan", IndexTerm.parse("urn=100000"))).hasSize(1);
    }

    @Test
    void payload_bytes_are_stored_in_the_table_exactly_as_given() throws SQLException {
        byte[] bytes = new byte[256];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        store.append(
                RecordKey.of("blob", "all-bytes"),
                0,
                RecordDraft.of(1, "application/octet-stream", bytes, Set.of(), "x", T0));
        try (Connection c = TestDatabase.superuser(database).getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT payload FROM " + schema
                        + ".record_versions WHERE record_type = 'blob' AND record_id = 'all-bytes'");
                ResultSet rs = ps.executeQuery()) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getBytes(1)).isEqualTo(bytes);
        }
    }

    @Test
    void find_reads_the_index_of_terms_not_every_record() throws SQLException {
        store.append(RecordKey.of("plan", "p1"), 0, draft("a", "urn=100000"));
        try (Connection c = TestDatabase.superuser(database).getConnection();
                Statement s = c.createStatement()) {
            s.execute("SET enable_seqscan = off");
            StringBuilder plan = new StringBuilder();
            try (ResultSet rs = s.executeQuery("EXPLAIN SELECT * FROM " + schema + ".index_terms"
                    + " WHERE record_type = 'plan' AND term_name = 'urn' AND term_value = '100000'")) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
            assertThat(plan.toString()).contains("index_terms_lookup");
        }
    }

    @Test
    void an_id_that_is_not_unicode_text_is_refused_not_changed() {
        RecordKey key = RecordKey.of("plan", "half \uD83C pair");
        assertThatThrownBy(() -> store.append(key, 0, draft("x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("RecordKey id")
                .hasMessageContaining("unpaired surrogate");
        assertThat(store.keys("plan")).isEmpty();
    }

    @Test
    void the_store_is_discovered_by_name_and_names_its_server() {
        assertThat(Providers.recordStoreProvider(Map.of("concordat.store", "postgres")))
                .isInstanceOf(PostgresRecordStoreProvider.class);
        assertThat(store.toString())
                .contains("127.0.0.1:" + TestDatabase.server().getPort() + "/" + database);
    }

    private void asOwner(TestDatabase.SqlWork work) throws SQLException {
        try (Connection c = java.sql.DriverManager.getConnection(
                        TestDatabase.url(database), TestDatabase.ROLE, TestDatabase.password());
                Statement s = c.createStatement()) {
            work.run(s);
        }
    }
}
