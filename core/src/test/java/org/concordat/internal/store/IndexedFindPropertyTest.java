package org.concordat.internal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.concordat.spi.Erasure;
import org.concordat.spi.IndexTerm;
import org.concordat.spi.RecordDraft;
import org.concordat.spi.RecordKey;
import org.concordat.spi.RecordStore;
import org.concordat.spi.StoredRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * The embedded stores answer {@code find} from an index kept beside their latest versions: after
 * any sequence of appends, multi-record appends, erasures and (for the file store) reopening, the
 * index gives exactly what testing every key's latest version would give.
 */
class IndexedFindPropertyTest {
    private static final List<String> TYPES = List.of("plan", "note");
    private static final List<String> IDS = List.of("a", "b", "c", "d");
    private static final List<IndexTerm> TERMS = List.of(
            IndexTerm.of("urn", "100001"),
            IndexTerm.of("urn", "100002"),
            IndexTerm.of("member", "a-school"),
            IndexTerm.of("programme", "enthuse"));
    private static final Instant T = Instant.parse("2026-03-01T10:00:00Z");

    @TempDir
    Path temp;

    private int dirs;

    /** One step: which key, which terms (a bit set over {@link #TERMS}), and what to do. */
    private record Step(int type, int id, int terms, int action) {
        RecordKey key() {
            return RecordKey.of(TYPES.get(type), IDS.get(id));
        }

        Set<IndexTerm> termSet() {
            Set<IndexTerm> out = new TreeSet<>();
            for (int i = 0; i < TERMS.size(); i++) {
                if ((terms & (1 << i)) != 0) {
                    out.add(TERMS.get(i));
                }
            }
            return out;
        }
    }

    private static Gen<List<Step>> steps() {
        Gen<Step> step = SourceDSL.integers()
                .between(0, TYPES.size() - 1)
                .zip(
                        SourceDSL.integers().between(0, IDS.size() - 1),
                        SourceDSL.integers().between(0, (1 << TERMS.size()) - 1),
                        SourceDSL.integers().between(0, 9),
                        Step::new);
        return SourceDSL.lists().of(step).ofSizeBetween(1, 25);
    }

    private static RecordDraft draft(Set<IndexTerm> terms, Instant time) {
        return RecordDraft.of(1, "text/plain", new byte[] {1, 2, 3}, terms, "test", time);
    }

    /** Applies one step: mostly appends, sometimes two keys at once, sometimes an erasure. */
    private static void apply(RecordStore store, Step s) {
        RecordKey key = s.key();
        long current = store.latest(key).map(StoredRecord::version).orElse(0L);
        if (s.action() == 0 && current > 0) {
            // Erasure of the latest version: its replacement's terms are the index's from now on.
            StoredRecord latest = store.latest(key).orElseThrow();
            store.erase(
                    key,
                    Map.of(current, draft(s.termSet(), latest.content().time())),
                    new Erasure(key, List.of(current), "test", T, "request 1"));
        } else if (s.action() == 1) {
            RecordKey other = RecordKey.of(TYPES.get(1 - s.type()), IDS.get(s.id()));
            long otherCurrent = store.latest(other).map(StoredRecord::version).orElse(0L);
            store.appendAll(List.of(
                    org.concordat.spi.RecordAppend.of(key, current, draft(s.termSet(), T)),
                    org.concordat.spi.RecordAppend.of(other, otherCurrent, draft(Set.of(), T))));
        } else {
            store.append(key, current, draft(s.termSet(), T));
        }
    }

    /** What {@code find} must answer: every key's latest version tested one by one. */
    private static void assertIndexAgreesWithScan(RecordStore store) {
        for (String type : TYPES) {
            for (IndexTerm term : TERMS) {
                List<StoredRecord> scanned = new ArrayList<>();
                for (RecordKey key : store.keys(type)) {
                    StoredRecord latest = store.latest(key).orElseThrow();
                    if (latest.hasIndexTerm(term)) {
                        scanned.add(latest);
                    }
                }
                assertThat(store.find(type, term)).as(type + " " + term).isEqualTo(scanned);
            }
        }
    }

    @Test
    void the_memory_store_finds_what_a_scan_finds() {
        qt().withExamples(200).forAll(steps()).checkAssert(steps -> {
            try (RecordStore store = new InMemoryRecordStore()) {
                for (Step s : steps) {
                    apply(store, s);
                    assertIndexAgreesWithScan(store);
                }
            }
        });
    }

    @Test
    void the_file_store_finds_what_a_scan_finds_also_after_reopening() {
        qt().withExamples(40).forAll(steps()).checkAssert(steps -> {
            Path dir = temp.resolve("store-" + (dirs++));
            try (RecordStore store = FileRecordStore.open(dir)) {
                for (Step s : steps) {
                    apply(store, s);
                    assertIndexAgreesWithScan(store);
                }
            }
            try (RecordStore reopened = FileRecordStore.open(dir)) {
                assertIndexAgreesWithScan(reopened);
            }
            delete(dir);
        });
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
