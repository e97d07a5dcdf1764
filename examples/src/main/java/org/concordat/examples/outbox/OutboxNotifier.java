package org.concordat.examples.outbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.concordat.spi.Link;
import org.concordat.spi.Notification;
import org.concordat.spi.Notifier;
import org.concordat.spi.Recipient;

/**
 * Writes each notification as one UTF-8 text file, {@code <sequence>-<event>.txt}, into a
 * directory, for a school office or a test to read. A file appears whole or not at all: it is
 * written under a temporary name and renamed into place.
 */
public final class OutboxNotifier implements Notifier {
    private final Path directory;
    private final AtomicLong sequence;
    private volatile boolean closed;

    /**
     * An outbox in {@code directory}, created when missing; numbering continues after the files
     * already there.
     *
     * @throws UncheckedIOException when the directory cannot be created or listed
     */
    public OutboxNotifier(Path directory) {
        this.directory = Objects.requireNonNull(directory, "directory");
        try {
            Files.createDirectories(directory);
            try (var files = Files.list(directory)) {
                sequence = new AtomicLong(files.count());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open outbox " + directory, e);
        }
    }

    /**
     * Writes the notification to the next file.
     *
     * @throws UncheckedIOException when the file cannot be written
     * @throws IllegalStateException when closed
     */
    @Override
    public void send(Notification notification) {
        Objects.requireNonNull(notification, "notification");
        if (closed) {
            throw new IllegalStateException("outbox " + directory + " is closed");
        }
        String name = String.format("%06d-%s.txt", sequence.incrementAndGet(), notification.eventType());
        Path temp = directory.resolve(name + ".tmp");
        try {
            // getBytes replaces a lone surrogate where writeString would refuse the whole message.
            Files.write(temp, format(notification).getBytes(StandardCharsets.UTF_8));
            Files.move(temp, directory.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + name + " to outbox " + directory, e);
        }
    }

    /** The file's text: headers, a blank line, the text body, then the links. */
    static String format(Notification n) {
        StringBuilder text = new StringBuilder();
        for (Recipient r : n.recipients()) {
            text.append("To: ")
                    .append(r.name())
                    .append(" <")
                    .append(r.address())
                    .append("> (")
                    .append(r.role())
                    .append(")\n");
        }
        text.append("Subject: ").append(n.subject()).append('\n');
        text.append("Event: ").append(n.eventType()).append('\n');
        text.append("Partnership: ").append(n.partnershipId()).append("\n\n");
        text.append(n.textBody()).append('\n');
        if (!n.links().isEmpty()) {
            text.append('\n');
            for (Link link : n.links()) {
                text.append("- ")
                        .append(link.label())
                        .append(": ")
                        .append(link.uri())
                        .append('\n');
            }
        }
        return text.toString();
    }

    @Override
    public void close() {
        closed = true;
    }
}
