package org.concordat;

import java.time.Instant;
import java.util.Objects;
import org.concordat.spi.VersionInfo;

/**
 * One stored version of a plan without the plan itself: what {@link PlanRepository#versions}
 * lists, read without any plan's payload, so a long history can be shown cheaply. Load the plan of
 * one version with {@link PlanRepository#load(String, long)}.
 *
 * @param version the version number, 1 or more
 * @param savedAt when it was saved, by the facade's clock
 * @param author who saved it
 * @param size the stored plan's size in bytes
 */
public record PlanVersionSummary(long version, Instant savedAt, String author, long size) {
    /**
     * Checks the parts.
     *
     * @throws IllegalArgumentException when the version is below 1 or the size negative
     */
    public PlanVersionSummary {
        if (version < 1) {
            throw new IllegalArgumentException("PlanVersionSummary version \"" + version + "\": must be 1 or more");
        }
        Objects.requireNonNull(savedAt, "savedAt");
        Objects.requireNonNull(author, "author");
        if (size < 0) {
            throw new IllegalArgumentException("PlanVersionSummary size \"" + size + "\": must be 0 or more");
        }
    }

    static PlanVersionSummary of(VersionInfo info) {
        return new PlanVersionSummary(info.version(), info.time(), info.author(), info.payloadSize());
    }
}
