package org.concordat.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.concordat.spi.Erasure;
import org.concordat.spi.IndexTerm;
import org.concordat.spi.Providers;
import org.concordat.spi.RecordDraft;
import org.concordat.spi.RecordKey;
import org.concordat.spi.RecordStore;
import org.junit.jupiter.api.Test;

/**
 * After an erasure on PostgreSQL (the store's {@code erase}, which {@code Concordat.erasePerson}
 * calls for each plan; core is not readable from this module's tests), the person's name and email are in no row of
 * any table, current or historical; and after the maintenance docs/backends.md prescribes ({@code
 * VACUUM FULL} of the store's tables, then {@code CHECKPOINT}) in no file of the server's data
 * directory outside the write-ahead log, whose segments keep them until PostgreSQL recycles and
 * overwrites them (documented in docs/data-protection.md).
 */
class PostgresErasureOnDiskTest {
    private static final String NAME = "Philippa Quennell-Ashworth";
    private static final String EMAIL = "p.quennell-ashworth@erasure-test.example.org.uk";
    private static final Instant T0 = Instant.parse("2026-02-20T09:00:00Z");

    /** A payload naming the person, as a plan version does, padded past TOAST's 2 KB when {@code big}. */
    private static RecordDraft naming(int version, boolean big) {
        StringBuilder json = new StringBuilder("{\"version\":" + version + ",\"people\":[{\"id\":\"p-1\",\"name\":\""
                + NAME + "\",\"email\":\"" + EMAIL + "\"}],\"notes\":\"");
        java.util.Random random = new java.util.Random(version);
        for (int i = 0; big && i < 6000; i++) {
            json.append((char) ('a' + random.nextInt(26))); // incompressible enough to stay out of line
        }
        json.append("\"}");
        return RecordDraft.of(
                1,
                "application/json",
                json.toString().getBytes(StandardCharsets.UTF_8),
                Set.of(IndexTerm.of("member", "urn-100001"), IndexTerm.of("contact", EMAIL)),
                "dpo",
                T0.plusSeconds(version));
    }

    @Test
    void an_erased_person_is_in_no_row_and_after_vacuum_full_in_no_data_file() throws Exception {
        String database = TestDatabase.newDatabase("erasure_disk");
        RecordKey key = RecordKey.of("plan", "aire-valley-stem");
        Map<Long, RecordDraft> redacted = new TreeMap<>();
        try (RecordStore store = Providers.openRecordStore(TestDatabase.config(database, "concordat"))) {
            for (int v = 1; v <= 3; v++) {
                // Version 2 stays in line in the table's page; 1 and 3 go to its TOAST table.
                RecordDraft original = naming(v, v != 2);
                store.append(key, v - 1, original);
                redacted.put(
                        (long) v,
                        RecordDraft.of(
                                1,
                                "application/json",
                                ("{\"version\":" + v + ",\"people\":[]}").getBytes(StandardCharsets.UTF_8),
                                Set.of(IndexTerm.of("member", "urn-100001")),
                                "dpo",
                                original.time()));
            }
            checkpoint(database);
            // The search can see them: before erasure both are in the data files.
            assertThat(dataFilesHolding(NAME)).as("name on disk before erasure").isNotEmpty();
            assertThat(dataFilesHolding(EMAIL))
                    .as("email on disk before erasure")
                    .isNotEmpty();

            // What Concordat.erasePerson does for each plan: every version naming the person, redacted.
            store.erase(
                    key,
                    redacted,
                    new Erasure(key, List.of(1L, 2L, 3L), "dpo", T0.plusSeconds(60), "erasure request 2026-77"));
            assertThat(store.history(key)).hasSize(3);
        }

        for (String text : List.of(NAME, EMAIL)) {
            assertThat(rowsHolding(database, text))
                    .as("rows holding the erased text")
                    .isZero();
        }
        checkpoint(database);
        List<Path> beforeMaintenance = dataFilesHolding(NAME);

        // Plain VACUUM frees the dead row versions for reuse but need not clear their bytes.
        TestDatabase.admin(database, s -> {
            s.execute("VACUUM concordat.record_versions, concordat.index_terms");
            s.execute("CHECKPOINT");
        });
        List<Path> afterPlainVacuum = dataFilesHolding(NAME);

        // The maintenance docs/backends.md prescribes after an erasure, as the tables' owner.
        TestDatabase.admin(database, s -> {
            s.execute("VACUUM FULL concordat.record_versions, concordat.index_terms");
            s.execute("CHECKPOINT");
        });

        assertThat(dataFilesHolding(NAME))
                .as("files holding the name after VACUUM FULL")
                .isEmpty();
        assertThat(dataFilesHolding(EMAIL))
                .as("files holding the email after VACUUM FULL")
                .isEmpty();
        System.out.printf(
                "data files holding the erased name after erasure: %d; after VACUUM: %d; after VACUUM FULL: 0%n",
                beforeMaintenance.size(), afterPlainVacuum.size());
        System.out.printf(
                "WAL segments holding it (recycled and overwritten later, see docs): %d%n",
                walSegmentsHolding(NAME).size());
    }

    /** Every row of every table in the database, as text, searched for {@code text}. */
    private static long rowsHolding(String database, String text) throws SQLException {
        long found = 0;
        try (Connection c = TestDatabase.superuser(database).getConnection()) {
            List<String> tables = new ArrayList<>();
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT quote_ident(table_schema) || '.' || quote_ident(table_name)"
                            + " FROM information_schema.tables WHERE table_schema NOT IN"
                            + " ('pg_catalog', 'information_schema') AND table_type = 'BASE TABLE'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            assertThat(tables).contains("concordat.record_versions", "concordat.index_terms", "concordat.erasures");
            for (String table : tables) {
                // A row's text form shows bytea as hex; compare payloads as bytes too.
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT count(*) FROM " + table + " t WHERE"
                                + " position(? IN t::text) > 0 OR position(encode(convert_to(?, 'UTF8'), 'hex') IN t::text) > 0")) {
                    ps.setString(1, text);
                    ps.setString(2, text);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        found += rs.getLong(1);
                    }
                }
            }
        }
        return found;
    }

    private static void checkpoint(String database) {
        TestDatabase.admin(database, s -> s.execute("CHECKPOINT"));
    }

    /** Files under the data directory, outside pg_wal, whose bytes hold {@code text} in UTF-8. */
    private static List<Path> dataFilesHolding(String text) throws IOException {
        Path wal = TestDatabase.dataDirectory().resolve("pg_wal");
        return filesHolding(TestDatabase.dataDirectory(), text).stream()
                .filter(p -> !p.startsWith(wal))
                .toList();
    }

    private static List<Path> walSegmentsHolding(String text) throws IOException {
        return filesHolding(TestDatabase.dataDirectory().resolve("pg_wal"), text);
    }

    private static List<Path> filesHolding(Path root, String text) throws IOException {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        List<Path> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes;
                try {
                    bytes = Files.readAllBytes(f);
                } catch (java.nio.file.NoSuchFileException gone) {
                    continue; // removed by the server while walking (a temporary or unlinked file)
                }
                if (contains(bytes, needle)) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (haystack[i] != needle[0]) {
                continue;
            }
            for (int j = 1; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
