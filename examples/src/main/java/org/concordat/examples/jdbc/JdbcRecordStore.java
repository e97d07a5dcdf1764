package org.concordat.examples.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransactionRollbackException;
import java.sql.Savepoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.concordat.spi.Erasure;
import org.concordat.spi.IndexTerm;
import org.concordat.spi.RecordAppend;
import org.concordat.spi.RecordDraft;
import org.concordat.spi.RecordKey;
import org.concordat.spi.RecordStore;
import org.concordat.spi.RetryableStoreException;
import org.concordat.spi.StoreArguments;
import org.concordat.spi.StoredRecord;
import org.concordat.spi.VersionConflictException;
import org.concordat.spi.VersionInfo;
import org.jspecify.annotations.Nullable;

/**
 * A {@link RecordStore} over any JDBC database, written from docs/spi.md as an adopter would write
 * one, and proved with the testkit's whole {@code RecordStoreContract} on H2 in memory. Each
 * version is a row whose primary key (type, id, version) makes two writers of the same version
 * conflict inside the database; every call runs in one transaction of its own, or, through {@link
 * #joining}, inside the caller's.
 *
 * <p>Failures: a duplicate key is a {@link VersionConflictException}; a deadlock, serialisation
 * failure, lock or statement timeout ({@link #RETRYABLE_STATES}, or the JDBC types {@link
 * SQLTransactionRollbackException} and {@link SQLTimeoutException}) is a {@link
 * RetryableStoreException}; anything else an {@link UncheckedIOException}. Messages give the
 * operation, the record key and the SQLSTATE, never a driver's message, which can quote a row.
 */
public final class JdbcRecordStore implements RecordStore {
    /**
     * SQLSTATEs of failures that leave nothing written and may pass when retried as they are:
     * serialisation failure and deadlock (40001, H2's deadlock too; 40P01, PostgreSQL; 40XL1, Derby),
     * lock timeouts (HYT00, H2; 55P03, PostgreSQL) and a cancelled or timed-out statement (57014, HYT01).
     */
    public static final Set<String> RETRYABLE_STATES =
            Set.of("40001", "40P01", "40XL1", "HYT00", "HYT01", "55P03", "57014");

    /** Where connections come from: a {@link DataSource}'s {@code getConnection}, or a driver URL. */
    @FunctionalInterface
    public interface ConnectionSource {
        /** A new connection, which the store closes after one call. */
        Connection connect() throws SQLException;
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** A version that was not the expected one, found inside a transaction; reported after rollback. */
    private static final class Conflict extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final RecordKey key;
        final long expected;

        Conflict(RecordKey key, long expected) {
            super(null, null, false, false);
            this.key = key;
            this.expected = expected;
        }
    }

    private final @Nullable ConnectionSource source;
    private final @Nullable Connection joined;
    private final @Nullable JdbcRecordStore owner;
    private final AtomicBoolean closed = new AtomicBoolean();

    private JdbcRecordStore(
            @Nullable ConnectionSource source, @Nullable Connection joined, @Nullable JdbcRecordStore owner) {
        this.source = source;
        this.joined = joined;
        this.owner = owner;
    }

    /**
     * A store on {@code source}'s database, creating its tables when they do not exist.
     *
     * @throws UncheckedIOException when the database cannot be reached or the tables cannot be made
     */
    public static JdbcRecordStore open(ConnectionSource source) {
        Objects.requireNonNull(source, "source");
        try (Connection c = source.connect()) {
            JdbcSchema.create(c);
        } catch (SQLException e) {
            throw failure("creating the tables", e);
        }
        return new JdbcRecordStore(source, null, null);
    }

    /** A store on {@code dataSource}'s database (a pool, typically); see {@link #open(ConnectionSource)}. */
    public static JdbcRecordStore open(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        return open(dataSource::getConnection);
    }

    /**
     * This store working inside the caller's transaction on {@code transaction}: every call runs on
     * that connection and never commits, rolls back or closes it, so what the store writes commits
     * or rolls back with the caller's own statements. Each call is bracketed by a savepoint: a call
     * that fails (a conflict included) undoes its own writes and nothing of the caller's. The
     * connection must have auto-commit off for as long as the view is used; closing the view leaves
     * the connection open.
     *
     * @throws IllegalStateException when this store is closed or is itself a joined view
     */
    public RecordStore joining(Connection transaction) {
        Objects.requireNonNull(transaction, "transaction");
        ensureOpen();
        if (joined != null) {
            throw new IllegalStateException("a joined view cannot join another transaction; join from the store");
        }
        return new JdbcRecordStore(null, transaction, this);
    }

    @Override
    public long append(RecordKey key, long expectedVersion, RecordDraft draft) {
        return appendAll(List.of(RecordAppend.of(key, expectedVersion, draft))).get(0);
    }

    /**
     * Appends every version in one transaction, in key order so that two groups sharing records
     * take their locks in the same order and wait for each other instead of deadlocking.
     */
    @Override
    public List<Long> appendAll(List<RecordAppend> appends) {
        List<RecordAppend> checked = StoreArguments.appends(appends);
        List<RecordAppend> ordered =
                checked.stream().sorted((a, b) -> a.key().compareTo(b.key())).toList();
        String what =
                checked.size() == 1 ? "append to " + checked.get(0).key() : "append to " + checked.size() + " records";
        transaction(what, c -> {
            // The first record, in the order given, whose current version is not the expected one.
            for (RecordAppend a : checked) {
                if (JdbcRows.currentVersion(c, a.key()) != a.expectedVersion()) {
                    throw new Conflict(a.key(), a.expectedVersion());
                }
            }
            for (RecordAppend a : ordered) {
                try {
                    JdbcRows.insert(c, a.key(), a.expectedVersion() + 1, a.draft());
                } catch (SQLException e) {
                    // Another writer inserted this version since the check: the primary key refused ours.
                    if ("23505".equals(e.getSQLState())) {
                        throw new Conflict(a.key(), a.expectedVersion());
                    }
                    throw e;
                }
            }
            return null;
        });
        return checked.stream().map(a -> a.expectedVersion() + 1).toList();
    }

    @Override
    public Optional<StoredRecord> latest(RecordKey key) {
        StoreArguments.key(key);
        return first(read(
                "latest of " + key, JdbcRows.ONE_RECORD + " ORDER BY v.version DESC FETCH FIRST 1 ROWS ONLY", key));
    }

    @Override
    public List<StoredRecord> history(RecordKey key) {
        StoreArguments.key(key);
        return read("history of " + key, JdbcRows.ONE_RECORD + " ORDER BY v.version", key);
    }

    @Override
    public Optional<StoredRecord> version(RecordKey key, long version) {
        StoreArguments.key(key);
        ensureOpen();
        if (version < 1) {
            return Optional.empty();
        }
        return first(transaction(
                "version " + version + " of " + key,
                c -> JdbcRows.records(c, JdbcRows.ONE_RECORD + " AND v.version = ?", ps -> {
                    ps.setString(1, key.type());
                    ps.setString(2, key.id());
                    ps.setLong(3, version);
                })));
    }

    @Override
    public List<VersionInfo> versions(RecordKey key, long after, int limit) {
        StoreArguments.key(key);
        StoreArguments.page(after, limit);
        return List.copyOf(transaction("versions of " + key, c -> JdbcRows.versions(c, key, after, limit)));
    }

    @Override
    public Optional<StoredRecord> asOf(RecordKey key, Instant instant) {
        StoreArguments.key(key);
        Objects.requireNonNull(instant, "instant");
        return first(transaction(
                "version of " + key + " as of " + instant,
                c -> JdbcRows.records(
                        c,
                        JdbcRows.ONE_RECORD + " AND (v.made_at_second < ? OR (v.made_at_second = ? AND"
                                + " v.made_at_nano <= ?)) ORDER BY v.version DESC FETCH FIRST 1 ROWS ONLY",
                        ps -> {
                            ps.setString(1, key.type());
                            ps.setString(2, key.id());
                            ps.setLong(3, instant.getEpochSecond());
                            ps.setLong(4, instant.getEpochSecond());
                            ps.setInt(5, instant.getNano());
                        })));
    }

    @Override
    public List<StoredRecord> find(String type, IndexTerm term) {
        RecordKey.checkType(type);
        Objects.requireNonNull(term, "term");
        List<StoredRecord> found = transaction(
                "find " + type + " by " + term.name(),
                c -> JdbcRows.records(
                        c,
                        "SELECT " + JdbcRows.COLUMNS + " FROM record_versions v JOIN index_terms t"
                                + " ON t.record_type = v.record_type AND t.record_id = v.record_id"
                                + " AND t.version = v.version"
                                + " WHERE t.record_type = ? AND t.term_name = ? AND t.term_value = ?"
                                + " AND v.version = (SELECT MAX(m.version) FROM record_versions m"
                                + " WHERE m.record_type = v.record_type AND m.record_id = v.record_id)",
                        ps -> {
                            ps.setString(1, type);
                            ps.setString(2, term.name());
                            ps.setString(3, term.value());
                        }));
        // In Java, not ORDER BY: "id order" is String.compareTo, which a database collation need not be.
        return found.stream().sorted((a, b) -> a.key().compareTo(b.key())).toList();
    }

    @Override
    public List<RecordKey> keys(String type) {
        RecordKey.checkType(type);
        return transaction("keys of " + type, c -> {
                    List<RecordKey> out = new ArrayList<>();
                    try (PreparedStatement ps = c.prepareStatement(
                            "SELECT DISTINCT record_id FROM record_versions WHERE record_type = ?")) {
                        ps.setString(1, type);
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                out.add(RecordKey.of(type, rs.getString(1)));
                            }
                        }
                    }
                    return out;
                })
                .stream()
                .sorted()
                .toList();
    }

    /**
     * Replaces the named versions and records the trace in one transaction. The database's old row
     * images are its own business: H2 in memory drops them; a disk-based database may keep them in
     * free pages until it reuses or compacts them (PostgreSQL: VACUUM FULL; see docs/backends.md).
     */
    @Override
    public void erase(RecordKey key, Map<Long, RecordDraft> redacted, Erasure erasure) {
        StoreArguments.erasure(key, redacted, erasure);
        transaction("erase from " + key, c -> {
            Map<Long, Instant> times = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT version, made_at_second, made_at_nano"
                    + " FROM record_versions WHERE record_type = ? AND record_id = ? FOR UPDATE")) {
                ps.setString(1, key.type());
                ps.setString(2, key.id());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        times.put(rs.getLong(1), Instant.ofEpochSecond(rs.getLong(2), rs.getInt(3)));
                    }
                }
            }
            for (Map.Entry<Long, RecordDraft> e : redacted.entrySet()) {
                Instant time = times.get(e.getKey());
                if (time == null) {
                    throw new NoSuchElementException("record " + key + " has no version " + e.getKey() + " to erase");
                }
                if (!time.equals(e.getValue().time())) {
                    throw new IllegalArgumentException("redacted time of " + key + " version " + e.getKey() + " \""
                            + e.getValue().time() + "\": must stay " + time + ", the time the version was made");
                }
            }
            for (Map.Entry<Long, RecordDraft> e : redacted.entrySet()) {
                redact(c, key, e.getKey(), e.getValue());
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO erasures (record_type, record_id, versions,"
                    + " erased_by, erased_at_second, erased_at_nano, reason) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, key.type());
                ps.setString(2, key.id());
                ps.setString(3, erasure.versions().stream().map(String::valueOf).collect(Collectors.joining(",")));
                ps.setString(4, erasure.by());
                Instant erasedAt = erasure.at();
                ps.setLong(5, erasedAt.getEpochSecond());
                ps.setInt(6, erasedAt.getNano()); // the nanosecond within that second
                ps.setString(7, erasure.reason());
                ps.executeUpdate();
            }
            return null;
        });
    }

    private static void redact(Connection c, RecordKey key, long version, RecordDraft d) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE record_versions SET schema_version = ?, media_type = ?,"
                + " payload = ?, author = ? WHERE record_type = ? AND record_id = ? AND version = ?")) {
            ps.setInt(1, d.schemaVersion());
            ps.setString(2, d.mediaType());
            ps.setBytes(3, d.payload());
            ps.setString(4, d.author());
            ps.setString(5, key.type());
            ps.setString(6, key.id());
            ps.setLong(7, version);
            ps.executeUpdate();
        }
        try (PreparedStatement ps =
                c.prepareStatement("DELETE FROM index_terms WHERE record_type = ? AND record_id = ? AND version = ?")) {
            ps.setString(1, key.type());
            ps.setString(2, key.id());
            ps.setLong(3, version);
            ps.executeUpdate();
        }
        JdbcRows.insertTerms(c, key, version, d.indexTerms());
    }

    @Override
    public List<Erasure> erasures(RecordKey key) {
        StoreArguments.key(key);
        return transaction("erasures of " + key, c -> {
            List<Erasure> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT versions, erased_by, erased_at_second,"
                    + " erased_at_nano, reason FROM erasures WHERE record_type = ? AND record_id = ?"
                    + " ORDER BY erasure_id")) {
                ps.setString(1, key.type());
                ps.setString(2, key.id());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        List<Long> versions = Arrays.stream(rs.getString(1).split(","))
                                .map(Long::valueOf)
                                .toList();
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

    /** Marks the store closed; later calls throw. A joined view leaves its connection open. */
    @Override
    public void close() {
        closed.set(true);
    }

    private List<StoredRecord> read(String what, String sql, RecordKey key) {
        return List.copyOf(transaction(
                what,
                c -> JdbcRows.records(c, sql, ps -> {
                    ps.setString(1, key.type());
                    ps.setString(2, key.id());
                })));
    }

    private static Optional<StoredRecord> first(List<StoredRecord> records) {
        return records.isEmpty() ? Optional.empty() : Optional.of(records.get(0));
    }

    private void ensureOpen() {
        if (closed.get() || (owner != null && owner.closed.get())) {
            throw new IllegalStateException("the JDBC record store is closed");
        }
    }

    /**
     * Runs {@code work} in a transaction: its own (commit on success, roll back on any failure) or,
     * joined, between a savepoint and its release (roll back to the savepoint on any failure).
     */
    private <T> T transaction(String operation, Work<T> work) {
        ensureOpen();
        if (joined != null) {
            return inJoined(joined, operation, work);
        }
        try (Connection c = Objects.requireNonNull(source).connect()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(c, null);
                if (e instanceof Conflict conflict) {
                    throw new VersionConflictException(
                            conflict.key, conflict.expected, JdbcRows.currentVersion(c, conflict.key));
                }
                throw e;
            }
        } catch (SQLException e) {
            throw failure(operation, e);
        }
    }

    private static <T> T inJoined(Connection c, String operation, Work<T> work) {
        try {
            if (c.getAutoCommit()) {
                throw new IllegalStateException(
                        "the joined connection has auto-commit on: it holds no transaction to join");
            }
            Savepoint savepoint = c.setSavepoint();
            try {
                T result = work.run(c);
                c.releaseSavepoint(savepoint);
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(c, savepoint);
                if (e instanceof Conflict conflict) {
                    throw new VersionConflictException(
                            conflict.key, conflict.expected, JdbcRows.currentVersion(c, conflict.key));
                }
                throw e;
            }
        } catch (SQLException e) {
            throw failure(operation, e);
        }
    }

    private static void rollbackQuietly(Connection c, @Nullable Savepoint savepoint) {
        try {
            if (savepoint == null) {
                c.rollback();
            } else {
                c.rollback(savepoint);
            }
        } catch (SQLException ignored) {
            // The failure that led here is the one to report; the transaction ends with the connection.
        }
    }

    /**
     * The failure to throw for {@code e}. The driver's message is left out (it can quote the row: a
     * payload, a name) and its stack trace kept; the SQLSTATE and vendor code say what happened.
     */
    static UncheckedIOException failure(String operation, SQLException e) {
        String state = Optional.ofNullable(e.getSQLState()).orElse("none");
        IOException cause = new IOException(
                e.getClass().getName() + " (SQLSTATE " + state + ", vendor code " + e.getErrorCode() + ")");
        cause.setStackTrace(e.getStackTrace());
        if (RETRYABLE_STATES.contains(state)
                || e instanceof SQLTransactionRollbackException
                || e instanceof SQLTimeoutException) {
            return new RetryableStoreException(
                    operation + " failed and may be retried as it is (SQLSTATE " + state + "); nothing was written",
                    cause);
        }
        return new UncheckedIOException(operation + " failed (SQLSTATE " + state + ")", cause);
    }
}
