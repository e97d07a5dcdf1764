package org.concordat.ctf;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How {@link Ctf} reads a file: the key that pseudonymises UPNs, the census date on which FSM
 * eligibility, SEN provision and the academic year are taken (by default the date in the file's
 * header {@code DateTime}, i.e. the day it was exported), the outcome rules, and the limits that
 * protect the reader from hostile files.
 *
 * @param key the pseudonymisation key
 * @param censusDate the census date, or empty for each file's export date
 * @param outcomes the outcome rules, measure ids distinct
 * @param maxBytes the largest file read, in bytes (default {@value #DEFAULT_MAX_BYTES})
 * @param maxDepth the deepest element nesting read (default {@value #DEFAULT_MAX_DEPTH})
 * @param maxText the longest text of one element, in characters (default {@value
 *     #DEFAULT_MAX_TEXT})
 */
public record CtfOptions(
        PupilKey key,
        Optional<LocalDate> censusDate,
        List<OutcomeRule> outcomes,
        long maxBytes,
        int maxDepth,
        int maxText) {
    /** 1 GiB: a CTF of a whole large secondary school with attendance is tens of megabytes. */
    public static final long DEFAULT_MAX_BYTES = 1L << 30;

    /** A CTF nests about seven deep; 64 leaves room for what later versions add. */
    public static final int DEFAULT_MAX_DEPTH = 64;

    /** No CTF value is longer than a short free-text note. */
    public static final int DEFAULT_MAX_TEXT = 65_536;

    /**
     * Checks the limits are positive and the measure ids distinct.
     *
     * @throws IllegalArgumentException naming the value
     */
    public CtfOptions {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(censusDate, "censusDate");
        outcomes = List.copyOf(outcomes);
        Set<String> measures = new HashSet<>();
        for (OutcomeRule r : outcomes) {
            if (!measures.add(r.measureId())) {
                throw new IllegalArgumentException(
                        "outcome rules: measure \"" + r.measureId() + "\" is named by two rules; one rule per measure");
            }
        }
        censusDate.ifPresent(d -> {
            if (d.getYear() < 1900 || d.getYear() > 2199) {
                throw new IllegalArgumentException("census date " + d + ": must be between 1900 and 2199");
            }
        });
        if (maxBytes < 1 || maxDepth < 4 || maxText < 16) {
            throw new IllegalArgumentException("CTF limits: maxBytes " + maxBytes + ", maxDepth " + maxDepth
                    + ", maxText " + maxText + ": must be at least 1, 4 and 16");
        }
    }

    /** Reads with {@code key}, each file's export date as census date, no outcomes, default limits. */
    public static CtfOptions of(PupilKey key) {
        return new CtfOptions(key, Optional.empty(), List.of(), DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH, DEFAULT_MAX_TEXT);
    }

    /** A copy with this census date for every file. */
    public CtfOptions withCensusDate(LocalDate date) {
        return new CtfOptions(key, Optional.of(date), outcomes, maxBytes, maxDepth, maxText);
    }

    /** A copy with these outcome rules. */
    public CtfOptions withOutcomes(List<OutcomeRule> rules) {
        return new CtfOptions(key, censusDate, rules, maxBytes, maxDepth, maxText);
    }

    /** A copy with these limits. */
    public CtfOptions withLimits(long bytes, int depth, int text) {
        return new CtfOptions(key, censusDate, outcomes, bytes, depth, text);
    }
}
