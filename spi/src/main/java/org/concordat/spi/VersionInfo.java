package org.concordat.spi;

import java.time.Instant;
import java.util.Objects;

/**
 * What a {@link RecordStore} knows about one version of a record without its payload: the number,
 * what the payload is and how big, who made it and when. {@link RecordStore#versions} lists these so
 * a caller can show or choose among many versions while reading no payload at all.
 *
 * @param key the record's key
 * @param version the version number, 1 or more
 * @param schemaVersion the payload's schema version, 1 or more
 * @param mediaType what the payload bytes are, e.g. {@code application/json}
 * @param payloadSize the payload's length in bytes, 0 or more
 * @param author who made the version
 * @param time when the version was made, as the writer's clock said
 */
public record VersionInfo(
        RecordKey key,
        long version,
        int schemaVersion,
        String mediaType,
        long payloadSize,
        String author,
        Instant time) {
    /**
     * Checks the parts.
     *
     * @throws IllegalArgumentException when the version or schema version is below 1 or the size is
     *     negative
     */
    public VersionInfo {
        Objects.requireNonNull(key, "key");
        if (version < 1) {
            throw new IllegalArgumentException(Texts.describe("VersionInfo version", version, "must be 1 or more"));
        }
        if (schemaVersion < 1) {
            throw new IllegalArgumentException(
                    Texts.describe("VersionInfo schemaVersion", schemaVersion, "must be 1 or more"));
        }
        Objects.requireNonNull(mediaType, "mediaType");
        if (payloadSize < 0) {
            throw new IllegalArgumentException(
                    Texts.describe("VersionInfo payloadSize", payloadSize, "must be 0 or more"));
        }
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(time, "time");
    }

    /** The metadata of a stored version (its payload's size, not its bytes). */
    public static VersionInfo of(StoredRecord record) {
        RecordDraft d = record.content();
        return new VersionInfo(
                record.key(),
                record.version(),
                d.schemaVersion(),
                d.mediaType(),
                d.payloadSize(),
                d.author(),
                d.time());
    }
}
