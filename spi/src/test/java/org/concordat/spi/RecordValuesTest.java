package org.concordat.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecordValuesTest {
    private static final Instant T = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void accepts_a_well_formed_key_and_prints_it_as_type_slash_id() {
        RecordKey key = RecordKey.of("plan", "P-2026/001 ünïcødé");
        assertThat(key.toString()).isEqualTo("plan/P-2026/001 ünïcødé");
        assertThat(key).isEqualTo(new RecordKey("plan", "P-2026/001 ünïcødé"));
    }

    @Test
    void rejects_a_key_type_that_is_not_a_lowercase_name() {
        assertThatThrownBy(() -> RecordKey.of("Plan", "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("RecordKey type \"Plan\"");
        assertThatThrownBy(() -> RecordKey.of("../etc", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RecordKey.of("", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RecordKey.of("a".repeat(64), "x")).isInstanceOf(IllegalArgumentException.class);
        assertThat(RecordKey.of("a".repeat(63), "x").type()).hasSize(63);
    }

    @Test
    void rejects_a_blank_long_or_multi_line_id() {
        assertThatThrownBy(() -> RecordKey.of("plan", " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("RecordKey id \" \": must not be blank");
        assertThatThrownBy(() -> RecordKey.of("plan", "x".repeat(257)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 256");
        assertThatThrownBy(() -> RecordKey.of("plan", "a\nb"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a\\u000ab")
                .hasMessageContaining("control characters");
        assertThatThrownBy(() -> RecordKey.of("plan", null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void orders_keys_by_type_then_id() {
        assertThat(RecordKey.of("a", "z")).isLessThan(RecordKey.of("b", "a"));
        assertThat(RecordKey.of("a", "a")).isLessThan(RecordKey.of("a", "b"));
    }

    @Test
    void parses_and_prints_an_index_term() {
        IndexTerm term = IndexTerm.parse("urn=100000");
        assertThat(term).isEqualTo(IndexTerm.of("urn", "100000"));
        assertThat(term.toString()).isEqualTo("urn=100000");
        assertThat(IndexTerm.parse("note=a=b").value()).isEqualTo("a=b");
    }

    @Test
    void rejects_a_malformed_index_term() {
        assertThatThrownBy(() -> IndexTerm.parse("urn100000"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("IndexTerm \"urn100000\": should read name=value");
        assertThatThrownBy(() -> IndexTerm.of("URN", "1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IndexTerm.of("urn", "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IndexTerm.of("urn", "a\tb")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_index_term_value_holds_at_most_200_code_units() {
        assertThat(IndexTerm.MAX_VALUE_LENGTH).isEqualTo(200);
        assertThat(IndexTerm.of("name", "x".repeat(200)).value()).hasSize(200);
        assertThatThrownBy(() -> IndexTerm.of("name", "x".repeat(201)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("must be at most 200 characters");
    }

    @Test
    void a_stored_term_written_under_the_old_limit_is_cut_never_inside_a_surrogate_pair() {
        assertThat(IndexTerm.fromStored("name", "y".repeat(512)).value()).isEqualTo("y".repeat(200));
        assertThat(IndexTerm.fromStored("name", "short").value()).isEqualTo("short");
        // 199 units then a pair straddling the limit: the pair goes whole, leaving 199.
        String straddling = "y".repeat(199) + "\uD83C\uDF93" + "z";
        assertThat(IndexTerm.cut(straddling)).isEqualTo("y".repeat(199));
        assertThat(IndexTerm.cut("y".repeat(198) + "\uD83C\uDF93z"))
                .hasSize(200)
                .endsWith("\uD83C\uDF93");
        assertThatThrownBy(() -> IndexTerm.fromStored("name", "a\tb")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_draft_copies_its_payload_in_and_out() {
        byte[] bytes = {1, 2, 3};
        RecordDraft draft = RecordDraft.of(1, "application/json", bytes, Set.of(), "tester", T);
        bytes[0] = 9;
        assertThat(draft.payload()).containsExactly(1, 2, 3);
        draft.payload()[1] = 9;
        assertThat(draft.payload()).containsExactly(1, 2, 3);
        assertThat(draft.payloadSize()).isEqualTo(3);
    }

    @Test
    void a_draft_compares_its_payload_with_bytes_without_handing_them_out() {
        RecordDraft draft = RecordDraft.of(1, "application/json", new byte[] {1, 2, 3}, Set.of(), "tester", T);
        assertThat(draft.payloadEquals(new byte[] {1, 2, 3})).isTrue();
        assertThat(draft.payloadEquals(new byte[] {1, 2, 4})).isFalse();
        assertThat(draft.payloadEquals(new byte[] {1, 2})).isFalse();
        assertThat(draft.payloadEquals(new byte[0])).isFalse();
    }

    @Test
    void drafts_are_equal_by_payload_bytes_and_print_no_payload() {
        RecordDraft a = RecordDraft.of(1, "application/json", new byte[] {1, 2}, Set.of(), "tester", T);
        RecordDraft b = RecordDraft.of(1, "application/json", new byte[] {1, 2}, Set.of(), "tester", T);
        RecordDraft c = RecordDraft.of(1, "application/json", new byte[] {1, 3}, Set.of(), "tester", T);
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(c);
        assertThat(a.toString()).contains("2 bytes");
    }

    @Test
    void a_draft_keeps_index_terms_sorted() {
        RecordDraft draft = RecordDraft.of(
                1, "text/plain", new byte[0], Set.of(IndexTerm.parse("z=1"), IndexTerm.parse("a=2")), "x", T);
        assertThat(draft.indexTerms()).containsExactly(IndexTerm.parse("a=2"), IndexTerm.parse("z=1"));
        assertThat(draft.hasIndexTerm(IndexTerm.parse("a=2"))).isTrue();
    }

    @Test
    void rejects_a_draft_with_a_bad_schema_version_media_type_or_author() {
        assertThatThrownBy(() -> RecordDraft.of(0, "text/plain", new byte[0], Set.of(), "x", T))
                .hasMessage("RecordDraft schemaVersion \"0\": must be 1 or more");
        assertThatThrownBy(() -> RecordDraft.of(1, "json", new byte[0], Set.of(), "x", T))
                .hasMessageContaining("RecordDraft mediaType \"json\"");
        assertThatThrownBy(() -> RecordDraft.of(1, "text/plain", new byte[0], Set.of(), " ", T))
                .hasMessageContaining("RecordDraft author");
        assertThat(RecordDraft.of(1, "text/plain; charset=UTF-8", new byte[0], Set.of(), "x", T)
                        .mediaType())
                .isEqualTo("text/plain; charset=UTF-8");
    }

    @Test
    void a_stored_record_refuses_version_zero() {
        RecordDraft draft = RecordDraft.of(1, "text/plain", new byte[] {7}, Set.of(), "x", T);
        assertThatThrownBy(() -> StoredRecord.of(RecordKey.of("plan", "p"), 0, draft))
                .hasMessage("StoredRecord version \"0\": must be 1 or more");
        StoredRecord stored = StoredRecord.of(RecordKey.of("plan", "p"), 1, draft);
        assertThat(stored.payload()).containsExactly(7);
        assertThat(stored.hasIndexTerm(IndexTerm.parse("a=b"))).isFalse();
    }

    @Test
    void a_conflict_names_the_key_and_both_versions() {
        VersionConflictException e = new VersionConflictException(RecordKey.of("plan", "p1"), 3, 4);
        assertThat(e).isInstanceOf(java.util.ConcurrentModificationException.class);
        assertThat(e.getMessage())
                .contains("plan/p1")
                .contains("expected version 3")
                .contains("version 4");
        assertThat(e.key()).isEqualTo(RecordKey.of("plan", "p1"));
        assertThat(e.expectedVersion()).isEqualTo(3);
        assertThat(e.actualVersion()).isEqualTo(4);
    }

    @Test
    void the_default_version_lookup_reads_the_history() {
        RecordKey key = RecordKey.of("plan", "p");
        RecordDraft draft = RecordDraft.of(1, "text/plain", new byte[0], Set.of(), "x", T);
        RecordStore store = new RecordStore() {
            @Override
            public long append(RecordKey k, long expectedVersion, RecordDraft d) {
                throw new UnsupportedOperationException();
            }

            @Override
            public java.util.Optional<StoredRecord> latest(RecordKey k) {
                return java.util.Optional.empty();
            }

            @Override
            public java.util.List<StoredRecord> history(RecordKey k) {
                return java.util.List.of(StoredRecord.of(key, 1, draft), StoredRecord.of(key, 2, draft));
            }

            @Override
            public java.util.List<StoredRecord> find(String type, IndexTerm term) {
                return java.util.List.of();
            }

            @Override
            public java.util.List<RecordKey> keys(String type) {
                return java.util.List.of();
            }

            @Override
            public void close() {}
        };
        assertThat(store.version(key, 2)).map(StoredRecord::version).contains(2L);
        assertThat(store.version(key, 0)).isEmpty();
        assertThat(store.version(key, 3)).isEmpty();
    }
}
