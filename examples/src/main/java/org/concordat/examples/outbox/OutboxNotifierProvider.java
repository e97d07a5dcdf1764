package org.concordat.examples.outbox;

import java.nio.file.Path;
import java.util.Map;
import org.concordat.spi.Notifier;
import org.concordat.spi.NotifierProvider;
import org.concordat.spi.SpiVersion;

/**
 * Provides the {@code outbox} notifier. Configuration: {@value #DIRECTORY} (default {@code
 * ./outbox}). Registered in {@code META-INF/services/org.concordat.spi.NotifierProvider}.
 *
 * <p>Its priority, -1000, is below the embedded log notifier's, so it is used only when named
 * ({@code concordat.notifier=outbox}): an example must not take over every other program on this
 * class path. A real backend would use 100 and win by default.
 */
public final class OutboxNotifierProvider implements NotifierProvider {
    /** Configuration key: the outbox directory. */
    public static final String DIRECTORY = "outbox.directory";

    /** For {@link java.util.ServiceLoader}. */
    public OutboxNotifierProvider() {}

    @Override
    public String name() {
        return "outbox";
    }

    @Override
    public int priority() {
        return -1000;
    }

    /** Written against this SPI version (a constant, kept in the compiled class). */
    @Override
    public String spiVersion() {
        return SpiVersion.MAJOR + "." + SpiVersion.MINOR;
    }

    @Override
    public Notifier open(Map<String, String> config) {
        String directory = config.getOrDefault(DIRECTORY, "./outbox");
        if (directory.isBlank()) {
            throw new IllegalArgumentException(DIRECTORY + " \"" + directory + "\": must name a directory");
        }
        return new OutboxNotifier(Path.of(directory));
    }
}
