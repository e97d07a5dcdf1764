package org.concordat.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The reader's byte-key map behaves as a map of byte strings, for short (packed) and long keys. */
class ByteDictionaryTest {

    /** Keys of 0 to 12 bytes over a small alphabet that includes 0, so keys differ only by length. */
    private static final Gen<List<Integer>> KEY =
            lists().of(integers().between(0, 3)).ofSizeBetween(0, 12);

    @Test
    void it_answers_as_a_map_of_byte_strings_does() {
        qt().withExamples(300)
                .forAll(lists().of(KEY).ofSizeBetween(0, 200), lists().of(KEY).ofSizeBetween(0, 50))
                .checkAssert((stored, asked) -> {
                    ByteDictionary dictionary = new ByteDictionary();
                    Map<String, Integer> expected = new HashMap<>();
                    for (int v = 0; v < stored.size(); v++) {
                        byte[] key = bytes(stored.get(v));
                        // Embedded in a larger buffer, as the reader hands fields over.
                        byte[] buf = framed(key);
                        dictionary.put(buf, 3, 3 + key.length, v);
                        expected.put(text(key), v);
                    }
                    List<List<Integer>> all = new ArrayList<>(stored);
                    all.addAll(asked);
                    for (List<Integer> k : all) {
                        byte[] key = bytes(k);
                        assertThat(dictionary.get(framed(key), 3, 3 + key.length))
                                .as("key %s", k)
                                .isEqualTo(expected.getOrDefault(text(key), -1));
                    }
                });
    }

    @Test
    void keys_that_pack_to_the_same_word_but_differ_in_length_are_different_keys() {
        ByteDictionary dictionary = new ByteDictionary();
        dictionary.put(new byte[] {0, 0, 7}, 0, 3, 1);
        dictionary.put(new byte[] {7}, 0, 1, 2);

        assertThat(dictionary.get(new byte[] {0, 7}, 0, 2)).isEqualTo(-1);
        assertThat(dictionary.get(new byte[] {0, 0, 7}, 0, 3)).isEqualTo(1);
        assertThat(dictionary.get(new byte[] {7}, 0, 1)).isEqualTo(2);
    }

    @Test
    void a_long_key_is_found_only_whole() {
        ByteDictionary dictionary = new ByteDictionary();
        byte[] id = "100001234567".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        dictionary.put(id, 0, id.length, 5);

        assertThat(dictionary.get(id, 0, id.length)).isEqualTo(5);
        assertThat(dictionary.get(id, 0, 8)).isEqualTo(-1);
        assertThat(dictionary.get(id, 1, id.length)).isEqualTo(-1);
    }

    private static byte[] bytes(List<Integer> k) {
        byte[] b = new byte[k.size()];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (k.get(i) * 60);
        }
        return b;
    }

    private static byte[] framed(byte[] key) {
        byte[] buf = new byte[key.length + 6];
        buf[0] = buf[1] = buf[2] = 'x';
        System.arraycopy(key, 0, buf, 3, key.length);
        buf[key.length + 3] = buf[key.length + 4] = buf[key.length + 5] = 'y';
        return buf;
    }

    private static String text(byte[] key) {
        return new String(key, java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}
