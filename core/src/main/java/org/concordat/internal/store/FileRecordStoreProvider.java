package org.concordat.internal.store;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import org.concordat.spi.RecordStore;
import org.concordat.spi.RecordStoreProvider;
import org.concordat.spi.SpiVersion;

/**
 * Provides the {@code file} record store: one directory, crash-safe writes, one process at a time.
 * Configuration: {@value #DIRECTORY} (default {@value #DEFAULT_DIRECTORY}). Priority -100: the
 * highest of the embedded stores, so data is kept when nothing else is chosen, and below any
 * backend with priority 0 or more.
 */
public final class FileRecordStoreProvider implements RecordStoreProvider {
    /** The provider's name. */
    public static final String NAME = "file";

    /** Configuration key: the directory to keep records in. */
    public static final String DIRECTORY = "directory";

    /** The directory used when {@value #DIRECTORY} is not set. */
    public static final String DEFAULT_DIRECTORY = "./.concordat";

    /** For {@link java.util.ServiceLoader}. */
    public FileRecordStoreProvider() {}

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int priority() {
        return -100;
    }

    /** Written against this SPI version (a constant, kept in the compiled class). */
    @Override
    public String spiVersion() {
        return SpiVersion.MAJOR + "." + SpiVersion.MINOR;
    }

    /**
     * Opens the store in the configured directory.
     *
     * @throws IllegalArgumentException when {@value #DIRECTORY} is not a path
     * @throws java.io.UncheckedIOException as {@link FileRecordStore#open}
     */
    @Override
    public RecordStore open(Map<String, String> config) {
        String directory = config.getOrDefault(DIRECTORY, DEFAULT_DIRECTORY);
        if (directory.isBlank()) {
            throw new IllegalArgumentException(DIRECTORY + " \"" + directory + "\": must name a directory");
        }
        try {
            return FileRecordStore.open(Path.of(directory));
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException(
                    DIRECTORY + " \"" + directory + "\": is not a path here (" + e.getReason() + ")", e);
        }
    }
}
