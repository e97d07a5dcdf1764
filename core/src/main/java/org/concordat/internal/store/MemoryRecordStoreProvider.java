package org.concordat.internal.store;

import java.util.Map;
import org.concordat.spi.RecordStore;
import org.concordat.spi.RecordStoreProvider;
import org.concordat.spi.SpiVersion;

/**
 * Provides the {@code memory} record store: nothing survives the process. Priority -200, below
 * the {@code file} store, so a program that names no store keeps its data; name it ({@code
 * concordat.store=memory}) for tests and short-lived tools. Takes no configuration.
 */
public final class MemoryRecordStoreProvider implements RecordStoreProvider {
    /** The provider's name. */
    public static final String NAME = "memory";

    /** For {@link java.util.ServiceLoader}. */
    public MemoryRecordStoreProvider() {}

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int priority() {
        return -200;
    }

    /** Written against this SPI version (a constant, kept in the compiled class). */
    @Override
    public String spiVersion() {
        return SpiVersion.MAJOR + "." + SpiVersion.MINOR;
    }

    @Override
    public RecordStore open(Map<String, String> config) {
        return new InMemoryRecordStore();
    }
}
