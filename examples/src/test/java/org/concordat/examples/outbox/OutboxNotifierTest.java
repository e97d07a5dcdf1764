package org.concordat.examples.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.concordat.spi.Notification;
import org.concordat.spi.Notifier;
import org.concordat.spi.NotifierProvider;
import org.concordat.spi.Providers;
import org.concordat.testkit.contract.NotifierContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example backend proves itself with the testkit's contract, as any backend would. */
class OutboxNotifierTest extends NotifierContract {
    @TempDir
    Path outbox;

    @Override
    protected Notifier newNotifier() {
        return Providers.openNotifier(
                Map.of(NotifierProvider.SELECTOR, "outbox", "outbox.directory", outbox.toString()));
    }

    private List<Path> files() {
        try (Stream<Path> files = Files.list(outbox)) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@code Subject:} line of each file in the outbox, in the order they were written. */
    @Override
    protected List<String> deliveredSubjects() {
        return files().stream()
                .map(file -> {
                    try {
                        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                                .filter(l -> l.startsWith("Subject: "))
                                .findFirst()
                                .map(l -> l.substring("Subject: ".length()))
                                .orElse("");
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .toList();
    }

    @Override
    protected void assertDelivered(List<Notification> sent) {
        List<Path> files = files();
        assertThat(files).hasSize(sent.size());
        for (int i = 0; i < sent.size(); i++) {
            try {
                String expected = new String(
                        OutboxNotifier.format(sent.get(i)).getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
                assertThat(Files.readString(files.get(i))).isEqualTo(expected);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Test
    void is_found_by_name_beside_the_embedded_log_notifier_which_stays_the_default() {
        assertThat(Providers.available(NotifierProvider.class))
                .extracting(NotifierProvider::name)
                .contains("log", "outbox");
        assertThat(Providers.notifierProvider(Map.of()).name()).isEqualTo("log");
        assertThat(Providers.notifierProvider(Map.of(NotifierProvider.SELECTOR, "OUTBOX")))
                .isInstanceOf(OutboxNotifierProvider.class);
    }

    @Test
    void the_example_program_writes_one_file() throws Exception {
        Path dir = outbox.resolve("example");
        OutboxExample.main(new String[] {dir.toString()});
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactly("000001-agreement.awaiting-approval.txt");
        }
    }
}
