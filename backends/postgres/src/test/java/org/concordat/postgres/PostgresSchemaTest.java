package org.concordat.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.concordat.postgres.PostgresStoreException.Reason;
import org.concordat.spi.Providers;
import org.concordat.spi.RecordDraft;
import org.concordat.spi.RecordKey;
import org.concordat.spi.RecordStore;
import org.junit.jupiter.api.Test;

/** The Flyway migrations: creating, reopening, checking only, and refusing what does not fit. */
class PostgresSchemaTest {
    private static final RecordDraft DRAFT = RecordDraft.of(
            1,
            "application/json",
            "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8),
            Set.of(),
            "t",
            Instant.EPOCH);

    @Test
    void opening_an_empty_database_creates_the_schema_with_its_own_history_table() throws SQLException {
        String database = TestDatabase.newDatabase("empty");
        try (RecordStore store = Providers.openRecordStore(TestDatabase.config(database, "concordat"))) {
            store.append(RecordKey.of("plan", "p"), 0, DRAFT);
        }
        assertThat(rows(
                        database,
                        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'concordat'"
                                + " ORDER BY table_name"))
                .containsExactly("concordat_schema_history", "erasures", "index_terms", "record_versions");
        assertThat(rows(
                        database,
                        "SELECT version || ' ' || success FROM concordat.concordat_schema_history"
                                + " WHERE version IS NOT NULL"))
                .containsExactlyInAnyOrder("1 true", "2 true", "3 true");
    }

    @Test
    void the_default_schema_is_concordat() throws SQLException {
        String database = TestDatabase.newDatabase("default");
        Map<String, String> config = new java.util.HashMap<>(TestDatabase.config(database, "ignored"));
        config.remove("postgres.schema");
        Providers.openRecordStore(config).close();
        assertThat(rows(database, "SELECT count(*) FROM concordat.record_versions"))
                .containsExactly("0");
    }

    @Test
    void opening_it_again_changes_nothing_and_keeps_every_record() throws SQLException {
        String database = TestDatabase.newDatabase("again");
        Map<String, String> config = TestDatabase.config(database, "concordat");
        try (RecordStore store = Providers.openRecordStore(config)) {
            store.append(RecordKey.of("plan", "p"), 0, DRAFT);
        }
        List<String> before = rows(
                database,
                "SELECT installed_rank || ' ' || coalesce(version, '-') || ' ' || installed_on"
                        + " FROM concordat.concordat_schema_history ORDER BY installed_rank");
        try (RecordStore store = Providers.openRecordStore(config)) {
            assertThat(store.history(RecordKey.of("plan", "p"))).hasSize(1);
        }
        assertThat(rows(
                        database,
                        "SELECT installed_rank || ' ' || coalesce(version, '-') || ' ' || installed_on"
                                + " FROM concordat.concordat_schema_history ORDER BY installed_rank"))
                .isEqualTo(before)
                .hasSize(4); // Flyway's marker for the schema it created, and versions 1, 2 and 3
    }

    @Test
    void migrate_false_on_an_empty_database_refuses_clearly_and_creates_nothing() throws SQLException {
        String database = TestDatabase.newDatabase("nomigrate");
        Map<String, String> config = new java.util.HashMap<>(TestDatabase.config(database, "concordat"));
        config.put("postgres.migrate", "false");

        assertThatThrownBy(() -> Providers.openRecordStore(config))
                .isInstanceOfSatisfying(PostgresStoreException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.SCHEMA_VERSION);
                    assertThat(e.server())
                            .isEqualTo("127.0.0.1:" + TestDatabase.server().getPort() + "/" + database);
                })
                .hasMessage("PostgreSQL at 127.0.0.1:" + TestDatabase.server().getPort() + "/" + database
                        + ": schema \"concordat\" holds no Concordat record store (no migration applied) and"
                        + " postgres.migrate=false; open it once with postgres.migrate=true, as a role allowed"
                        + " to create tables");
        assertThat(rows(database, "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'concordat'"))
                .containsExactly("0");
    }

    @Test
    void migrate_false_opens_a_schema_at_this_version() {
        String database = TestDatabase.newDatabase("checked");
        Providers.openRecordStore(TestDatabase.config(database, "concordat")).close();
        Map<String, String> config = new java.util.HashMap<>(TestDatabase.config(database, "concordat"));
        config.put("postgres.migrate", "false");
        try (RecordStore store = Providers.openRecordStore(config)) {
            assertThat(store.append(RecordKey.of("plan", "p"), 0, DRAFT)).isEqualTo(1);
        }
    }

    @Test
    void a_schema_newer_than_this_concordat_is_refused_with_or_without_migrating() {
        String database = TestDatabase.newDatabase("newer");
        Providers.openRecordStore(TestDatabase.config(database, "concordat")).close();
        TestDatabase.admin(
                database,
                s -> s.execute(
                        "INSERT INTO concordat.concordat_schema_history"
                                + " (installed_rank, version, description, type, script, checksum, installed_by, execution_time, success)"
                                + " VALUES (9, '9', 'from the future', 'SQL', 'V9__from_the_future.sql', 0, 'someone', 1, true)"));
        for (String migrate : List.of("true", "false")) {
            Map<String, String> config = new java.util.HashMap<>(TestDatabase.config(database, "concordat"));
            config.put("postgres.migrate", migrate);
            assertThatThrownBy(() -> Providers.openRecordStore(config))
                    .as("migrate=" + migrate)
                    .isInstanceOfSatisfying(
                            PostgresStoreException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.SCHEMA_VERSION))
                    .hasMessageContaining("127.0.0.1:" + TestDatabase.server().getPort())
                    .hasMessageContaining(
                            "schema \"concordat\" is at version 9, newer than this Concordat" + " understands (3)");
        }
    }

    @Test
    void an_embedder_opens_the_store_on_its_own_data_source_which_stays_open() throws SQLException {
        String database = TestDatabase.newDatabase("embedder");
        DataSource own = TestDatabase.server()
                .getDatabase(TestDatabase.ROLE, database, Map.of("password", TestDatabase.password()));
        RecordStore store = PostgresStores.open(own, Map.of("postgres.schema", "mis"));
        store.append(RecordKey.of("plan", "p"), 0, DRAFT);
        store.close();
        assertThatThrownBy(() -> store.latest(RecordKey.of("plan", "p"))).isInstanceOf(IllegalStateException.class);
        try (Connection c = own.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM mis.record_versions")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
        try (RecordStore again =
                PostgresStores.open(own, Map.of("postgres.schema", "mis", "postgres.migrate", "false"))) {
            assertThat(again.history(RecordKey.of("plan", "p"))).hasSize(1);
        }
    }

    @Test
    void a_malformed_schema_or_migrate_value_is_refused_naming_the_key() {
        String database = TestDatabase.newDatabase("malformed");
        Map<String, String> config = new java.util.HashMap<>(TestDatabase.config(database, "Bad-Schema"));
        assertThatThrownBy(() -> Providers.openRecordStore(config))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("postgres.schema \"Bad-Schema\": must be");
        config.put("postgres.schema", "ok");
        config.put("postgres.migrate", "yes");
        assertThatThrownBy(() -> Providers.openRecordStore(config))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("postgres.migrate \"yes\": must be true or false");
    }

    @Test
    void index_term_values_are_held_to_200_characters_and_longer_ones_from_before_still_read() throws SQLException {
        String database = TestDatabase.newDatabase("terms");
        RecordKey key = RecordKey.of("plan", "p");
        try (RecordStore store = Providers.openRecordStore(TestDatabase.config(database, "concordat"))) {
            store.append(key, 0, DRAFT);
        }
        String insert = "INSERT INTO concordat.index_terms VALUES ('plan', 'p', 1, 'name', repeat('x', %d))";
        // The database itself refuses a value the SPI would refuse.
        assertThatThrownBy(() -> TestDatabase.admin(database, s -> s.execute(String.format(insert, 201))))
                .hasRootCauseInstanceOf(SQLException.class)
                .hasMessageContaining("index_terms_value_length");
        // A row written under the earlier limit of 512, before schema version 3 (NOT VALID keeps it).
        TestDatabase.admin(database, s -> {
            s.execute("ALTER TABLE concordat.index_terms DROP CONSTRAINT index_terms_value_length");
            s.execute(String.format(insert, 512));
            s.execute("ALTER TABLE concordat.index_terms ADD CONSTRAINT index_terms_value_length"
                    + " CHECK (char_length(term_value) BETWEEN 1 AND 200) NOT VALID");
        });
        try (RecordStore store = Providers.openRecordStore(TestDatabase.config(database, "concordat"))) {
            assertThat(store.latest(key).orElseThrow().content().indexTerms())
                    .containsExactly(org.concordat.spi.IndexTerm.of("name", "x".repeat(200)));
        }
    }

    static List<String> rows(String database, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = TestDatabase.superuser(database).getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
