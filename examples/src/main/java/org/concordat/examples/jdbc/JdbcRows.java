package org.concordat.examples.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.concordat.spi.IndexTerm;
import org.concordat.spi.RecordDraft;
import org.concordat.spi.RecordKey;
import org.concordat.spi.StoredRecord;
import org.concordat.spi.VersionInfo;

/** Reads and writes the rows of {@link JdbcSchema}'s tables; every statement is parameterised. */
final class JdbcRows {
    private JdbcRows() {}

    static final String COLUMNS = "v.record_type, v.record_id, v.version, v.schema_version, v.media_type,"
            + " v.payload, v.author, v.made_at_second, v.made_at_nano";

    static final String ONE_RECORD =
            "SELECT " + COLUMNS + " FROM record_versions v" + " WHERE v.record_type = ? AND v.record_id = ?";

    /** Binds the parameters of a statement, in order. */
    @FunctionalInterface
    interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    /** The versions {@code sql} selects (its columns {@link #COLUMNS}), each with its index terms. */
    static List<StoredRecord> records(Connection c, String sql, Binder binder) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(
                            RecordKey.of(rs.getString(1), rs.getString(2)),
                            rs.getLong(3),
                            rs.getInt(4),
                            rs.getString(5),
                            rs.getBytes(6),
                            rs.getString(7),
                            Instant.ofEpochSecond(rs.getLong(8), rs.getInt(9))));
                }
            }
        }
        List<StoredRecord> out = new ArrayList<>(rows.size());
        Map<RecordKey, Map<Long, Set<IndexTerm>>> terms = new HashMap<>();
        for (Row r : rows) {
            Map<Long, Set<IndexTerm>> ofKey = terms.get(r.key);
            if (ofKey == null) {
                ofKey = terms(c, r.key);
                terms.put(r.key, ofKey);
            }
            Set<IndexTerm> own = ofKey.getOrDefault(r.version, Set.of());
            out.add(StoredRecord.of(
                    r.key, r.version, RecordDraft.of(r.schemaVersion, r.mediaType, r.payload, own, r.author, r.time)));
        }
        return out;
    }

    /** Every index term of every version of {@code key}, by version. */
    private static Map<Long, Set<IndexTerm>> terms(Connection c, RecordKey key) throws SQLException {
        Map<Long, Set<IndexTerm>> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT version, term_name, term_value FROM index_terms"
                + " WHERE record_type = ? AND record_id = ?")) {
            ps.setString(1, key.type());
            ps.setString(2, key.id());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getLong(1), v -> new TreeSet<>())
                            .add(IndexTerm.fromStored(rs.getString(2), rs.getString(3)));
                }
            }
        }
        return out;
    }

    /** Metadata of versions {@code after + 1} to {@code after + limit} (versions have no gaps). */
    static List<VersionInfo> versions(Connection c, RecordKey key, long after, int limit) throws SQLException {
        List<VersionInfo> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT version, schema_version, media_type,"
                + " OCTET_LENGTH(payload), author, made_at_second, made_at_nano FROM record_versions"
                + " WHERE record_type = ? AND record_id = ? AND version > ? AND version <= ? ORDER BY version")) {
            ps.setString(1, key.type());
            ps.setString(2, key.id());
            ps.setLong(3, after);
            ps.setLong(4, after + limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new VersionInfo(
                            key,
                            rs.getLong(1),
                            rs.getInt(2),
                            rs.getString(3),
                            rs.getLong(4),
                            rs.getString(5),
                            Instant.ofEpochSecond(rs.getLong(6), rs.getInt(7))));
                }
            }
        }
        return out;
    }

    /** The newest version number of {@code key}; 0 when it has none. */
    static long currentVersion(Connection c, RecordKey key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT COALESCE(MAX(version), 0) FROM record_versions WHERE record_type = ? AND record_id = ?")) {
            ps.setString(1, key.type());
            ps.setString(2, key.id());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Inserts one version of {@code key} and its terms. */
    static void insert(Connection c, RecordKey key, long version, RecordDraft draft) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO record_versions (record_type, record_id, version,"
                + " schema_version, media_type, payload, author, made_at_second, made_at_nano)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
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
            ps.executeUpdate();
        }
        insertTerms(c, key, version, draft.indexTerms());
    }

    /** Inserts the index terms of one version. */
    static void insertTerms(Connection c, RecordKey key, long version, Set<IndexTerm> terms) throws SQLException {
        if (terms.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO index_terms (record_type, record_id, version,"
                + " term_name, term_value) VALUES (?, ?, ?, ?, ?)")) {
            for (IndexTerm term : terms) {
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

    @SuppressWarnings("ArrayRecordComponent") // a row read on its way to a RecordDraft, never compared
    private record Row(
            RecordKey key,
            long version,
            int schemaVersion,
            String mediaType,
            byte[] payload,
            String author,
            Instant time) {}
}
