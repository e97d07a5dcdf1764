package org.concordat.spi;

import java.util.Objects;

/**
 * One append of an atomic group handed to {@link RecordStore#appendAll}: which record, the version
 * the writer expects to be current, and what to append.
 *
 * @param key the record to append to
 * @param expectedVersion the current version the writer expects ({@link RecordStore#NO_VERSION}
 *     for a new record)
 * @param draft the new version's content
 */
public record RecordAppend(RecordKey key, long expectedVersion, RecordDraft draft) {
    /**
     * Checks the parts.
     *
     * @throws IllegalArgumentException when {@code expectedVersion} is negative
     */
    public RecordAppend {
        StoreArguments.key(key);
        StoreArguments.expectedVersion(expectedVersion);
        Objects.requireNonNull(draft, "draft");
    }

    /** An append from its parts; see the record description. */
    public static RecordAppend of(RecordKey key, long expectedVersion, RecordDraft draft) {
        return new RecordAppend(key, expectedVersion, draft);
    }
}
