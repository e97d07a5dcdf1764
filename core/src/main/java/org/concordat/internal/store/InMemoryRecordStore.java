package org.concordat.internal.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
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
 * A {@link RecordStore} held in memory: fast, thread-safe, and gone when closed or when the JVM
 * exits. One read-write lock guards everything; appends are short, so contention stays low.
 */
public final class InMemoryRecordStore implements RecordStore {
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<RecordKey, List<StoredRecord>> records = new HashMap<>();
    private final Map<RecordKey, List<Erasure>> erasures = new HashMap<>();
    private final LatestRecords latest = new LatestRecords();
    private volatile boolean closed;

    /** An empty store. */
    public InMemoryRecordStore() {}

    @Override
    public long append(RecordKey key, long expectedVersion, RecordDraft draft) {
        StoreArguments.key(key);
        Objects.requireNonNull(draft, "draft");
        StoreArguments.expectedVersion(expectedVersion);
        lock.writeLock().lock();
        try {
            ensureOpen();
            List<StoredRecord> history = records.computeIfAbsent(key, k -> new ArrayList<>());
            long current = history.size();
            if (current != expectedVersion) {
                if (history.isEmpty()) {
                    records.remove(key);
                }
                throw new VersionConflictException(key, expectedVersion, current);
            }
            long version = current + 1;
            StoredRecord record = StoredRecord.of(key, version, draft);
            history.add(record);
            latest.put(record);
            return version;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Checks every expected version and appends them all under one write lock. */
    @Override
    public List<Long> appendAll(List<RecordAppend> appends) {
        List<RecordAppend> checked = StoreArguments.appends(appends);
        lock.writeLock().lock();
        try {
            ensureOpen();
            for (RecordAppend a : checked) {
                long current = records.getOrDefault(a.key(), List.of()).size();
                if (current != a.expectedVersion()) {
                    throw new VersionConflictException(a.key(), a.expectedVersion(), current);
                }
            }
            List<Long> versions = new ArrayList<>();
            for (RecordAppend a : checked) {
                List<StoredRecord> history = records.computeIfAbsent(a.key(), k -> new ArrayList<>());
                long version = history.size() + 1L;
                StoredRecord record = StoredRecord.of(a.key(), version, a.draft());
                history.add(record);
                latest.put(record);
                versions.add(version);
            }
            return List.copyOf(versions);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Replaces the versions in place; the old content is left to the garbage collector. */
    @Override
    public void erase(RecordKey key, Map<Long, RecordDraft> redacted, Erasure erasure) {
        StoreArguments.erasure(key, redacted, erasure);
        lock.writeLock().lock();
        try {
            ensureOpen();
            List<StoredRecord> history = records.getOrDefault(key, List.of());
            for (Map.Entry<Long, RecordDraft> e : redacted.entrySet()) {
                long v = e.getKey();
                if (v < 1 || v > history.size()) {
                    throw new NoSuchElementException(
                            "record " + key + " has no version " + v + " to erase (it has " + history.size() + ")");
                }
                StoreArguments.redaction(history.get((int) (v - 1)), e.getValue());
            }
            redacted.forEach((v, d) -> {
                StoredRecord record = StoredRecord.of(key, v, d);
                history.set((int) (v - 1), record);
                if (v == history.size()) {
                    latest.put(record);
                }
            });
            erasures.computeIfAbsent(key, k -> new ArrayList<>()).add(erasure);
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public List<Erasure> erasures(RecordKey key) {
        StoreArguments.key(key);
        lock.readLock().lock();
        try {
            ensureOpen();
            return List.copyOf(erasures.getOrDefault(key, List.of()));
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public Optional<StoredRecord> latest(RecordKey key) {
        Objects.requireNonNull(key, "key");
        lock.readLock().lock();
        try {
            ensureOpen();
            List<StoredRecord> history = records.get(key);
            return history == null ? Optional.empty() : Optional.of(history.get(history.size() - 1));
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public List<StoredRecord> history(RecordKey key) {
        Objects.requireNonNull(key, "key");
        lock.readLock().lock();
        try {
            ensureOpen();
            List<StoredRecord> history = records.get(key);
            return history == null ? List.of() : List.copyOf(history);
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public Optional<StoredRecord> version(RecordKey key, long version) {
        StoreArguments.key(key);
        lock.readLock().lock();
        try {
            ensureOpen();
            List<StoredRecord> history = records.get(key);
            return history == null || version < 1 || version > history.size()
                    ? Optional.empty()
                    : Optional.of(history.get((int) (version - 1)));
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public List<VersionInfo> versions(RecordKey key, long after, int limit) {
        StoreArguments.key(key);
        StoreArguments.page(after, limit);
        lock.readLock().lock();
        try {
            ensureOpen();
            List<StoredRecord> history = records.getOrDefault(key, List.of());
            List<VersionInfo> page = new ArrayList<>();
            for (long v = after + 1; v <= history.size() && page.size() < limit; v++) {
                page.add(VersionInfo.of(history.get((int) (v - 1))));
            }
            return List.copyOf(page);
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public Optional<StoredRecord> asOf(RecordKey key, Instant instant) {
        StoreArguments.key(key);
        Objects.requireNonNull(instant, "instant");
        lock.readLock().lock();
        try {
            ensureOpen();
            List<StoredRecord> history = records.getOrDefault(key, List.of());
            for (int i = history.size() - 1; i >= 0; i--) {
                if (!history.get(i).content().time().isAfter(instant)) {
                    return Optional.of(history.get(i));
                }
            }
            return Optional.empty();
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public List<StoredRecord> find(String type, IndexTerm term) {
        RecordKey.checkType(type);
        Objects.requireNonNull(term, "term");
        lock.readLock().lock();
        try {
            ensureOpen();
            return latest.find(type, term);
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public List<RecordKey> keys(String type) {
        RecordKey.checkType(type);
        lock.readLock().lock();
        try {
            ensureOpen();
            return records.keySet().stream()
                    .filter(k -> k.type().equals(type))
                    .sorted()
                    .toList();
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public void close() {
        lock.writeLock().lock();
        try {
            closed = true;
            records.clear();
            latest.clear();
            erasures.clear();
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("in-memory record store is closed");
        }
    }

    @Override
    public String toString() {
        return "InMemoryRecordStore[" + (closed ? "closed" : "open") + "]";
    }
}
