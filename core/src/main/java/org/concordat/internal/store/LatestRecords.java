package org.concordat.internal.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.concordat.spi.IndexTerm;
import org.concordat.spi.RecordKey;
import org.concordat.spi.StoredRecord;
import org.jspecify.annotations.Nullable;

/**
 * The latest version of every key an embedded store holds, with an index from (type, index term)
 * to the keys whose latest version carries that term, so {@code find} looks its answer up instead
 * of testing every record. Only the latest version's terms count, as the SPI says: replacing a
 * key's latest version moves the key from the old version's terms to the new one's.
 *
 * <p>Thread-safe: reads of one key take no lock; changes and index lookups are serialised, so a
 * lookup never sees a key indexed under a term its latest version does not carry.
 */
final class LatestRecords {
    private final Map<RecordKey, StoredRecord> latest = new ConcurrentHashMap<>();
    private final Map<String, Map<IndexTerm, NavigableSet<RecordKey>>> index = new HashMap<>();

    /** The latest version of {@code key}, or null when it has none. */
    @Nullable
    StoredRecord get(RecordKey key) {
        return latest.get(key);
    }

    /** Whether {@code key} has a version. */
    boolean contains(RecordKey key) {
        return latest.containsKey(key);
    }

    /** How many keys have a version. */
    int size() {
        return latest.size();
    }

    /** Makes {@code record} the latest version of its key, re-indexing the key under its terms. */
    synchronized void put(StoredRecord record) {
        StoredRecord before = latest.put(record.key(), record);
        if (before != null) {
            Map<IndexTerm, NavigableSet<RecordKey>> terms =
                    index.get(before.key().type());
            for (IndexTerm term : before.content().indexTerms()) {
                NavigableSet<RecordKey> keys = terms.get(term);
                keys.remove(before.key());
                if (keys.isEmpty()) {
                    terms.remove(term);
                }
            }
        }
        Map<IndexTerm, NavigableSet<RecordKey>> terms =
                index.computeIfAbsent(record.key().type(), t -> new HashMap<>());
        for (IndexTerm term : record.content().indexTerms()) {
            terms.computeIfAbsent(term, t -> new TreeSet<>()).add(record.key());
        }
    }

    /** The latest versions of type {@code type} that carry {@code term}, sorted by key. */
    synchronized List<StoredRecord> find(String type, IndexTerm term) {
        NavigableSet<RecordKey> keys =
                index.getOrDefault(type, Map.of()).getOrDefault(term, java.util.Collections.emptyNavigableSet());
        List<StoredRecord> found = new ArrayList<>(keys.size());
        for (RecordKey key : keys) {
            found.add(latest.get(key));
        }
        return List.copyOf(found);
    }

    /** The keys of type {@code type}, sorted. */
    List<RecordKey> keys(String type) {
        return latest.keySet().stream()
                .filter(k -> k.type().equals(type))
                .sorted()
                .toList();
    }

    /** Forgets everything. */
    synchronized void clear() {
        latest.clear();
        index.clear();
    }
}
