package org.concordat.evaluation.pupils;

import org.concordat.calendar.AcademicYear;

/**
 * The pupils seen so far in one read of a pupil file, by pupil id and academic year, to refuse a
 * pupil listed twice in one year (who would otherwise count twice, and could lift a small group
 * over the disclosure threshold). Holds a 64-bit fingerprint of each id and year and the line it
 * was on (with the year's start in the top bits), never the id: 16 bytes per slot, key and line side
 * by side so that a lookup touches one cache line, in an open-addressing table at most half full.
 * Two different ids share a fingerprint with a chance of about n²/2⁶⁵ (one in 37 million for a
 * million pupils).
 */
final class PupilIds {
    private static final long EMPTY = 0;
    private static final int LINE_BITS = 48;
    private static final long LINE_MASK = (1L << LINE_BITS) - 1;

    private static final int MIN_CAPACITY = 1024;

    /** The most slots a table is given up front: 8 M (128 MB), room for 4 M pupils. */
    static final int MAX_PRESIZED = 1 << 23;

    /** [2i] the fingerprint, [2i + 1] the line | start year << 48. */
    private long[] slots;

    private int size;

    /** What {@link #forEach} hands over: a fingerprint, the start year and the line (from 1). */
    interface Entry {
        void accept(long key, int startYear, long line);
    }

    /** An empty table. */
    PupilIds() {
        this(0);
    }

    /**
     * An empty table with room for about {@code expected} pupils before it first grows: sized up
     * front when the number is known roughly (from a part's length and the bytes a row took so far),
     * so the table is not copied again and again while it fills.
     */
    PupilIds(long expected) {
        slots = new long[2 * capacityFor(expected)];
    }

    /**
     * The slots for {@code expected} pupils: the power of two of at least twice as many (the table is
     * at most half full), from 1,024 up to {@link #MAX_PRESIZED}; a table guessed larger than that
     * starts there and grows as it fills, so a wrong guess never costs more than 128 MB at once.
     */
    static int capacityFor(long expected) {
        long wanted = Math.max(MIN_CAPACITY, 2 * Math.max(0, expected));
        if (wanted >= MAX_PRESIZED) {
            return MAX_PRESIZED;
        }
        return Integer.highestOneBit((int) wanted - 1) << 1;
    }

    /**
     * This table's entries in a new table sized for about {@code expected} pupils, when that is
     * larger than this one's room; otherwise this table.
     */
    PupilIds resizedFor(long expected) {
        int capacity = capacityFor(expected);
        if (capacity <= slots.length >> 1) {
            return this;
        }
        PupilIds bigger = new PupilIds(expected);
        bigger.copyFrom(slots);
        bigger.size = size;
        return bigger;
    }

    /**
     * Remembers the pupil on {@code line}; returns the line the same pupil and year was first seen
     * on, or 0 when it is new.
     */
    long firstLineOf(String pupilId, AcademicYear year, long line) {
        return firstLineOf(fingerprint(pupilId, year), year.startYear(), line);
    }

    /** As {@link #firstLineOf(String, AcademicYear, long)} for a fingerprint already taken; line ≥ 1. */
    long firstLineOf(long key, int startYear, long line) {
        long[] s = slots;
        int mask = (s.length >> 1) - 1;
        for (int i = (int) (key ^ (key >>> 32)) & mask; ; i = (i + 1) & mask) {
            long k = s[2 * i];
            if (k == EMPTY) {
                s[2 * i] = key;
                s[2 * i + 1] = line | ((long) startYear << LINE_BITS);
                if (++size * 2 > mask + 1) {
                    grow();
                }
                return 0;
            }
            if (k == key) {
                return s[2 * i + 1] & LINE_MASK;
            }
        }
    }

    /** The line {@code key} was first seen on, 0 when never. */
    long lineOf(long key) {
        long[] s = slots;
        int mask = (s.length >> 1) - 1;
        for (int i = (int) (key ^ (key >>> 32)) & mask; ; i = (i + 1) & mask) {
            long k = s[2 * i];
            if (k == EMPTY) {
                return 0;
            }
            if (k == key) {
                return s[2 * i + 1] & LINE_MASK;
            }
        }
    }

    /** How many pupils are remembered. */
    int size() {
        return size;
    }

    /** Adds {@code delta} to every line (a part's relative lines made absolute). */
    void shiftLines(long delta) {
        for (int i = 0; i < slots.length; i += 2) {
            if (slots[i] != EMPTY) {
                slots[i + 1] += delta;
            }
        }
    }

    /** Every pupil remembered, in no particular order. */
    void forEach(Entry entry) {
        for (int i = 0; i < slots.length; i += 2) {
            if (slots[i] != EMPTY) {
                entry.accept(slots[i], (int) (slots[i + 1] >>> LINE_BITS), slots[i + 1] & LINE_MASK);
            }
        }
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        copyFrom(old);
    }

    /** Puts every entry of {@code old} (a table with fewer slots) into this one's empty slots. */
    private void copyFrom(long[] old) {
        long[] s = slots;
        int mask = (s.length >> 1) - 1;
        for (int j = 0; j < old.length; j += 2) {
            long key = old[j];
            if (key != EMPTY) {
                int i = (int) (key ^ (key >>> 32)) & mask;
                while (s[2 * i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                s[2 * i] = key;
                s[2 * i + 1] = old[j + 1];
            }
        }
    }

    /** FNV-1a over the id's characters and the year, finished by the SplitMix64 mixer; never 0. */
    static long fingerprint(String pupilId, AcademicYear year) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < pupilId.length(); i++) {
            h = (h ^ pupilId.charAt(i)) * 0x100000001b3L;
        }
        return finish(h, year.startYear());
    }

    /**
     * The fingerprint of an id written in ASCII bytes {@code buf[from, to)}: equal to {@link
     * #fingerprint(String, AcademicYear)} of the same id as text, since an ASCII byte is its char.
     */
    static long fingerprint(byte[] buf, int from, int to, int startYear) {
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < to; i++) {
            h = (h ^ buf[i]) * 0x100000001b3L;
        }
        return finish(h, startYear);
    }

    private static long finish(long hash, int startYear) {
        long h = (hash ^ startYear) * 0x100000001b3L;
        h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
        h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
        h ^= h >>> 31;
        return h == EMPTY ? 1 : h;
    }

    @Override
    public String toString() {
        return "PupilIds[" + size + " pupils]";
    }
}
