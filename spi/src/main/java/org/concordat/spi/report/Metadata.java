package org.concordat.spi.report;

import java.util.Objects;

/**
 * One fact about a report as a whole, e.g. {@code Partnership: North Tyneside STEM} or {@code As
 * of: 2027-03-01}.
 *
 * @param key what the fact is
 * @param value the fact
 */
public record Metadata(String key, String value) {
    /** Checks the parts are present. */
    public Metadata {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
    }

    /** A metadata entry from its parts. */
    public static Metadata of(String key, String value) {
        return new Metadata(key, value);
    }
}
