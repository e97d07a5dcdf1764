package org.concordat.examples.outbox;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.concordat.spi.Notification;
import org.concordat.spi.Notifier;
import org.concordat.spi.NotifierProvider;
import org.concordat.spi.Providers;

/**
 * Sends one notice through the {@code outbox} notifier, found by name through ServiceLoader, and
 * prints the file it wrote. Run: {@code ./mvnw -pl examples exec:java
 * -Dexec.mainClass=org.concordat.examples.outbox.OutboxExample} (an optional argument names the
 * outbox directory).
 */
public final class OutboxExample {
    private OutboxExample() {}

    /** Sends the notice; {@code args[0]}, when given, is the outbox directory. */
    public static void main(String[] args) throws Exception {
        Path outbox = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("concordat-outbox");
        Map<String, String> config =
                Map.of(NotifierProvider.SELECTOR, "outbox", OutboxNotifierProvider.DIRECTORY, outbox.toString());
        try (Notifier notifier = Providers.openNotifier(config)) {
            notifier.send(Notification.builder("agreement.awaiting-approval", "NT-STEM-2026")
                    .recipient("Grace Hopper", "headteacher", "head@college.example")
                    .subject("Memorandum v2 awaiting your governing body's approval")
                    .textBody("Version 2 of the North Tyneside STEM memorandum awaits approval.")
                    .link("Review the memorandum", "https://mis.example/partnerships/NT-STEM-2026/mou/2")
                    .build());
        }
        try (var files = Files.list(outbox)) {
            for (Path file : files.sorted().toList()) {
                System.out.println("== " + file);
                System.out.print(Files.readString(file));
            }
        }
    }
}
