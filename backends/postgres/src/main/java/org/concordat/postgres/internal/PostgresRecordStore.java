package org.concordat.postgres.internal;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import javax.sql.DataSource;
import org.concordat.postgres.PostgresStoreException;
import org.concordat.spi.Erasure;
import org.concordat.spi.IndexTerm;
import org.concordat.spi.RecordAppend;
import org.concordat.spi.RecordDraft;
import org.concordat.spi.RecordKey;
import org.concordat.spi.RecordStore;
import org.concordat.spi.StoreArguments;
import org.concordat.spi.StoredRecord;
import org.concordat.spi.VersionConflictException;
import org.concordat.spi.VersionInfo;

/**
 * A {@link RecordStore} in two PostgreSQL tables (see {@code V1__record_store.sql}): {@code
 * record_versions}, one row per version, and {@code index_terms}, one row per term of a version.
 *
 * <p>An append is one transaction: a single {@code INSERT … SELECT} of version {@code expected + 1}
 * that inserts nothing unless version {@code expected} exists (or {@code expected} is 0), then the
 * version's terms. Which of two concurrent writers wins is decided by the primary key on (type,
 * id, version): the loser's insert fails with SQLSTATE 23505 and becomes a {@link
 * VersionConflictException}. Nothing is read first and decided in Java, so several processes can
 * share one store. The tables themselves refuse any update or delete (a trigger).
 */
public final class PostgresRecordStore implements RecordStore {
    @SuppressWarnings("InlineFormatString") // the SELECT list, kept beside the class's other SQL
    private static final String COLUMNS = "v.record_type, v.record_id, v.version, v.schema_version, v.media_type,"
            + " v.payload, v.author, v.made_at_second, v.made_at_nano,"
            + " ARRAY(SELECT t.term_name FROM %1$s.index_terms t WHERE t.record_type = v.record_type"
            + " AND t.record_id = v.record_id AND t.version = v.version"
            + " ORDER BY t.term_name COLLATE \"C\", t.term_value COLLATE \"C\") AS term_names,"
            + " ARRAY(SELECT t.term_value FROM %1$s.index_terms t WHERE t.record_type = v.record_type"
            + " AND t.record_id = v.record_id AND t.version = v.version"
            + " ORDER BY t.term_name COLLATE \"C\", t.term_value COLLATE \"C\") AS term_values";

    private final DataSource dataSource;
    private final Optional<AutoCloseable> owned;
    private final String server;
    private final String insertVersion;
    private final String insertTerm;
    private final String currentVersion;
    private final String latest;
    private final String history;
    private final String oneVersion;
    private final String versionsPage;
    private final String schemaName;
    private final String asOf;
    private final String find;
    private final String keys;
    // Operations hold the read lock; close takes the write lock, so it waits for operations in
    // flight instead of closing the pool under them.
    private final ReentrantReadWriteLock lifecycle = new ReentrantReadWriteLock();
    private boolean closed;

    /**
     * A store on {@code dataSource} whose tables are in {@code schema} (already checked or migrated).
     *
     * @param owned what to close with the store (the pool it opened), or empty when the caller owns
     *     the data source
     * @param server how to name the server in messages
     */
    PostgresRecordStore(DataSource dataSource, Optional<AutoCloseable> owned, String server, String schema) {
        this.dataSource = dataSource;
        this.owned = owned;
        this.server = server;
        String s = "\"" + schema + "\"";
        this.schemaName = s;
        String columns = String.format(COLUMNS, s);
        insertVersion = "INSERT INTO " + s + ".record_versions (record_type, record_id, version, schema_version,"
                + " media_type, payload, author, made_at_second, made_at_nano)"
                + " SELECT ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE ?::bigint = 0 OR EXISTS (SELECT 1 FROM " + s
                + ".record_versions WHERE record_type = ? AND record_id = ? AND version = ?)";
        insertTerm = "INSERT INTO " + s
                + ".index_terms (record_type, record_id, version, term_name, term_value) VALUES (?, ?, ?, ?, ?)";
        currentVersion = "SELECT coalesce(max(version), 0) FROM " + s
                + ".record_versions WHERE record_type = ? AND record_id = ?";
        latest = "SELECT " + columns + " FROM " + s + ".record_versions v"
                + " WHERE v.record_type = ? AND v.record_id = ? ORDER BY v.version DESC LIMIT 1";
        history = "SELECT " + columns + " FROM " + s + ".record_versions v"
                + " WHERE v.record_type = ? AND v.record_id = ? ORDER BY v.version";
        oneVersion = "SELECT " + columns + " FROM " + s + ".record_versions v"
                + " WHERE v.record_type = ? AND v.record_id = ? AND v.version = ?";
        // octet_length of a bytea reads the stored length, not the (possibly TOASTed) bytes.
        versionsPage = "SELECT v.record_type, v.record_id, v.version, v.schema_version, v.media_type,"
                + " octet_length(v.payload), v.author, v.made_at_second, v.made_at_nano FROM " + s
                + ".record_versions v WHERE v.record_type = ? AND v.record_id = ? AND v.version > ?"
                + " ORDER BY v.version LIMIT ?";
        asOf = "SELECT " + columns + " FROM " + s + ".record_versions v"
                + " WHERE v.record_type = ? AND v.record_id = ? AND (v.made_at_second, v.made_at_nano) <= (?, ?)"
                + " ORDER BY v.version DESC LIMIT 1";
        find = "SELECT " + columns + " FROM " + s + ".index_terms f JOIN " + s + ".record_versions v"
                + " ON v.record_type = f.record_type AND v.record_id = f.record_id AND v.version = f.version"
                + " WHERE f.record_type = ? AND f.term_name = ? AND f.term_value = ?"
                + " AND NOT EXISTS (SELECT 1 FROM " + s + ".record_versions n WHERE n.record_type = f.record_type"
                + " AND n.record_id = f.record_id AND n.version > f.version)";
        keys = "SELECT record_id FROM " + s + ".record_versions WHERE record_type = ? AND version = 1";
    }

    /** The server, as messages name it. */
    public String server() {
        return server;
    }

    @Override
    public long append(RecordKey key, long expectedVersion, RecordDraft draft) {
        StoreArguments.key(key);
        Objects.requireNonNull(draft, "draft");
        StoreArguments.expectedVersion(expectedVersion);
        Text.check(key, draft);
        long version = expectedVersion + 1;
        return run("append to " + key, c -> {
            c.setAutoCommit(false);
            try {
                if (!insert(c, key, expectedVersion, draft)) {
                    c.rollback();
                    throw conflict(c, key, expectedVersion);
                }
                c.commit();
                return version;
            } catch (SQLException e) {
                rollbackQuietly(c);
                if ("23505".equals(e.getSQLState()) || "23505".equals(nextState(e))) {
                    throw conflict(c, key, expectedVersion);
                }
                throw e;
            } finally {
                restoreAutoCommit(c);
            }
        });
    }

    /**
     * Appends every version in one transaction, in key order so that two groups sharing records
     * wait for each other instead of deadlocking; the first conflict rolls all of them back.
     */
    @Override
    public List<Long> appendAll(List<RecordAppend> appends) {
        List<RecordAppend> checked = StoreArguments.appends(appends);
        for (RecordAppend a : checked) {
            Text.check(a.key(), a.draft());
        }
        List<RecordAppend> ordered =
                checked.stream().sorted((a, b) -> a.key().compareTo(b.key())).toList();
        run("append to " + checked.size() + " records together", c -> {
            c.setAutoCommit(false);
            RecordAppend current = ordered.get(0);
            try {
                for (RecordAppend a : ordered) {
                    current = a;
                    if (!insert(c, a.key(), a.expectedVersion(), a.draft())) {
                        c.rollback();
                        throw conflict(c, a.key(), a.expectedVersion());
                    }
                }
                c.commit();
                return null;
            } catch (SQLException e) {
                rollbackQuietly(c);
                if ("23505".equals(e.getSQLState()) || "23505".equals(nextState(e))) {
                    throw conflict(c, current.key(), current.expectedVersion());
                }
                throw e;
            } finally {
                restoreAutoCommit(c);
            }
        });
        return checked.stream().map(a -> a.expectedVersion() + 1).toList();
    }

    /** Inserts one version and its terms; false when version {@code expectedVersion} is not there. */
    private boolean insert(Connection c, RecordKey key, long expectedVersion, RecordDraft draft) throws SQLException {
        long version = expectedVersion + 1;
        try (PreparedStatement ps = c.prepareStatement(insertVersion)) {
            ps.setString(1, key.type());
            ps.setString(2, key.id());
            ps.setLong(3, version);
            ps.setInt(4, draft.schemaVersion());
            ps.setString(5, draft.mediaType());
            ps.setBytes(6, draft.payload());
            ps.setString(7, draft.author());
            Instant made = draft.time();
            ps.setLong(8, made.getEpochSecond());
            ps.setInt(9, made.getNano()); // the nanosecond within that second
            ps.setLong(10, expectedVersion);
            ps.setString(11, key.type());
            ps.setString(12, key.id());
            ps.setLong(13, expectedVersion);
            if (ps.executeUpdate() == 0) {
                return false;
            }
        }
        if (!draft.indexTerms().isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement(insertTerm)) {
                for (IndexTerm term : draft.indexTerms()) {
                    ps.setString(1, key.type());
                    ps.setString(2, key.id());
                    ps.setLong(3, version);
                    ps.setString(4, term.name());
                    ps.setString(5, term.value());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        return true;
    }

    /**
     * Redacts the versions and records the trace in one transaction, with {@code concordat.erasing}
     * set for it alone, the one case in which the tables' trigger lets a version change. The old row
     * versions stay in the table's pages until PostgreSQL vacuums them; see docs/backends.md.
     */
    @Override
    public void erase(RecordKey key, Map<Long, RecordDraft> redacted, Erasure erasure) {
        StoreArguments.erasure(key, redacted, erasure);
        redacted.values().forEach(d -> Text.check(key, d));
        String s = schemaName;
        run("erase from " + key, c -> {
            c.setAutoCommit(false);
            try {
                try (Statement st = c.createStatement()) {
                    st.execute("SET LOCAL concordat.erasing = 'on'");
                }
                Map<Long, Instant> times = new java.util.HashMap<>();
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT version, made_at_second, made_at_nano FROM " + s
                                + ".record_versions WHERE record_type = ? AND record_id = ? AND version = ANY (?) FOR UPDATE")) {
                    ps.setString(1, key.type());
                    ps.setString(2, key.id());
                    ps.setArray(3, c.createArrayOf("bigint", redacted.keySet().toArray()));
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            times.put(rs.getLong(1), Instant.ofEpochSecond(rs.getLong(2), rs.getInt(3)));
                        }
                    }
                }
                for (Map.Entry<Long, RecordDraft> e : redacted.entrySet()) {
                    Instant time = times.get(e.getKey());
                    if (time == null) {
                        throw new NoSuchElementException(
                                "record " + key + " has no version " + e.getKey() + " to erase");
                    }
                    if (!time.equals(e.getValue().time())) {
                        throw new IllegalArgumentException("redacted time of " + key + " version " + e.getKey() + " \""
                                + e.getValue().time() + "\": must stay " + time + ", the time the version was made");
                    }
                }
                for (Map.Entry<Long, RecordDraft> e : redacted.entrySet()) {
                    RecordDraft d = e.getValue();
                    try (PreparedStatement ps =
                            c.prepareStatement("UPDATE " + s + ".record_versions SET schema_version = ?,"
                                    + " media_type = ?, payload = ?, author = ? WHERE record_type = ? AND record_id = ?"
                                    + " AND version = ?")) {
                        ps.setInt(1, d.schemaVersion());
                        ps.setString(2, d.mediaType());
                        ps.setBytes(3, d.payload());
                        ps.setString(4, d.author());
                        ps.setString(5, key.type());
                        ps.setString(6, key.id());
                        ps.setLong(7, e.getKey());
                        ps.executeUpdate();
                    }
                    try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + s
                            + ".index_terms WHERE record_type = ? AND record_id = ? AND version = ?")) {
                        ps.setString(1, key.type());
                        ps.setString(2, key.id());
                        ps.setLong(3, e.getKey());
                        ps.executeUpdate();
                    }
                    try (PreparedStatement ps = c.prepareStatement(insertTerm)) {
                        for (IndexTerm term : d.indexTerms()) {
                            ps.setString(1, key.type());
                            ps.setString(2, key.id());
                            ps.setLong(3, e.getKey());
                            ps.setString(4, term.name());
                            ps.setString(5, term.value());
                            ps.addBatch();
                        }
                        ps.executeBatch();
                    }
                }
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO " + s + ".erasures (record_type, record_id,"
                                + " versions, erased_by, erased_at_second, erased_at_nano, reason) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                    ps.setString(1, key.type());
                    ps.setString(2, key.id());
                    ps.setArray(3, c.createArrayOf("bigint", erasure.versions().toArray()));
                    ps.setString(4, erasure.by());
                    Instant erasedAt = erasure.at();
                    ps.setLong(5, erasedAt.getEpochSecond());
                    ps.setInt(6, erasedAt.getNano()); // the nanosecond within that second
                    ps.setString(7, erasure.reason());
                    ps.executeUpdate();
                }
                c.commit();
                return null;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(c);
                throw e;
            } finally {
                restoreAutoCommit(c);
            }
        });
    }

    @Override
    public List<Erasure> erasures(RecordKey key) {
        StoreArguments.key(key);
        Text.check(key);
        String s = schemaName;
        return run("erasures of " + key, c -> {
            List<Erasure> out = new ArrayList<>();
            try (PreparedStatement ps =
                    c.prepareStatement("SELECT versions, erased_by, erased_at_second, erased_at_nano," + " reason FROM "
                            + s + ".erasures WHERE record_type = ? AND record_id = ? ORDER BY erasure_id")) {
                ps.setString(1, key.type());
                ps.setString(2, key.id());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Array array = rs.getArray(1);
                        List<Long> versions;
                        try {
                            versions = List.of((Long[]) array.getArray());
                        } finally {
                            array.free();
                        }
                        out.add(new Erasure(
                                key,
                                versions,
                                rs.getString(2),
                                Instant.ofEpochSecond(rs.getLong(3), rs.getInt(4)),
                                rs.getString(5)));
                    }
                }
            }
            return List.copyOf(out);
        });
    }

    @Override
    public Optional<StoredRecord> latest(RecordKey key) {
        StoreArguments.key(key);
        Text.check(key);
        return run("latest of " + key, c -> {
            List<StoredRecord> found = query(c, latest, key.type(), key.id());
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        });
    }

    @Override
    public List<StoredRecord> history(RecordKey key) {
        StoreArguments.key(key);
        Text.check(key);
        return run("history of " + key, c -> List.copyOf(query(c, history, key.type(), key.id())));
    }

    @Override
    public Optional<StoredRecord> version(RecordKey key, long version) {
        StoreArguments.key(key);
        Text.check(key);
        if (version < 1) {
            ensureOpen();
            return Optional.empty();
        }
        return run("version " + version + " of " + key, c -> {
            List<StoredRecord> found = query(c, oneVersion, key.type(), key.id(), version);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        });
    }

    @Override
    public List<VersionInfo> versions(RecordKey key, long after, int limit) {
        StoreArguments.key(key);
        StoreArguments.page(after, limit);
        Text.check(key);
        return run("versions of " + key, c -> {
            List<VersionInfo> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(versionsPage)) {
                ps.setString(1, key.type());
                ps.setString(2, key.id());
                ps.setLong(3, after);
                ps.setInt(4, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new VersionInfo(
                                RecordKey.of(rs.getString(1), rs.getString(2)),
                                rs.getLong(3),
                                rs.getInt(4),
                                rs.getString(5),
                                rs.getLong(6),
                                rs.getString(7),
                                Instant.ofEpochSecond(rs.getLong(8), rs.getInt(9))));
                    }
                }
            }
            return List.copyOf(out);
        });
    }

    @Override
    public Optional<StoredRecord> asOf(RecordKey key, Instant instant) {
        StoreArguments.key(key);
        Objects.requireNonNull(instant, "instant");
        Text.check(key);
        return run("version of " + key + " as of " + instant, c -> {
            List<StoredRecord> found =
                    query(c, asOf, key.type(), key.id(), instant.getEpochSecond(), instant.getNano());
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        });
    }

    @Override
    public List<StoredRecord> find(String type, IndexTerm term) {
        RecordKey.checkType(type);
        Objects.requireNonNull(term, "term");
        Text.check(term);
        return run("find " + type + " by " + term.name(), c -> {
            List<StoredRecord> found = query(c, find, type, term.name(), term.value());
            found.sort((a, b) -> a.key().compareTo(b.key()));
            return List.copyOf(found);
        });
    }

    @Override
    public List<RecordKey> keys(String type) {
        RecordKey.checkType(type);
        return run("keys of " + type, c -> {
            List<RecordKey> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(keys)) {
                ps.setString(1, type);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(RecordKey.of(type, rs.getString(1)));
                    }
                }
            }
            out.sort(null);
            return List.copyOf(out);
        });
    }

    @Override
    public void close() {
        lifecycle.writeLock().lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            if (owned.isPresent()) {
                try {
                    owned.get().close();
                } catch (Exception e) {
                    throw new PostgresStoreException(
                            server, PostgresStoreException.Reason.STORAGE, "closing the connection pool failed", e);
                }
            }
        } finally {
            lifecycle.writeLock().unlock();
        }
    }

    @Override
    public String toString() {
        return "PostgresRecordStore[" + server + "]";
    }

    /** Work done on one connection. */
    @FunctionalInterface
    private interface Work<T> {
        T on(Connection c) throws SQLException;
    }

    private <T> T run(String operation, Work<T> work) {
        lifecycle.readLock().lock();
        try {
            ensureOpen();
            try (Connection c = dataSource.getConnection()) {
                return work.on(c);
            } catch (SQLException e) {
                throw Failures.during(server, operation, e);
            }
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("PostgreSQL record store at " + server + " is closed");
        }
    }

    private VersionConflictException conflict(Connection c, RecordKey key, long expectedVersion) throws SQLException {
        restoreAutoCommit(c);
        long actual;
        try (PreparedStatement ps = c.prepareStatement(currentVersion)) {
            ps.setString(1, key.type());
            ps.setString(2, key.id());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                actual = rs.getLong(1);
            }
        }
        return new VersionConflictException(key, expectedVersion, actual);
    }

    private static List<StoredRecord> query(Connection c, String sql, Object... params) throws SQLException {
        List<StoredRecord> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(record(rs));
                }
            }
        }
        return out;
    }

    private static StoredRecord record(ResultSet rs) throws SQLException {
        RecordKey key = RecordKey.of(rs.getString(1), rs.getString(2));
        Set<IndexTerm> terms = new TreeSet<>();
        String[] names = strings(rs.getArray(10));
        String[] values = strings(rs.getArray(11));
        for (int i = 0; i < names.length; i++) {
            terms.add(IndexTerm.fromStored(names[i], values[i]));
        }
        RecordDraft draft = RecordDraft.of(
                rs.getInt(4),
                rs.getString(5),
                rs.getBytes(6),
                terms,
                rs.getString(7),
                Instant.ofEpochSecond(rs.getLong(8), rs.getInt(9)));
        return StoredRecord.of(key, rs.getLong(3), draft);
    }

    private static String[] strings(Array array) throws SQLException {
        try {
            return (String[]) array.getArray();
        } finally {
            array.free();
        }
    }

    private static String nextState(SQLException e) {
        SQLException next = e.getNextException();
        return next == null ? "" : String.valueOf(next.getSQLState());
    }

    private static void rollbackQuietly(Connection c) {
        try {
            if (!c.getAutoCommit()) {
                c.rollback();
            }
        } catch (SQLException ignored) {
            // The connection is broken; the pool discards it and the transaction died with it.
        }
    }

    private static void restoreAutoCommit(Connection c) {
        try {
            c.setAutoCommit(true);
        } catch (SQLException ignored) {
            // As above: a broken connection is discarded by the pool.
        }
    }
}
