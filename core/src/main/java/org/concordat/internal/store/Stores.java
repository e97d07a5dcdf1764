package org.concordat.internal.store;

import java.util.Comparator;
import org.concordat.spi.StoredRecord;

/** What the embedded stores share: argument checks and ordering. */
final class Stores {
    static final Comparator<StoredRecord> BY_KEY = Comparator.comparing(StoredRecord::key);

    private Stores() {}

    static void checkExpectedVersion(long expectedVersion) {
        if (expectedVersion < 0) {
            throw new IllegalArgumentException(
                    "expectedVersion \"" + expectedVersion + "\": must be 0 (a new record) or more");
        }
    }
}
