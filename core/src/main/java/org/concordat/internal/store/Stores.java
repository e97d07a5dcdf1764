package org.concordat.internal.store;

import java.util.Comparator;
import org.concordat.spi.StoredRecord;

/** What the embedded stores share: ordering (argument checks are the SPI's {@code StoreArguments}). */
final class Stores {
    static final Comparator<StoredRecord> BY_KEY = Comparator.comparing(StoredRecord::key);

    private Stores() {}
}
