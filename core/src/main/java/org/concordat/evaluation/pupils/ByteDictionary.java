package org.concordat.evaluation.pupils;

import java.util.Arrays;

/**
 * A small open-addressing map from byte sequences to non-negative ints, looked up without copying
 * the key: the columnar pupil reader's cache of fields it has already checked (codes, years,
 * institution ids), so a value seen before costs a hash and a comparison, never a {@code String}.
 */
final class ByteDictionary {
    private byte[][] keys = new byte[64][];
    private int[] values = new int[64];
    private int size;

    /** The value stored for {@code buf[from, to)}, or −1. */
    int get(byte[] buf, int from, int to) {
        int mask = keys.length - 1;
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
        int i = hash(key, 0, key.length) & mask;
        while (keys[i] != null) {
            if (Arrays.equals(keys[i], key)) {
                values[i] = value;
                return;
            }
            i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = value;
        size++;
    }

    private void grow() {
        byte[][] oldKeys = keys;
        int[] oldValues = values;
        keys = new byte[oldKeys.length * 2][];
        values = new int[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                insert(oldKeys[i], oldValues[i]);
            }
        }
    }

    private static int hash(byte[] buf, int from, int to) {
        int h = to - from;
        for (int i = from; i < to; i++) {
            h = 31 * h + buf[i];
        }
        return h ^ (h >>> 16);
    }
}
