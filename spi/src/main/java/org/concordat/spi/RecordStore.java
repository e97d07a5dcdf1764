package org.concordat.spi;

import java.util.List;
import java.util.Optional;

/**
 * A versioned, append-only store of records: each {@link RecordKey} has a history of versions
 * 1, 2, 3, … that is never rewritten. Writers use optimistic concurrency: {@link #append} names
 * the version the writer saw, and fails with a {@link VersionConflictException} when another
 * writer got there first, so an update is never lost silently.
 *
 * <p>Every implementation must be safe for use by many threads at once. Methods called after
 * {@link #close()} throw {@link IllegalStateException}. Failures of the underlying storage are
 * reported as {@link java.io.UncheckedIOException}. Run the testkit's {@code RecordStoreContract}
 * to prove an implementation keeps these promises.
 */
public interface RecordStore extends AutoCloseable {
    /** The version to expect for a record that does not exist yet. */
    long NO_VERSION = 0;

    /**
     * Appends a new version of {@code key}, provided its current version is {@code expectedVersion}
     * ({@link #NO_VERSION} for a new record). When this method returns the version is durable as
     * far as the store promises durability (the file store: on disk, fsynced).
     *
     * @return the new version number, {@code expectedVersion + 1}
     * @throws VersionConflictException when the current version differs; nothing is written
     * @throws IllegalArgumentException when {@code expectedVersion} is negative
     * @throws IllegalStateException when the store is closed
     */
    long append(RecordKey key, long expectedVersion, RecordDraft draft);

    /**
     * The newest version of {@code key}.
     *
     * @return empty when the store holds no version of it
     * @throws IllegalStateException when the store is closed
     */
    Optional<StoredRecord> latest(RecordKey key);

    /**
     * Every version of {@code key}, oldest first (version 1 at index 0).
     *
     * @return an empty list when the store holds no version of it
     * @throws IllegalStateException when the store is closed
     */
    List<StoredRecord> history(RecordKey key);

    /**
     * One version of {@code key}.
     *
     * @return empty when that version does not exist
     * @throws IllegalStateException when the store is closed
     */
    default Optional<StoredRecord> version(RecordKey key, long version) {
        List<StoredRecord> history = history(key);
        return version >= 1 && version <= history.size()
                ? Optional.of(history.get((int) (version - 1)))
                : Optional.empty();
    }

    /**
     * The latest versions of the records of {@code type} whose latest version carries {@code term}
     * (a term dropped by a later version no longer finds the record), ordered by key.
     *
     * @throws IllegalArgumentException when the type is malformed (see {@link RecordKey})
     * @throws IllegalStateException when the store is closed
     */
    List<StoredRecord> find(String type, IndexTerm term);

    /**
     * The keys of every record of {@code type}, ordered by id.
     *
     * @throws IllegalArgumentException when the type is malformed (see {@link RecordKey})
     * @throws IllegalStateException when the store is closed
     */
    List<RecordKey> keys(String type);

    /**
     * Releases the store's resources (files, locks, connections). Calling it again does nothing.
     * Records appended before closing stay available to the next store opened on the same storage,
     * if the store is durable.
     */
    @Override
    void close();
}
