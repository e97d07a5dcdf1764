package org.concordat.spi.report;

import java.util.List;
import java.util.Objects;

/**
 * An unordered list of short texts.
 *
 * @param items the items, in order
 */
public record BulletList(List<String> items) implements Block {
    /** Copies the items. */
    public BulletList {
        items = List.copyOf(Objects.requireNonNull(items, "items"));
    }

    /** A list of the items. */
    public static BulletList of(List<String> items) {
        return new BulletList(items);
    }

    /** A list of the items. */
    public static BulletList of(String... items) {
        return new BulletList(List.of(items));
    }
}
