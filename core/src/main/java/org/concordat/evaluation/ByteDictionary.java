package org.concordat.evaluation;

import java.util.Arrays;

/**
 * A small open-addressing map from byte sequences to non-negative ints, looked up without copying
 * the key: the columnar pupil reader's cache of fields it has already checked (codes, years,
 * institution ids), so a value seen before costs a hash and a comparison, never a {@code String}.
 *
 * <p>Keys of at most eight bytes (nearly every code, year and institution id) are also kept packed
 * in a {@code long}, so a lookup compares one word instead of calling a range comparison per probe;
 * longer keys are compared byte by byte.
 */
final class ByteDictionary {
    /** The longest key kept packed in a {@code long}. */
    private static final int PACKED = 8;

    private byte[][] keys = new byte[64][];
    /** For a key of at most {@link #PACKED} bytes, its bytes packed big-end first. */
    private long[] packed = new long[64];

    private int[] values = new int[64];
    private int size;

    /** The value stored for {@code buf[from, to)}, or −1. */
    int get(byte[] buf, int from, int to) {
        int mask = keys.length - 1;
        int n = to - from;
        if (n <= PACKED) {
            long word = pack(buf, from, to);
            for (int i = mix(word, n) & mask; ; i = (i + 1) & mask) {
                byte[] k = keys[i];
                if (k == null) {
                    return -1;
                }
                if (packed[i] == word && k.length == n) {
                    return values[i];
                }
            }
        }
        for (int i = hash(buf, from, to) & mask; ; i = (i + 1) & mask) {
            byte[] k = keys[i];
            if (k == null) {
                return -1;
            }
            if (Arrays.equals(k, 0, k.length, buf, from, to)) {
                return values[i];
            }
        }
    }

    /** Stores {@code value} (not negative) for {@code buf[from, to)}. */
    void put(byte[] buf, int from, int to, int value) {
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        insert(Arrays.copyOfRange(buf, from, to), value);
    }

    private void insert(byte[] key, int value) {
        int mask = keys.length - 1;
        int i = slot(key) & mask;
        while (keys[i] != null) {
            if (Arrays.equals(keys[i], key)) {
                values[i] = value;
                return;
            }
            i = (i + 1) & mask;
        }
        keys[i] = key;
        packed[i] = key.length <= PACKED ? pack(key, 0, key.length) : 0;
        values[i] = value;
        size++;
    }

    private void grow() {
        byte[][] oldKeys = keys;
        int[] oldValues = values;
        keys = new byte[oldKeys.length * 2][];
        packed = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                insert(oldKeys[i], oldValues[i]);
            }
        }
    }

    /** The hash {@link #get} starts from for {@code key}. */
    private static int slot(byte[] key) {
        return key.length <= PACKED ? mix(pack(key, 0, key.length), key.length) : hash(key, 0, key.length);
    }

    private static long pack(byte[] buf, int from, int to) {
        long word = 0;
        for (int i = from; i < to; i++) {
            word = (word << 8) | (buf[i] & 0xff);
        }
        return word;
    }

    private static int mix(long word, int length) {
        long h = (word ^ length) * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 32);
    }

    private static int hash(byte[] buf, int from, int to) {
        int h = to - from;
        for (int i = from; i < to; i++) {
            h = 31 * h + buf[i];
        }
        return h ^ (h >>> 16);
    }
}
