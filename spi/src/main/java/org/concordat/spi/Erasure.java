package org.concordat.spi;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The trace of one erasure of personal data from stored versions of a record: which versions had
 * their payloads replaced by redacted ones, who did it, when and why; never what was erased. A
 * {@link RecordStore} keeps these (see {@link RecordStore#erasures}) so the history stays honest:
 * a version that reads differently from what was first appended says so.
 *
 * @param key the record
 * @param versions the versions redacted, ascending, at least one
 * @param by who erased (a user or system name, one line, at most 256 characters)
 * @param at when
 * @param reason why, e.g. {@code "UK GDPR Art. 17 request 2026-41"}: one line, at most 256
 *     characters; never the erased values themselves
 */
public record Erasure(RecordKey key, List<Long> versions, String by, Instant at, String reason) {
    /**
     * Checks the parts.
     *
     * @throws IllegalArgumentException when no version is named, a version is below 1, or {@code by}
     *     or {@code reason} is blank, too long or holds a control character
     */
    public Erasure {
        Objects.requireNonNull(key, "key");
        versions = List.copyOf(new java.util.TreeSet<>(Objects.requireNonNull(versions, "versions")));
        if (versions.isEmpty() || versions.get(0) < 1) {
            throw new IllegalArgumentException(
                    Texts.describe("Erasure versions", versions, "must name one or more versions, each 1 or more"));
        }
        by = Texts.singleLine("Erasure by", by, 256);
        Objects.requireNonNull(at, "at");
        reason = Texts.singleLine("Erasure reason", reason, 256);
    }
}
