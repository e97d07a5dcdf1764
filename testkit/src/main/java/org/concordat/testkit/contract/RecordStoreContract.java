package org.concordat.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.concordat.spi.Erasure;
import org.concordat.spi.IndexTerm;
import org.concordat.spi.RecordAppend;
import org.concordat.spi.RecordDraft;
import org.concordat.spi.RecordKey;
import org.concordat.spi.RecordStore;
import org.concordat.spi.StoredRecord;
import org.concordat.spi.VersionConflictException;
import org.concordat.spi.VersionInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link RecordStore} promises. Extend it, implement {@link #newStore()} (and
 * {@link #reopen(RecordStore)} for a durable store), and every test here runs against your store:
 * versions and conflicts, history order, index lookup, isolation of payload bytes, Unicode and
 * large payloads, behaviour after close, concurrent appends from several threads, and (when the
 * store is durable) reopening with everything kept. Times are compared to the microsecond, the
 * precision a store must keep at least.
 */
public abstract class RecordStoreContract {
    /** Time of the drafts the tests append, with microseconds, which a store must keep. */
    protected static final Instant T0 = Instant.parse("2026-09-01T08:30:00.123456Z");

    /** The store under test, made fresh for each test by {@link #newStore()}. */
    protected RecordStore store;

    private final List<RecordStore> opened = new ArrayList<>();

    /** A new, empty store; called once before each test (and again by some tests). */
    protected abstract RecordStore newStore();

    /**
     * A new store opened on the same storage as {@code closed}, which the test has closed; empty
     * when the store is not durable (the reopen tests are then skipped).
     */
    protected Optional<RecordStore> reopen(RecordStore closed) {
        return Optional.empty();
    }

    /**
     * How many times each race is run (every round a fresh record, all racers released at once by
     * {@link Concurrently#race}). The default, 100, makes a store that checks and then writes
     * without atomicity fail every run even on two cores; lower it only for a store whose appends
     * are slow, and never below 20.
     */
    protected int raceRounds() {
        return 100;
    }

    /** How many threads race in each round; the default is {@link Concurrently#THREADS}. */
    protected int racers() {
        return Concurrently.THREADS;
    }

    /**
     * Whether the store's raw storage (every file, every row, whatever it keeps) holds {@code text}
     * in UTF-8 anywhere; the erasure test requires erased text to be nowhere. The default says no,
     * which checks nothing: a durable store should override it to search its files or tables.
     */
    protected boolean storageContains(String text) {
        return false;
    }

    @BeforeEach
    final void openStore() {
        store = track(newStore());
    }

    @AfterEach
    final void closeStores() {
        for (RecordStore s : opened) {
            s.close();
        }
    }

    /** Registers a store to close after the test. */
    protected final RecordStore track(RecordStore s) {
        opened.add(s);
        return s;
    }

    /** A draft with the given payload text, written by {@code tester} at {@link #T0}. */
    protected static RecordDraft draft(String payload, String... terms) {
        Set<IndexTerm> indexTerms = new java.util.TreeSet<>();
        for (String term : terms) {
            indexTerms.add(IndexTerm.parse(term));
        }
        return RecordDraft.of(
                1, "application/json", payload.getBytes(StandardCharsets.UTF_8), indexTerms, "tester", T0);
    }

    /**
     * Checks that {@code key}'s history is exactly {@code appended}, versions 1, 2, 3, … oldest
     * first, failing with a message that names the broken promise.
     */
    protected final void assertHistoryIs(RecordKey key, List<RecordDraft> appended) {
        List<StoredRecord> history = store.history(key);
        if (history.size() < appended.size()) {
            throw broken("history of " + key + " holds " + history.size() + " versions but " + appended.size()
                    + " were appended: lost history");
        }
        if (history.size() > appended.size()) {
            throw broken("history of " + key + " holds " + history.size() + " versions but only " + appended.size()
                    + " appends were acknowledged: a version appeared that no writer was told of");
        }
        for (int i = 0; i < history.size(); i++) {
            StoredRecord r = history.get(i);
            if (r.version() != i + 1L) {
                throw broken("history of " + key + " is not oldest first: index " + i + " holds version " + r.version()
                        + " where version " + (i + 1) + " belongs");
            }
            if (!r.key().equals(key)) {
                throw broken("history of " + key + " holds version " + r.version() + " of another record, " + r.key());
            }
            if (!r.content().equals(appended.get(i))) {
                throw broken("history of " + key + ": version " + r.version()
                        + " is not what was appended as that version (" + r.content() + " instead of "
                        + appended.get(i) + ")");
            }
        }
    }

    /** A failure naming the promise a store broke. */
    protected static AssertionError broken(String promise) {
        return new AssertionError(promise);
    }

    private static String writers(int n) {
        return n == 2 ? "two writers both" : n + " writers all";
    }

    private static String text(StoredRecord r) {
        return new String(r.payload(), StandardCharsets.UTF_8);
    }

    @Test
    void the_first_append_makes_version_one() {
        RecordKey key = RecordKey.of("plan", "p1");
        assertThat(store.append(key, RecordStore.NO_VERSION, draft("{}"))).isEqualTo(1);
        assertThat(store.latest(key)).map(StoredRecord::version).contains(1L);
    }

    @Test
    void each_append_with_the_current_version_makes_the_next() {
        RecordKey key = RecordKey.of("plan", "p1");
        long v1 = store.append(key, 0, draft("a"));
        long v2 = store.append(key, v1, draft("b"));
        long v3 = store.append(key, v2, draft("c"));
        assertThat(List.of(v1, v2, v3)).containsExactly(1L, 2L, 3L);
        assertThat(store.latest(key)).map(RecordStoreContract::text).contains("c");
    }

    @Test
    void a_stale_expected_version_conflicts_and_writes_nothing() {
        RecordKey key = RecordKey.of("plan", "p1");
        store.append(key, 0, draft("a"));
        store.append(key, 1, draft("b"));

        assertThatThrownBy(() -> store.append(key, 1, draft("lost update")))
                .isInstanceOfSatisfying(VersionConflictException.class, e -> {
                    assertThat(e.key()).isEqualTo(key);
                    assertThat(e.expectedVersion()).isEqualTo(1);
                    assertThat(e.actualVersion()).isEqualTo(2);
                })
                .hasMessageContaining("plan/p1");
        assertThat(store.history(key)).extracting(RecordStoreContract::text).containsExactly("a", "b");
    }

    @Test
    void creating_a_record_that_exists_conflicts() {
        RecordKey key = RecordKey.of("plan", "p1");
        store.append(key, 0, draft("a"));
        assertThatThrownBy(() -> store.append(key, 0, draft("again"))).isInstanceOf(VersionConflictException.class);
    }

    @Test
    void appending_to_a_missing_record_with_a_version_conflicts() {
        RecordKey key = RecordKey.of("plan", "missing");
        assertThatThrownBy(() -> store.append(key, 3, draft("a")))
                .isInstanceOfSatisfying(
                        VersionConflictException.class,
                        e -> assertThat(e.actualVersion()).isZero());
        assertThat(store.latest(key)).isEmpty();
        assertThat(store.keys("plan")).isEmpty();
    }

    @Test
    void a_negative_expected_version_is_refused() {
        assertThatThrownBy(() -> store.append(RecordKey.of("plan", "p"), -1, draft("a")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_unknown_key_has_no_latest_and_an_empty_history() {
        RecordKey key = RecordKey.of("plan", "nobody");
        assertThat(store.latest(key)).isEmpty();
        assertThat(store.history(key)).isEmpty();
        assertThat(store.version(key, 1)).isEmpty();
    }

    @Test
    void history_holds_every_version_oldest_first_as_appended() {
        RecordKey key = RecordKey.of("plan", "p1");
        RecordDraft first = RecordDraft.of(
                1, "application/json", new byte[] {1}, Set.of(IndexTerm.parse("urn=100000")), "alice", T0);
        RecordDraft second =
                RecordDraft.of(2, "application/yaml", new byte[] {2, 3}, Set.of(), "bob", T0.plusSeconds(60));
        RecordDraft third = draft("third");
        store.append(key, 0, first);
        store.append(key, 1, second);
        store.append(key, 2, third);

        assertHistoryIs(key, List.of(first, second, third));
        assertThat(store.version(key, 1)).contains(StoredRecord.of(key, 1, first));
        assertThat(store.latest(key)).contains(StoredRecord.of(key, 3, third));
    }

    @Test
    void versions_lists_metadata_oldest_first_in_pages() {
        RecordKey key = RecordKey.of("plan", "paged");
        for (int v = 1; v <= 5; v++) {
            store.append(
                    key,
                    v - 1,
                    RecordDraft.of(
                            v,
                            v % 2 == 0 ? "application/yaml" : "application/json",
                            new byte[v * 10],
                            Set.of(),
                            "author " + v,
                            T0.plusSeconds(v)));
        }
        List<VersionInfo> all = store.versions(key, 0, RecordStore.MAX_PAGE);
        assertThat(all).extracting(VersionInfo::version).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(all.get(3))
                .isEqualTo(new VersionInfo(key, 4, 4, "application/yaml", 40, "author 4", T0.plusSeconds(4)));
        assertThat(store.versions(key, 0, 2)).extracting(VersionInfo::version).containsExactly(1L, 2L);
        assertThat(store.versions(key, 2, 2)).extracting(VersionInfo::version).containsExactly(3L, 4L);
        assertThat(store.versions(key, 4, 2)).extracting(VersionInfo::version).containsExactly(5L);
        assertThat(store.versions(key, 5, 2)).isEmpty();
        assertThat(store.versions(key, 99, 2)).isEmpty();
        assertThat(store.versions(RecordKey.of("plan", "nobody"), 0, 10)).isEmpty();
        for (StoredRecord r : store.history(key)) {
            assertThat(store.versions(key, r.version() - 1, 1)).containsExactly(VersionInfo.of(r));
        }
    }

    @Test
    void versions_refuses_a_negative_start_and_a_page_size_out_of_range() {
        RecordKey key = RecordKey.of("plan", "p");
        assertThatThrownBy(() -> store.versions(key, -1, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("after \"-1\"");
        assertThatThrownBy(() -> store.versions(key, 0, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("limit \"0\"");
        assertThatThrownBy(() -> store.versions(key, 0, RecordStore.MAX_PAGE + 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be between 1 and " + RecordStore.MAX_PAGE);
    }

    @Test
    void version_reads_exactly_the_version_asked_for() {
        RecordKey key = RecordKey.of("plan", "p");
        for (int v = 1; v <= 4; v++) {
            store.append(key, v - 1, draft("v" + v));
        }
        for (int v = 1; v <= 4; v++) {
            assertThat(store.version(key, v))
                    .map(r -> r.version() + ":" + text(r))
                    .contains(v + ":v" + v);
        }
        assertThat(store.version(key, 0)).isEmpty();
        assertThat(store.version(key, -3)).isEmpty();
        assertThat(store.version(key, 5)).isEmpty();
    }

    @Test
    void as_of_gives_the_highest_version_made_at_or_before_the_instant() {
        RecordKey key = RecordKey.of("plan", "timed");
        Instant[] times = {T0, T0.plusSeconds(60), T0.plusSeconds(120), T0.plusSeconds(30)};
        for (int v = 1; v <= times.length; v++) {
            store.append(
                    key, v - 1, RecordDraft.of(1, "text/plain", new byte[] {(byte) v}, Set.of(), "x", times[v - 1]));
        }
        assertThat(store.asOf(key, T0.minusNanos(1000))).isEmpty();
        assertThat(store.asOf(key, T0)).map(StoredRecord::version).contains(1L);
        assertThat(store.asOf(key, T0.plusSeconds(29)))
                .map(StoredRecord::version)
                .contains(1L);
        // Version 4's writer's clock was behind: it is made at T0+30s, so it stands from then on.
        assertThat(store.asOf(key, T0.plusSeconds(30)))
                .map(StoredRecord::version)
                .contains(4L);
        assertThat(store.asOf(key, T0.plusSeconds(3600)))
                .map(StoredRecord::version)
                .contains(4L);
        assertThat(store.asOf(key, T0.plusSeconds(3600)).orElseThrow().payload())
                .containsExactly(4);
        assertThat(store.asOf(RecordKey.of("plan", "nobody"), T0)).isEmpty();
    }

    @Test
    void versions_and_as_of_agree_with_history_for_any_sequence() {
        AtomicInteger keys = new AtomicInteger();
        Seeds.forEach("versions and as-of agree with history", 30, c -> {
            List<Integer> offsets = new ArrayList<>();
            for (int n = c.between(1, 10); offsets.size() < n; ) {
                offsets.add(c.between(-5, 5));
            }
            int probe = c.between(-6, 60);
            int pageSize = c.between(1, 4);
            RecordKey key = RecordKey.of("prop", "t" + keys.incrementAndGet());
            for (int i = 0; i < offsets.size(); i++) {
                store.append(
                        key,
                        i,
                        RecordDraft.of(
                                1, "text/plain", new byte[i], Set.of(), "w", T0.plusSeconds(i * 5L + offsets.get(i))));
            }
            List<StoredRecord> history = store.history(key);
            List<VersionInfo> listed = new ArrayList<>();
            long after = 0;
            while (true) {
                List<VersionInfo> page = store.versions(key, after, pageSize);
                listed.addAll(page);
                if (page.size() < pageSize) {
                    break;
                }
                after = page.get(page.size() - 1).version();
            }
            assertThat(listed)
                    .containsExactlyElementsOf(
                            history.stream().map(VersionInfo::of).toList());
            Instant at = T0.plusSeconds(probe);
            Optional<StoredRecord> expected = Optional.empty();
            for (StoredRecord r : history) {
                if (!r.content().time().isAfter(at)) {
                    expected = Optional.of(r);
                }
            }
            assertThat(store.asOf(key, at)).isEqualTo(expected);
        });
    }

    @Test
    void the_same_id_under_two_types_is_two_records() {
        store.append(RecordKey.of("plan", "x"), 0, draft("plan"));
        store.append(RecordKey.of("observation", "x"), 0, draft("observation"));
        assertThat(store.latest(RecordKey.of("plan", "x")))
                .map(RecordStoreContract::text)
                .contains("plan");
        assertThat(store.latest(RecordKey.of("observation", "x")))
                .map(RecordStoreContract::text)
                .contains("observation");
    }

    @Test
    void ids_differing_only_in_case_or_by_path_characters_are_different_records() {
        List<String> ids = List.of("abc", "ABC", "Abc", "a/b", "a\\b", "..", ".", "a.b", "a b", "a%2Fb", "~", "CON");
        for (String id : ids) {
            store.append(RecordKey.of("plan", id), 0, draft(id));
        }
        for (String id : ids) {
            assertThat(store.latest(RecordKey.of("plan", id)))
                    .map(RecordStoreContract::text)
                    .contains(id);
        }
        assertThat(store.keys("plan")).hasSize(ids.size());
    }

    @Test
    void find_returns_the_latest_versions_carrying_the_term_in_key_order() {
        store.append(RecordKey.of("plan", "b"), 0, draft("b1", "urn=100000"));
        store.append(RecordKey.of("plan", "a"), 0, draft("a1", "urn=100000", "urn=100001"));
        store.append(RecordKey.of("plan", "a"), 1, draft("a2", "urn=100000"));
        store.append(RecordKey.of("plan", "c"), 0, draft("c1", "urn=100001"));
        store.append(RecordKey.of("observation", "a"), 0, draft("o1", "urn=100000"));

        assertThat(store.find("plan", IndexTerm.parse("urn=100000")))
                .extracting(RecordStoreContract::text)
                .containsExactly("a2", "b1");
        assertThat(store.find("plan", IndexTerm.parse("urn=100001")))
                .extracting(RecordStoreContract::text)
                .containsExactly("c1");
        assertThat(store.find("plan", IndexTerm.parse("urn=999999"))).isEmpty();
        assertThat(store.find("nothing", IndexTerm.parse("urn=100000"))).isEmpty();
    }

    @Test
    void keys_lists_the_records_of_one_type_in_id_order() {
        store.append(RecordKey.of("plan", "b"), 0, draft("x"));
        store.append(RecordKey.of("plan", "a"), 0, draft("x"));
        store.append(RecordKey.of("plan", "a"), 1, draft("y"));
        store.append(RecordKey.of("school", "c"), 0, draft("x"));
        assertThat(store.keys("plan")).containsExactly(RecordKey.of("plan", "a"), RecordKey.of("plan", "b"));
        assertThat(store.keys("absent")).isEmpty();
        assertThatThrownBy(() -> store.keys("Bad Type")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void payload_bytes_cannot_be_changed_through_the_caller_or_a_reader() {
        RecordKey key = RecordKey.of("plan", "p1");
        byte[] bytes = {1, 2, 3};
        store.append(key, 0, RecordDraft.of(1, "application/octet-stream", bytes, Set.of(), "x", T0));
        bytes[0] = 99;
        byte[] read = store.latest(key).orElseThrow().payload();
        read[1] = 99;
        assertThat(store.latest(key).orElseThrow().payload()).containsExactly(1, 2, 3);
        assertThat(store.history(key).get(0).payload()).containsExactly(1, 2, 3);
    }

    @Test
    void unicode_ids_authors_terms_and_payloads_come_back_unchanged() {
        String text = "Ysgol Gymraeg Aberystwyth — £1,234 ✓ 学校 \uD83C\uDF93 \u202E";
        RecordKey key = RecordKey.of("school", text);
        RecordDraft unicode = RecordDraft.of(
                3,
                "text/plain; charset=UTF-8",
                text.getBytes(StandardCharsets.UTF_8),
                Set.of(IndexTerm.of("name", text)),
                "Siân Llŷr",
                T0);
        store.append(key, 0, unicode);
        assertThat(store.latest(key)).contains(StoredRecord.of(key, 1, unicode));
        assertThat(store.find("school", IndexTerm.of("name", text)))
                .extracting(StoredRecord::key)
                .containsExactly(key);
        assertThat(store.keys("school")).containsExactly(key);
    }

    @Test
    void a_large_payload_comes_back_whole() {
        byte[] big = new byte[4 * 1024 * 1024 + 7];
        new java.util.Random(42).nextBytes(big);
        RecordKey key = RecordKey.of("attachment", "big");
        store.append(key, 0, RecordDraft.of(1, "application/octet-stream", big, Set.of(), "x", T0));
        assertThat(store.latest(key).orElseThrow().payload()).isEqualTo(big);
    }

    @Test
    void a_longest_index_term_value_is_kept_and_found() {
        // 200 three-byte characters: 600 bytes in UTF-8, the widest value a database index must hold.
        String longest = "学".repeat(IndexTerm.MAX_VALUE_LENGTH);
        RecordKey key = RecordKey.of("school", "long-term");
        RecordDraft draft =
                RecordDraft.of(1, "text/plain", new byte[] {1}, Set.of(IndexTerm.of("name", longest)), "x", T0);
        store.append(key, 0, draft);
        assertThat(store.latest(key)).contains(StoredRecord.of(key, 1, draft));
        assertThat(store.find("school", IndexTerm.of("name", longest)))
                .extracting(StoredRecord::key)
                .containsExactly(key);
    }

    @Test
    void an_empty_payload_and_a_longest_id_are_kept() {
        RecordKey key = RecordKey.of("plan", "é".repeat(RecordKey.MAX_ID_LENGTH));
        store.append(key, 0, RecordDraft.of(1, "application/json", new byte[0], Set.of(), "x", T0));
        assertThat(store.latest(key).orElseThrow().payload()).isEmpty();
        assertThat(store.keys("plan")).containsExactly(key);
    }

    @Test
    void every_method_refuses_to_work_after_close_and_close_can_be_repeated() {
        RecordKey key = RecordKey.of("plan", "p1");
        store.append(key, 0, draft("a"));
        store.close();
        store.close();
        assertThatThrownBy(() -> store.append(key, 1, draft("b"))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> store.latest(key)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> store.history(key)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> store.find("plan", IndexTerm.parse("a=b"))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> store.keys("plan")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> store.version(key, 1)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> store.versions(key, 0, 10)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> store.asOf(key, T0)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> store.appendAll(List.of(RecordAppend.of(key, 1, draft("b")))))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_reopened_store_holds_every_version_index_term_and_key() {
        RecordKey p1 = RecordKey.of("plan", "p1");
        RecordKey p2 = RecordKey.of("plan", "p2/ünï ÜNÏ");
        store.append(p1, 0, draft("a", "urn=100000"));
        store.append(p1, 1, draft("b", "urn=100001"));
        store.append(p2, 0, draft("c", "urn=100000"));
        List<StoredRecord> before = store.history(p1);
        store.close();

        Optional<RecordStore> reopened = reopen(store);
        Assumptions.assumeTrue(reopened.isPresent(), "the store is not durable");
        RecordStore again = track(reopened.get());
        assertThat(again.history(p1)).isEqualTo(before);
        assertThat(again.versions(p1, 0, 10))
                .containsExactlyElementsOf(before.stream().map(VersionInfo::of).toList());
        assertThat(again.version(p1, 1)).contains(before.get(0));
        assertThat(again.latest(p2)).map(RecordStoreContract::text).contains("c");
        assertThat(again.keys("plan")).containsExactly(p1, p2);
        assertThat(again.find("plan", IndexTerm.parse("urn=100000")))
                .extracting(StoredRecord::key)
                .containsExactly(p2);
        assertThat(again.append(p1, 2, draft("d"))).isEqualTo(3);
        assertThatThrownBy(() -> again.append(p1, 2, draft("stale"))).isInstanceOf(VersionConflictException.class);
    }

    @Test
    void history_is_exactly_the_appended_sequence_with_versions_rising_by_one() {
        AtomicInteger keys = new AtomicInteger();
        Seeds.forEach("history is the appended sequence", 40, c -> {
            List<RecordDraft> seq = new ArrayList<>();
            for (int n = c.between(1, 12); seq.size() < n; ) {
                StringBuilder text = new StringBuilder();
                for (int i = c.between(0, 40); i > 0; i--) {
                    text.appendCodePoint(c.between(0, 0xFFFF));
                }
                String payload = text.toString();
                int schema = c.between(1, 5);
                Set<IndexTerm> indexTerms = new java.util.TreeSet<>();
                for (int i = c.between(0, 3) - 1; i >= 0; i--) {
                    indexTerms.add(IndexTerm.of("t" + i, "v" + (payload.length() % 3)));
                }
                seq.add(RecordDraft.of(
                        schema,
                        "application/json",
                        payload.getBytes(StandardCharsets.UTF_8),
                        indexTerms,
                        "author " + schema,
                        T0.plus(payload.length(), ChronoUnit.MICROS)));
            }
            RecordKey key = RecordKey.of("prop", "k" + keys.incrementAndGet());
            long version = RecordStore.NO_VERSION;
            for (RecordDraft d : seq) {
                long next = store.append(key, version, d);
                assertThat(next).isEqualTo(version + 1);
                version = next;
            }
            assertHistoryIs(key, seq);
        });
    }

    /** Threads used by the concurrency tests. */
    protected static final int THREADS = Concurrently.THREADS;

    @Test
    void writers_on_one_record_retrying_after_conflicts_lose_no_update() throws Exception {
        RecordKey key = RecordKey.of("plan", "shared");
        int perThread = 25;
        List<List<RecordDraft>> acknowledged = Concurrently.race(racers(), t -> {
            List<RecordDraft> mine = new ArrayList<>();
            for (int i = 0; i < perThread; i++) {
                RecordDraft d = draft(t + ":" + i);
                while (true) {
                    long current = store.latest(key).map(StoredRecord::version).orElse(RecordStore.NO_VERSION);
                    try {
                        store.append(key, current, d);
                        mine.add(d);
                        break;
                    } catch (VersionConflictException e) {
                        // Another writer got there first: reload and retry, as a caller must.
                    }
                }
            }
            return mine;
        });
        List<StoredRecord> history = store.history(key);
        int total = acknowledged.stream().mapToInt(List::size).sum();
        if (history.size() != total) {
            throw broken(total + " appends to " + key + " were acknowledged but its history holds " + history.size()
                    + " versions: " + (history.size() < total ? "lost updates" : "versions no writer was told of"));
        }
        for (int i = 0; i < history.size(); i++) {
            if (history.get(i).version() != i + 1L) {
                throw broken("history of " + key + " is not oldest first: index " + i + " holds version "
                        + history.get(i).version());
            }
        }
        for (int t = 0; t < acknowledged.size(); t++) {
            List<RecordDraft> mine = acknowledged.get(t);
            List<RecordDraft> kept = history.stream()
                    .map(StoredRecord::content)
                    .filter(mine::contains)
                    .toList();
            if (!kept.equals(mine)) {
                throw broken("writer " + t + " had " + mine.size() + " appends to " + key
                        + " acknowledged but the history holds " + kept.size()
                        + " of them in its order: a lost update or a reordering");
            }
        }
    }

    @Test
    void of_writers_racing_to_create_a_record_exactly_one_wins_every_round() throws Exception {
        for (int round = 0; round < raceRounds(); round++) {
            raceFor(RecordKey.of("plan", "race-" + round), 0);
        }
    }

    @Test
    void of_writers_racing_to_append_the_same_version_exactly_one_wins_every_round() throws Exception {
        for (int round = 0; round < raceRounds(); round++) {
            RecordKey key = RecordKey.of("plan", "x-" + round);
            store.append(key, 0, draft("first"));
            store.append(key, 1, draft("second"));
            raceFor(key, 2);
        }
    }

    /** Races {@link #racers()} writers to append on top of {@code current}; exactly one must win. */
    private void raceFor(RecordKey key, long current) throws Exception {
        long contested = current + 1;
        List<Optional<RecordDraft>> won = Concurrently.race(racers(), t -> {
            RecordDraft d = draft("writer " + t);
            try {
                long version = store.append(key, current, d);
                if (version != contested) {
                    throw broken("writer " + t + " appended on top of version " + current + " of " + key
                            + " and was told version " + version + " instead of " + contested);
                }
                return Optional.of(d);
            } catch (VersionConflictException e) {
                if (e.actualVersion() != contested) {
                    throw broken("a loser of the race for version " + contested + " of " + key
                            + " was told the store holds version " + e.actualVersion() + ", not " + contested);
                }
                return Optional.<RecordDraft>empty();
            }
        });
        List<RecordDraft> winners = won.stream().flatMap(Optional::stream).toList();
        if (winners.size() > 1) {
            throw broken(writers(winners.size()) + " appended version " + contested + " of " + key + ": a lost update");
        }
        if (winners.isEmpty()) {
            throw broken("no writer appended version " + contested + " of " + key
                    + ": every racer got a conflict, but one must win");
        }
        List<StoredRecord> history = store.history(key);
        if (history.size() != contested) {
            throw broken("history of " + key + " holds " + history.size() + " versions after the race for version "
                    + contested + ": " + (history.size() < contested ? "lost history" : "a lost update"));
        }
        StoredRecord last = history.get(history.size() - 1);
        if (last.version() != contested || !last.content().equals(winners.get(0))) {
            throw broken("version " + contested + " of " + key
                    + " is not what the one acknowledged writer appended: a lost update");
        }
    }

    @Test
    void append_all_appends_to_every_record_or_to_none() {
        RecordKey plan = RecordKey.of("plan", "p");
        RecordKey note1 = RecordKey.of("notification", "n1");
        RecordKey note2 = RecordKey.of("notification", "n2");
        store.append(plan, 0, draft("plan v1"));

        List<Long> versions = store.appendAll(List.of(
                RecordAppend.of(plan, 1, draft("plan v2", "urn=100000")),
                RecordAppend.of(note1, 0, draft("note 1")),
                RecordAppend.of(note2, 0, draft("note 2"))));
        assertThat(versions).containsExactly(2L, 1L, 1L);
        assertThat(store.latest(plan)).map(RecordStoreContract::text).contains("plan v2");
        assertThat(store.find("plan", IndexTerm.parse("urn=100000")))
                .extracting(StoredRecord::key)
                .containsExactly(plan);
        assertThat(store.keys("notification")).containsExactly(note1, note2);

        RecordKey note3 = RecordKey.of("notification", "n3");
        assertThatThrownBy(() -> store.appendAll(List.of(
                        RecordAppend.of(note3, 0, draft("note 3")),
                        RecordAppend.of(plan, 1, draft("stale plan")),
                        RecordAppend.of(note1, 1, draft("note 1 v2")))))
                .isInstanceOfSatisfying(VersionConflictException.class, e -> {
                    assertThat(e.key()).isEqualTo(plan);
                    assertThat(e.expectedVersion()).isEqualTo(1);
                    assertThat(e.actualVersion()).isEqualTo(2);
                });
        if (store.latest(note3).isPresent() || store.history(note1).size() != 1) {
            throw broken("a group append that conflicted on " + plan + " still appended to other records: not all or"
                    + " nothing");
        }
        assertThat(store.keys("notification")).containsExactly(note1, note2);
    }

    @Test
    void append_all_refuses_an_empty_group_and_a_record_named_twice() {
        RecordKey key = RecordKey.of("plan", "p");
        assertThatThrownBy(() -> store.appendAll(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be between 1 and " + RecordStore.MAX_APPENDS);
        assertThatThrownBy(() -> store.appendAll(
                        List.of(RecordAppend.of(key, 0, draft("a")), RecordAppend.of(key, 1, draft("b")))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("plan/p");
        assertThat(store.latest(key)).isEmpty();
    }

    @Test
    void of_groups_racing_on_a_shared_record_exactly_one_is_appended_whole_every_round() throws Exception {
        for (int round = 0; round < raceRounds(); round++) {
            RecordKey shared = RecordKey.of("plan", "group-" + round);
            int r = round;
            List<Boolean> won = Concurrently.race(racers(), t -> {
                try {
                    store.appendAll(List.of(
                            RecordAppend.of(shared, 0, draft("writer " + t)),
                            RecordAppend.of(RecordKey.of("notification", r + "-" + t), 0, draft("caused by " + t))));
                    return true;
                } catch (VersionConflictException e) {
                    return false;
                }
            });
            int winners = (int) won.stream().filter(w -> w).count();
            if (winners != 1) {
                throw broken(
                        winners + " groups appended version 1 of " + shared + (winners > 1 ? ": a lost update" : ""));
            }
            String winner = text(store.latest(shared).orElseThrow());
            for (int t = 0; t < racers(); t++) {
                RecordKey caused = RecordKey.of("notification", r + "-" + t);
                boolean present = store.latest(caused).isPresent();
                if (present != winner.equals("writer " + t)) {
                    throw broken("after groups raced for " + shared + ", " + caused + " is "
                            + (present ? "present though its group lost" : "missing though its group won")
                            + ": not all or nothing");
                }
            }
        }
    }

    @Test
    void erase_replaces_the_named_versions_keeps_the_others_and_leaves_a_trace() {
        RecordKey key = RecordKey.of("plan", "erase");
        String secret = "Jo Erasable jo.erasable@school.example";
        RecordDraft v1 = RecordDraft.of(
                1,
                "application/json",
                ("{\"lead\":\"" + secret + "\"}").getBytes(StandardCharsets.UTF_8),
                Set.of(IndexTerm.of("lead", secret)),
                "alice",
                T0);
        RecordDraft v2 = RecordDraft.of(
                1,
                "application/json",
                "{\"lead\":\"someone else\"}".getBytes(StandardCharsets.UTF_8),
                Set.of(),
                "bob",
                T0.plusSeconds(60));
        RecordDraft v3 = RecordDraft.of(
                1,
                "application/json",
                ("{\"lead\":\"" + secret + "\",\"x\":1}").getBytes(StandardCharsets.UTF_8),
                Set.of(IndexTerm.of("lead", secret), IndexTerm.parse("urn=100000")),
                "carol",
                T0.plusSeconds(120));
        store.append(key, 0, v1);
        store.append(key, 1, v2);
        store.append(key, 2, v3);
        // A store that searches its storage finds the text before the erasure.
        boolean searchesStorage = storageContains(secret);

        RecordDraft r1 = RecordDraft.of(
                1,
                "application/json",
                "{\"lead\":\"[erased]\"}".getBytes(StandardCharsets.UTF_8),
                Set.of(),
                "alice",
                T0);
        RecordDraft r3 = RecordDraft.of(
                1,
                "application/json",
                "{\"lead\":\"[erased]\",\"x\":1}".getBytes(StandardCharsets.UTF_8),
                Set.of(IndexTerm.parse("urn=100000")),
                "carol",
                T0.plusSeconds(120));
        Erasure erasure = new Erasure(key, List.of(1L, 3L), "dpo", T0.plusSeconds(3600), "erasure request 2026-41");
        store.erase(key, Map.of(1L, r1, 3L, r3), erasure);

        assertHistoryIs(key, List.of(r1, v2, r3));
        assertThat(store.latest(key)).contains(StoredRecord.of(key, 3, r3));
        assertThat(store.version(key, 1)).contains(StoredRecord.of(key, 1, r1));
        assertThat(store.asOf(key, T0)).contains(StoredRecord.of(key, 1, r1));
        assertThat(store.versions(key, 0, 10).get(0).payloadSize()).isEqualTo(r1.payloadSize());
        assertThat(store.find("plan", IndexTerm.of("lead", secret))).isEmpty();
        assertThat(store.find("plan", IndexTerm.parse("urn=100000")))
                .extracting(StoredRecord::key)
                .containsExactly(key);
        assertThat(store.erasures(key)).containsExactly(erasure);
        assertThat(store.erasures(RecordKey.of("plan", "untouched"))).isEmpty();
        if (storageContains(secret)) {
            throw broken(
                    "after erasing versions 1 and 3 of " + key + " the store's storage still holds the erased text");
        }
        if (searchesStorage) {
            assertThat(storageContains("someone else"))
                    .as("the storage search finds what is there")
                    .isTrue();
        }
        for (StoredRecord r : store.history(key)) {
            assertThat(text(r)).doesNotContain(secret);
        }
    }

    @Test
    void erase_refuses_a_missing_version_a_changed_time_and_a_mismatched_trace_changing_nothing() {
        RecordKey key = RecordKey.of("plan", "erase");
        RecordDraft v1 = draft("v1");
        store.append(key, 0, v1);
        RecordDraft same = draft("redacted");
        Erasure two = new Erasure(key, List.of(1L, 2L), "dpo", T0, "request");
        assertThatThrownBy(() -> store.erase(key, Map.of(1L, same, 2L, same), two))
                .isInstanceOf(java.util.NoSuchElementException.class)
                .hasMessageContaining("plan/erase")
                .hasMessageContaining("version 2");
        RecordDraft moved = RecordDraft.of(1, "application/json", new byte[0], Set.of(), "tester", T0.plusSeconds(1));
        Erasure one = new Erasure(key, List.of(1L), "dpo", T0, "request");
        assertThatThrownBy(() -> store.erase(key, Map.of(1L, moved), one))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must stay " + T0);
        assertThatThrownBy(() -> store.erase(key, Map.of(1L, same), two))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be the versions redacted");
        assertHistoryIs(key, List.of(v1));
        assertThat(store.erasures(key)).isEmpty();
    }

    @Test
    void writers_on_separate_records_never_conflict() throws Exception {
        int perThread = 30;
        Concurrently.race(racers(), t -> {
            RecordKey key = RecordKey.of("plan", "own-" + t);
            for (int i = 0; i < perThread; i++) {
                store.append(key, i, draft("v" + (i + 1), "writer=" + t));
            }
            return null;
        });
        for (int t = 0; t < racers(); t++) {
            RecordKey key = RecordKey.of("plan", "own-" + t);
            assertThat(store.history(key))
                    .extracting(RecordStoreContract::text)
                    .hasSize(perThread)
                    .endsWith("v" + perThread);
            assertThat(store.find("plan", IndexTerm.of("writer", Integer.toString(t))))
                    .extracting(StoredRecord::key)
                    .containsExactly(key);
        }
        assertThat(store.keys("plan")).hasSize(racers());
    }
}
