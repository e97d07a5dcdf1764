package org.concordat.internal.notify;

import java.util.Map;
import org.concordat.spi.Notifier;
import org.concordat.spi.NotifierProvider;
import org.concordat.spi.SpiVersion;

/**
 * Provides the {@code log} notifier. Configuration: {@value #LOG_SUBJECT} ({@code true} by default;
 * {@code false} leaves subjects out of the log). Priority -100, below any real notifier.
 */
public final class LogNotifierProvider implements NotifierProvider {
    /** The provider's name. */
    public static final String NAME = "log";

    /** Configuration key: whether subjects are logged. */
    public static final String LOG_SUBJECT = "log.subject";

    /** For {@link java.util.ServiceLoader}. */
    public LogNotifierProvider() {}

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
     * A log notifier.
     *
     * @throws IllegalArgumentException when {@value #LOG_SUBJECT} is neither {@code true} nor {@code false}
     */
    @Override
    public Notifier open(Map<String, String> config) {
        String value = config.getOrDefault(LOG_SUBJECT, "true").strip();
        if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
            throw new IllegalArgumentException(LOG_SUBJECT + " \"" + value + "\": must be true or false");
        }
        return new LogNotifier(Boolean.parseBoolean(value));
    }
}
