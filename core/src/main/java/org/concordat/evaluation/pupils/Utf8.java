package org.concordat.evaluation.pupils;

/**
 * Finds the first byte sequence that is not well-formed UTF-8 (Unicode table 3-7: no overlong
 * forms, no surrogates, nothing above U+10FFFF, no truncated sequence), as the JDK's strict
 * decoder refuses it, without decoding.
 */
final class Utf8 {
    private Utf8() {}

    /** The index of the first byte of the first ill-formed sequence in {@code buf[from, to)}, or −1. */
    static int firstInvalid(byte[] buf, int from, int to) {
        int i = from;
        while (i < to) {
            int b = buf[i];
            if (b >= 0) {
                i++;
                continue;
            }
            int lead = b & 0xFF;
            int n;
            int lo = 0x80;
            int hi = 0xBF;
            if (lead >= 0xC2 && lead <= 0xDF) {
                n = 1;
            } else if (lead >= 0xE0 && lead <= 0xEF) {
                n = 2;
                lo = lead == 0xE0 ? 0xA0 : 0x80;
                hi = lead == 0xED ? 0x9F : 0xBF;
            } else if (lead >= 0xF0 && lead <= 0xF4) {
                n = 3;
                lo = lead == 0xF0 ? 0x90 : 0x80;
                hi = lead == 0xF4 ? 0x8F : 0xBF;
            } else {
                return i;
            }
            if (i + n >= to) {
                return i;
            }
            int second = buf[i + 1] & 0xFF;
            if (second < lo || second > hi) {
                return i;
            }
            for (int k = 2; k <= n; k++) {
                int c = buf[i + k] & 0xFF;
                if (c < 0x80 || c > 0xBF) {
                    return i;
                }
            }
            i += n + 1;
        }
        return -1;
    }
}
