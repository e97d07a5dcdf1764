package org.concordat.evaluation;

import org.concordat.calendar.AcademicYear;

/**
 * The pupils seen so far in one read of a pupil file, by pupil id and academic year, to refuse a
 * pupil listed twice in one year (who would otherwise count twice, and could lift a small group
 * over the disclosure threshold). Holds a 64-bit fingerprint of each id and year and the line it
 * was on, never the id: 16 bytes per pupil in an open-addressing table. Two different ids share a
 * fingerprint with a chance of about n²/2⁶⁵ (one in 37 million for a million pupils).
 */
final class PupilIds {
    private static final long EMPTY = 0;
    private long[] keys = new long[1024];
    private long[] lines = new long[1024];
    private int[] years;
    private int size;

    /** A table that also keeps each pupil's start year (for messages about a part of a file). */
    PupilIds() {
        this(true);
    }

    /** A table keeping start years only when {@code withYears} (4 bytes a slot fewer without). */
    PupilIds(boolean withYears) {
        years = new int[withYears ? 1024 : 0];
    }

    /** What {@link #forEach} hands over: a fingerprint, the start year and the line (from 1). */
    interface Entry {
        void accept(long key, int startYear, long line);
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
        int mask = keys.length - 1;
        for (int i = (int) (key ^ (key >>> 32)) & mask; ; i = (i + 1) & mask) {
            if (keys[i] == EMPTY) {
                keys[i] = key;
                lines[i] = line;
                if (years.length > 0) {
                    years[i] = startYear;
                }
                if (++size * 2 > keys.length) {
                    grow();
                }
                return 0;
            }
            if (keys[i] == key) {
                return lines[i];
            }
        }
    }

    /** The line {@code key} was first seen on, 0 when never. */
    long lineOf(long key) {
        int mask = keys.length - 1;
        for (int i = (int) (key ^ (key >>> 32)) & mask; ; i = (i + 1) & mask) {
            if (keys[i] == EMPTY) {
                return 0;
            }
            if (keys[i] == key) {
                return lines[i];
            }
        }
    }

    /** How many pupils are remembered. */
    int size() {
        return size;
    }

    /** Adds {@code delta} to every line (a part's relative lines made absolute). */
    void shiftLines(long delta) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) {
                lines[i] += delta;
            }
        }
    }

    /** Every pupil remembered, in no particular order. */
    void forEach(Entry entry) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) {
                entry.accept(keys[i], years.length > 0 ? years[i] : 0, lines[i]);
            }
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldLines = lines;
        int[] oldYears = years;
        keys = new long[oldKeys.length * 2];
        lines = new long[oldKeys.length * 2];
        years = new int[oldYears.length == 0 ? 0 : oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            long key = oldKeys[j];
            if (key != EMPTY) {
                int i = (int) (key ^ (key >>> 32)) & mask;
                while (keys[i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                keys[i] = key;
                lines[i] = oldLines[j];
                if (years.length > 0) {
                    years[i] = oldYears[j];
                }
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
