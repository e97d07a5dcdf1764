package org.concordat.spi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A versioned, append-only store of records: each {@link RecordKey} has a history of versions
 * 1, 2, 3, … that is never rewritten. Writers use optimistic concurrency: {@link #append} names
 * the version the writer saw, and fails with a {@link VersionConflictException} when another
 * writer got there first, so an update is never lost silently.
 *
 * <p>Every implementation must be safe for use by many threads at once. Methods called after
 * {@link #close()} throw {@link IllegalStateException}. Failures of the underlying storage are
 * reported as {@link java.io.UncheckedIOException}; those worth retrying as they are (a deadlock, a
 * timeout, a serialisation failure) as its subtype {@link RetryableStoreException}. Run the testkit's {@code RecordStoreContract}
 * to prove an implementation keeps these promises.
 *
 * <p>The methods with a default ({@link #version}, {@link #versions}, {@link #asOf}) are correct
 * over {@link #history} but read every version; a store that can read one version, or versions
 * without their payloads, overrides them (every built-in store does). Check arguments with {@link
 * StoreArguments} so every store refuses the same ones the same way.
 */
public interface RecordStore extends AutoCloseable {
    /** The version to expect for a record that does not exist yet. */
    long NO_VERSION = 0;

    /** The most appends one call of {@link #appendAll} takes. */
    int MAX_APPENDS = 1000;

    /** The most versions one call of {@link #versions} returns. */
    int MAX_PAGE = 1000;

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
     * Appends to several records at once, all or nothing: each {@link RecordAppend} names its record,
     * the version its writer expects to be current and the new content. Either every append is made
     * (and durable, as {@link #append} promises), or, when any record's current version differs,
     * none is and {@link VersionConflictException} names the first such record in the order given. A
     * crash at any moment leaves all of them or none. Used, for example, to record a plan version
     * together with the notifications it causes.
     *
     * <p>The default takes one append only and refuses more, since it cannot make several atomic;
     * every built-in store overrides it.
     *
     * @return the new version of each record, in the order given
     * @throws VersionConflictException when any record's current version is not the expected one;
     *     nothing is written
     * @throws IllegalArgumentException when the list is empty, longer than {@link #MAX_APPENDS}, or
     *     names a record twice
     * @throws UnsupportedOperationException when the store cannot append several records atomically
     * @throws IllegalStateException when the store is closed
     */
    default List<Long> appendAll(List<RecordAppend> appends) {
        List<RecordAppend> checked = StoreArguments.appends(appends);
        if (checked.size() > 1) {
            throw new UnsupportedOperationException(getClass().getName()
                    + " cannot append to several records atomically: it does not override appendAll");
        }
        RecordAppend only = checked.get(0);
        return List.of(append(only.key(), only.expectedVersion(), only.draft()));
    }

    /**
     * Erases personal data from stored versions of {@code key}: replaces the content of each version
     * named in {@code redacted} with its redacted draft, and records {@code erasure} as the trace (who,
     * when, why; never what). The one exception to "a version is never rewritten", for data
     * protection law. A redacted draft must keep the original version's {@link RecordDraft#time()};
     * its payload, index terms, author, schema version and media type may change. Afterwards no read
     * returns the old content, and no file, row or page of the store holds it.
     *
     * <p>The versions are replaced one by one: after a crash some may be redacted and the trace not
     * yet written, so an erasure that failed is run again whole. The default refuses, since a store
     * that cannot erase must say so; every built-in store overrides it.
     *
     * @param redacted the replacement content of each version to redact, by version number; the
     *     keys must equal {@code erasure.versions()}
     * @throws java.util.NoSuchElementException when a named version does not exist; nothing is
     *     changed
     * @throws IllegalArgumentException when the erasure is of another record, names other versions
     *     than {@code redacted}, or a redacted draft changes the version's time
     * @throws UnsupportedOperationException when the store cannot erase
     * @throws IllegalStateException when the store is closed
     */
    default void erase(RecordKey key, Map<Long, RecordDraft> redacted, Erasure erasure) {
        StoreArguments.erasure(key, redacted, erasure);
        throw new UnsupportedOperationException(
                getClass().getName() + " cannot erase personal data from stored versions: it does not override erase");
    }

    /**
     * The erasures made on {@code key}, oldest first; empty when none (and by default).
     *
     * @throws IllegalStateException when the store is closed
     */
    default List<Erasure> erasures(RecordKey key) {
        StoreArguments.key(key);
        return List.of();
    }

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
     * One version of {@code key}: the one way to read an old version, reading that version only.
     *
     * @return empty when that version does not exist (including a {@code version} below 1)
     * @throws IllegalStateException when the store is closed
     */
    default Optional<StoredRecord> version(RecordKey key, long version) {
        StoreArguments.key(key);
        List<StoredRecord> history = history(key);
        return version >= 1 && version <= history.size()
                ? Optional.of(history.get((int) (version - 1)))
                : Optional.empty();
    }

    /**
     * One page of the versions of {@code key} as metadata only, oldest first: those numbered above
     * {@code after}, at most {@code limit} of them. Page through a long history by passing the last
     * version of one page as {@code after} of the next; a page shorter than {@code limit} is the last.
     *
     * @param after 0 to start at version 1, else the last version already seen
     * @param limit the most versions to return, 1 to {@link #MAX_PAGE}
     * @return an empty list when there are no such versions or the record does not exist
     * @throws IllegalArgumentException when {@code after} is negative or {@code limit} is out of range
     * @throws IllegalStateException when the store is closed
     */
    default List<VersionInfo> versions(RecordKey key, long after, int limit) {
        StoreArguments.key(key);
        StoreArguments.page(after, limit);
        List<VersionInfo> page = new ArrayList<>();
        for (StoredRecord r : history(key)) {
            if (r.version() > after && page.size() < limit) {
                page.add(VersionInfo.of(r));
            }
        }
        return List.copyOf(page);
    }

    /**
     * The version of {@code key} that stood at {@code instant}: the highest-numbered version whose
     * {@link RecordDraft#time() time} is at or before it. Times are the writers' clocks, so they
     * need not rise with the version; this rule gives one answer whatever they say.
     *
     * @return empty when every version was made after {@code instant}, or the record does not exist
     * @throws IllegalStateException when the store is closed
     */
    default Optional<StoredRecord> asOf(RecordKey key, Instant instant) {
        StoreArguments.key(key);
        Objects.requireNonNull(instant, "instant");
        List<StoredRecord> history = history(key);
        for (int i = history.size() - 1; i >= 0; i--) {
            if (!history.get(i).content().time().isAfter(instant)) {
                return Optional.of(history.get(i));
            }
        }
        return Optional.empty();
    }

    /**
     * The latest versions of the records of {@code type} whose latest version carries {@code term}
     * (a term dropped by a later version no longer finds the record), in id order ({@link
     * String#compareTo}, by UTF-16 code unit, as {@link RecordKey#compareTo}).
     *
     * @throws IllegalArgumentException when the type is malformed (see {@link RecordKey})
     * @throws IllegalStateException when the store is closed
     */
    List<StoredRecord> find(String type, IndexTerm term);

    /**
     * The keys of every record of {@code type}, in id order ({@link String#compareTo}).
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
