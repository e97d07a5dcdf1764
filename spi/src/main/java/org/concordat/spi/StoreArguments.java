package org.concordat.spi;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The argument checks every {@link RecordStore} makes before touching its storage, in one place so
 * that every store refuses the same arguments with the same message ({@code field "value": rule}).
 * Backend authors call these first in each method; the testkit's contract checks the refusals.
 */
public final class StoreArguments {
    private StoreArguments() {}

    /**
     * Checks a key argument.
     *
     * @return the key
     * @throws NullPointerException when it is null
     */
    public static RecordKey key(RecordKey key) {
        return Objects.requireNonNull(key, "key");
    }

    /**
     * Checks an expected version: 0 ({@link RecordStore#NO_VERSION}) for a new record, else the
     * version the writer saw.
     *
     * @return the version
     * @throws IllegalArgumentException when it is negative
     */
    public static long expectedVersion(long expectedVersion) {
        if (expectedVersion < 0) {
            throw new IllegalArgumentException(Texts.describe(
                    "expectedVersion", expectedVersion, "must be 0 (a new record) or more (the version last read)"));
        }
        return expectedVersion;
    }

    /**
     * Checks the paging arguments of {@link RecordStore#versions}.
     *
     * @throws IllegalArgumentException when {@code after} is negative or {@code limit} is not between
     *     1 and {@link RecordStore#MAX_PAGE}
     */
    public static void page(long after, int limit) {
        if (after < 0) {
            throw new IllegalArgumentException(
                    Texts.describe("after", after, "must be 0 (from the first version) or more"));
        }
        if (limit < 1 || limit > RecordStore.MAX_PAGE) {
            throw new IllegalArgumentException(
                    Texts.describe("limit", limit, "must be between 1 and " + RecordStore.MAX_PAGE));
        }
    }

    /**
     * Checks the appends of {@link RecordStore#appendAll}: at least one, at most {@link
     * RecordStore#MAX_APPENDS}, each key at most once.
     *
     * @return the appends
     * @throws IllegalArgumentException when the list is empty, too long, or names a key twice
     */
    public static List<RecordAppend> appends(List<RecordAppend> appends) {
        Objects.requireNonNull(appends, "appends");
        if (appends.isEmpty() || appends.size() > RecordStore.MAX_APPENDS) {
            throw new IllegalArgumentException(Texts.describe(
                    "appends", appends.size() + " appends", "must be between 1 and " + RecordStore.MAX_APPENDS));
        }
        Set<RecordKey> seen = new HashSet<>();
        for (RecordAppend a : appends) {
            Objects.requireNonNull(a, "appends element");
            if (!seen.add(a.key())) {
                throw new IllegalArgumentException(Texts.describe(
                        "appends", a.key(), "names this record twice; append to each record at most once per call"));
            }
        }
        return List.copyOf(appends);
    }

    /**
     * Checks the arguments of {@link RecordStore#erase} that need no storage: the erasure is of
     * {@code key} and names exactly the versions of {@code redacted}.
     *
     * @throws IllegalArgumentException naming the mismatch
     */
    public static void erasure(RecordKey key, Map<Long, RecordDraft> redacted, Erasure erasure) {
        key(key);
        Objects.requireNonNull(redacted, "redacted");
        Objects.requireNonNull(erasure, "erasure");
        if (!erasure.key().equals(key)) {
            throw new IllegalArgumentException(
                    Texts.describe("erasure key", erasure.key(), "must be the record erased, " + key));
        }
        if (!new java.util.TreeSet<>(redacted.keySet()).equals(new java.util.TreeSet<>(erasure.versions()))) {
            throw new IllegalArgumentException(Texts.describe(
                    "erasure versions",
                    erasure.versions(),
                    "must be the versions redacted, " + new java.util.TreeSet<>(redacted.keySet())));
        }
        redacted.values().forEach(d -> Objects.requireNonNull(d, "redacted draft"));
    }

    /**
     * Checks a redacted draft against the stored version it replaces.
     *
     * @throws IllegalArgumentException when the redacted draft changes the version's time
     */
    public static void redaction(StoredRecord original, RecordDraft redacted) {
        if (!original.content().time().equals(redacted.time())) {
            throw new IllegalArgumentException(Texts.describe(
                    "redacted time of " + original.key() + " version " + original.version(),
                    redacted.time(),
                    "must stay " + original.content().time() + ", the time the version was made"));
        }
    }
}
