package org.concordat.spi;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The content of one record version, as handed to {@link RecordStore#append}: what the payload is
 * ({@code schemaVersion}, {@code mediaType}), the payload bytes, the terms it can be found by, who
 * wrote it and when.
 *
 * <p>The payload is copied on the way in and on the way out, so neither the caller nor the store
 * can change a draft after it was made. Equality compares the payload's bytes.
 *
 * @param schemaVersion version of the payload's schema, 1 or more; lets a reader migrate old
 *     payloads
 * @param mediaType what the payload bytes are, e.g. {@code application/json}
 * @param payload the bytes (any length, including zero)
 * @param indexTerms terms to find the record by; only the latest version's terms count
 * @param author who made this version (a user name or system name, at most 256 characters)
 * @param time when this version was made, as the caller's clock says
 */
@SuppressWarnings("ArrayRecordComponent") // copied in and out; equals, hashCode and toString handle it
public record RecordDraft(
        int schemaVersion, String mediaType, byte[] payload, Set<IndexTerm> indexTerms, String author, Instant time) {
    private static final Pattern MEDIA_TYPE =
            Pattern.compile("[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*(;[^\\p{Cntrl}]*)?");

    /**
     * Checks and copies every part; index terms are kept sorted.
     *
     * @throws IllegalArgumentException when the schema version is below 1, the media type is not
     *     {@code type/subtype}, or the author is blank, longer than 256 characters or holds a control
     *     character
     */
    public RecordDraft {
        if (schemaVersion < 1) {
            throw new IllegalArgumentException(
                    Texts.describe("RecordDraft schemaVersion", schemaVersion, "must be 1 or more"));
        }
        Objects.requireNonNull(mediaType, "mediaType");
        if (mediaType.length() > 255 || !MEDIA_TYPE.matcher(mediaType).matches()) {
            throw new IllegalArgumentException(Texts.describe(
                    "RecordDraft mediaType",
                    Texts.abbreviate(mediaType),
                    "must read type/subtype, e.g. application/json"));
        }
        payload = Objects.requireNonNull(payload, "payload").clone();
        SortedSet<IndexTerm> terms = new TreeSet<>();
        for (IndexTerm term : Objects.requireNonNull(indexTerms, "indexTerms")) {
            terms.add(Objects.requireNonNull(term, "indexTerms element"));
        }
        indexTerms = java.util.Collections.unmodifiableSortedSet(terms);
        author = Texts.singleLine("RecordDraft author", author, 256);
        Objects.requireNonNull(time, "time");
    }

    /**
     * A draft with the given parts; see the record description.
     *
     * @throws IllegalArgumentException as the canonical constructor
     */
    public static RecordDraft of(
            int schemaVersion,
            String mediaType,
            byte[] payload,
            Set<IndexTerm> indexTerms,
            String author,
            Instant time) {
        return new RecordDraft(schemaVersion, mediaType, payload, indexTerms, author, time);
    }

    /** A copy of the payload bytes; changing it changes nothing here. */
    @Override
    public byte[] payload() {
        return payload.clone();
    }

    /**
     * Whether the payload is exactly {@code bytes}, compared without copying it: lets a reader that
     * kept what it decoded from a version check cheaply that the version still holds those bytes.
     */
    public boolean payloadEquals(byte[] bytes) {
        return Arrays.equals(payload, Objects.requireNonNull(bytes, "bytes"));
    }

    /** The payload's length in bytes, without copying it. */
    public int payloadSize() {
        return payload.length;
    }

    /** Whether this draft carries the term. */
    public boolean hasIndexTerm(IndexTerm term) {
        return indexTerms.contains(term);
    }

    /** Equal when every part is equal, the payload compared byte by byte. */
    @Override
    public boolean equals(Object other) {
        return other instanceof RecordDraft that
                && schemaVersion == that.schemaVersion
                && mediaType.equals(that.mediaType)
                && Arrays.equals(payload, that.payload)
                && indexTerms.equals(that.indexTerms)
                && author.equals(that.author)
                && time.equals(that.time);
    }

    @Override
    public int hashCode() {
        return Objects.hash(schemaVersion, mediaType, Arrays.hashCode(payload), indexTerms, author, time);
    }

    /** A summary for messages; shows the payload's size, never its bytes. */
    @Override
    public String toString() {
        return "RecordDraft[schemaVersion=" + schemaVersion + ", mediaType=" + mediaType + ", payload="
                + payload.length + " bytes, indexTerms=" + indexTerms + ", author=" + author + ", time=" + time
                + "]";
    }
}
