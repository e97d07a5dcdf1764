package org.concordat.spi;

import java.util.Objects;

/**
 * One version of a record as a {@link RecordStore} holds it: the key, the version number (1 for
 * the first, then one more for each append) and the content appended.
 *
 * @param key the record's key
 * @param version the version number, 1 or more
 * @param content what was appended as this version
 */
public record StoredRecord(RecordKey key, long version, RecordDraft content) {
    /**
     * Checks the parts.
     *
     * @throws IllegalArgumentException when the version is below 1
     */
    public StoredRecord {
        Objects.requireNonNull(key, "key");
        if (version < 1) {
            throw new IllegalArgumentException(Texts.describe("StoredRecord version", version, "must be 1 or more"));
        }
        Objects.requireNonNull(content, "content");
    }

    /** A stored record from its parts; see the record description. */
    public static StoredRecord of(RecordKey key, long version, RecordDraft content) {
        return new StoredRecord(key, version, content);
    }

    /** A copy of the payload bytes (shorthand for {@code content().payload()}). */
    public byte[] payload() {
        return content.payload();
    }

    /** Whether this version carries the term (shorthand for {@code content().hasIndexTerm(term)}). */
    public boolean hasIndexTerm(IndexTerm term) {
        return content.hasIndexTerm(term);
    }
}
