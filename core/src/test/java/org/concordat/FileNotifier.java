package org.concordat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.concordat.spi.Notification;
import org.concordat.spi.Notifier;
import org.concordat.spi.NotifierProvider;

/**
 * A real notifier for tests: appends one line per notification to a file ({@code id eventType
 * address,address}). Its provider, {@code test-file}, reads the path from {@code test-file.path}.
 */
public final class FileNotifier implements Notifier {
    private final Path file;

    FileNotifier(Path file) {
        this.file = file;
    }

    @Override
    public synchronized void send(Notification n) {
        String line = n.id() + " " + n.eventType() + " "
                + String.join(",", n.recipients().stream().map(r -> r.address()).toList()) + "\n";
        try {
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to " + file, e);
        }
    }

    /** The lines written so far. */
    static List<String> lines(Path file) {
        try {
            return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Registered in test META-INF/services; lowest priority, so never chosen unless named. */
    public static final class Provider implements NotifierProvider {
        /** For ServiceLoader. */
        public Provider() {}

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
            String path = config.get("test-file.path");
            if (path == null) {
                throw new IllegalArgumentException("test-file.path: required");
            }
            return new FileNotifier(Path.of(path));
        }
    }
}
