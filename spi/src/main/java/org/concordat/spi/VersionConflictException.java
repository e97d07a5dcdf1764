package org.concordat.spi;

import java.util.ConcurrentModificationException;
import java.util.Objects;

/**
 * Thrown by {@link RecordStore#append} when the record's current version is not the one the caller
 * expected: another writer appended first (or the caller's copy is stale). Nothing was written;
 * the caller should reload the latest version, reapply its change and append again.
 */
public class VersionConflictException extends ConcurrentModificationException {
    private static final long serialVersionUID = 1L;

    private final RecordKey key;
    private final long expectedVersion;
    private final long actualVersion;

    /**
     * A conflict on {@code key}.
     *
     * @param key the record appended to
     * @param expectedVersion the version the caller expected to be current (0 for "no record yet")
     * @param actualVersion the version the store holds (0 when it holds none)
     */
    public VersionConflictException(RecordKey key, long expectedVersion, long actualVersion) {
        super("record " + Objects.requireNonNull(key, "key") + ": expected version " + expectedVersion
                + " but the store holds version " + actualVersion
                + "; another writer got there first, so reload the latest version and retry");
        this.key = key;
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    /** The record appended to. */
    public RecordKey key() {
        return key;
    }

    /** The version the caller expected to be current (0 meant "no record yet"). */
    public long expectedVersion() {
        return expectedVersion;
    }

    /** The version the store held when the append was refused (0 when none). */
    public long actualVersion() {
        return actualVersion;
    }
}
