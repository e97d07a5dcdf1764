package org.concordat.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.concordat.spi.Link;
import org.concordat.spi.Notification;
import org.concordat.spi.Notifier;
import org.concordat.spi.Recipient;

/**
 * A notifier that writes each notification as a plain-text file into an outbox directory, for a
 * mail robot or a person to pick up: {@code 000001-agreement.in-force.txt} holding the recipients,
 * the subject and the text body. It shows how little a backend needs: one method, thread-safe,
 * {@link UncheckedIOException} when it cannot accept a message.
 */
public final class OutboxNotifier implements Notifier {
    private final Path directory;
    private final AtomicLong sequence;
    private final AtomicBoolean closed = new AtomicBoolean();

    /**
     * An outbox in {@code directory}, created when missing; numbering continues after the files
     * already there.
     *
     * @throws UncheckedIOException when the directory cannot be created or read
     */
    public OutboxNotifier(Path directory) {
        this.directory = Objects.requireNonNull(directory, "directory");
        try {
            Files.createDirectories(directory);
            try (Stream<Path> files = Files.list(directory)) {
                sequence = new AtomicLong(
                        files.filter(f -> f.toString().endsWith(".txt")).count());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("outbox " + directory + ": cannot open", e);
        }
    }

    /** The directory messages are written to. */
    public Path directory() {
        return directory;
    }

    /**
     * Writes the notification as one file, whole or not at all (written aside, then renamed).
     *
     * @throws UncheckedIOException when the file cannot be written
     * @throws IllegalStateException when closed
     */
    @Override
    public void send(Notification notification) {
        if (closed.get()) {
            throw new IllegalStateException("outbox " + directory + ": closed");
        }
        String name = String.format(Locale.ROOT, "%06d-%s.txt", sequence.incrementAndGet(), notification.eventType());
        Path target = directory.resolve(name);
        Path temp = directory.resolve("." + name + ".tmp");
        try {
            Files.writeString(temp, format(notification), StandardCharsets.UTF_8);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("outbox " + directory + ": cannot write " + name, e);
        }
    }

    /** The messages in the outbox, oldest first. */
    public List<Path> messages() {
        try (Stream<Path> files = Files.list(directory)) {
            List<Path> out =
                    new ArrayList<>(files.filter(f -> f.getFileName().toString().endsWith(".txt"))
                            .sorted()
                            .toList());
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("outbox " + directory + ": cannot list", e);
        }
    }

    @Override
    public void close() {
        closed.set(true);
    }

    static String format(Notification n) {
        StringBuilder out = new StringBuilder();
        for (Recipient r : n.recipients()) {
            out.append("To: ")
                    .append(r.name())
                    .append(" <")
                    .append(r.address())
                    .append("> (")
                    .append(r.role())
                    .append(")\n");
        }
        out.append("Event: ").append(n.eventType()).append('\n');
        out.append("Partnership: ").append(n.partnershipId()).append('\n');
        out.append("Subject: ").append(n.subject()).append("\n\n");
        out.append(n.textBody()).append('\n');
        for (Link link : n.links()) {
            out.append(link.label()).append(": ").append(link.uri()).append('\n');
        }
        return out.toString();
    }
}
