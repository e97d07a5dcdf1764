package org.concordat.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Map;
import org.concordat.spi.DeliveryException;
import org.concordat.spi.Notifier;
import org.concordat.spi.NotifierProvider;

/**
 * A real notifier for the command-line tests, {@code test-file}: appends {@code id eventType} a line
 * to the file {@code test-file.path}; with {@code test-file.fail=temporary} it refuses every
 * notification as a temporary failure asking for a ten-minute wait instead. Lowest priority, so
 * never chosen unless named.
 */
public final class TestFileNotifierProvider implements NotifierProvider {
    /** For ServiceLoader. */
    public TestFileNotifierProvider() {}

    @Override
    public String name() {
        return "test-file";
    }

    @Override
    public int priority() {
        return -1000;
    }

    @Override
    public Notifier open(Map<String, String> config) {
        Path file = Path.of(config.getOrDefault("test-file.path", "notifications.txt"));
        boolean fail = "temporary".equals(config.get("test-file.fail"));
        return n -> {
            if (fail) {
                throw DeliveryException.temporary("503 from test receiver", Duration.ofMinutes(10), null);
            }
            try {
                Files.writeString(
                        file,
                        n.id() + " " + n.eventType() + "\n",
                        StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }
}
