package org.concordat.examples;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import org.concordat.spi.Notifier;
import org.concordat.spi.NotifierProvider;

/**
 * Provides the {@code outbox} notifier to {@link java.util.ServiceLoader}. Priority 100, so it
 * wins over Concordat's log notifier whenever it is on the path and no other notifier is named.
 * Configuration: {@value #DIRECTORY} (default {@value #DEFAULT_DIRECTORY}).
 */
public final class OutboxNotifierProvider implements NotifierProvider {
    /** The provider's name, to choose it with {@code concordat.notifier=outbox}. */
    public static final String NAME = "outbox";

    /** Configuration key: the directory to write messages to. */
    public static final String DIRECTORY = "outbox.directory";

    /** The directory used when {@value #DIRECTORY} is not set. */
    public static final String DEFAULT_DIRECTORY = "./outbox";

    /** For {@link java.util.ServiceLoader}. */
    public OutboxNotifierProvider() {}

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int priority() {
        return 100;
    }

    /**
     * Opens the outbox in the configured directory.
     *
     * @throws IllegalArgumentException when {@value #DIRECTORY} is not a path
     */
    @Override
    public Notifier open(Map<String, String> config) {
        String directory = config.getOrDefault(DIRECTORY, DEFAULT_DIRECTORY);
        try {
            return new OutboxNotifier(Path.of(directory));
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException(
                    DIRECTORY + " \"" + directory + "\": is not a path (" + e.getReason() + ")", e);
        }
    }
}
